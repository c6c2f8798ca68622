import type { Lang, Rule } from "../checks/index.js";

/** `postlint rules`: every rule with its id, default severity, languages and explanation. */
export function formatRules(rules: readonly Rule[], format: "text" | "json", lang?: Lang): string {
  const list = rules.filter((r) => !lang || r.lang === "any" || r.lang === lang);
  if (format === "json") {
    return JSON.stringify(
      list.map((r) => ({ id: r.id, group: r.group, lang: r.lang, severity: r.severity, summary: r.summary, explanation: r.explanation, ...(r.link ? { link: r.link } : {}) })),
      null,
      2,
    );
  }
  return list
    .map((r) => `${r.id}  [${r.group}, ${r.lang}, ${r.severity}]\n  ${r.summary}\n  ${wrap(r.explanation, 96).join("\n  ")}`)
    .join("\n\n");
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
