import { parse } from "yaml";

export interface FrontmatterResult {
  data: Record<string, unknown>;
  error?: string;
}

export function parseFrontmatter(raw: string): FrontmatterResult {
  try {
    const data: unknown = parse(raw);
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== "object" || Array.isArray(data)) return { data: {}, error: "front matter is not a mapping of keys to values" };
    return { data: data as Record<string, unknown> };
  } catch (err) {
    return { data: {}, error: `front matter is not valid YAML: ${(err as Error).message.split("\n")[0]}` };
  }
}
