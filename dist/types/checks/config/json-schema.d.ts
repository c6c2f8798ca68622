/** The JSON Schema of `.postlint.yml` (for editors: `# yaml-language-server: $schema=…`). */
export declare function configJsonSchema(): Record<string, unknown>;
