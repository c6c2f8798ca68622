export interface FrontmatterResult {
    data: Record<string, unknown>;
    error?: string;
}
export declare function parseFrontmatter(raw: string): FrontmatterResult;
