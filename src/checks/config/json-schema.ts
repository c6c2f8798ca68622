import { z } from "zod";
import { configSchema } from "./schema.js";

/** The JSON Schema of `.postlint.yml` (for editors: `# yaml-language-server: $schema=…`). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>),
    title: "postlint configuration (.postlint.yml)",
  };
}
