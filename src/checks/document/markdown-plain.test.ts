import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWithMicromark } from "./markdown.js";
import { readPlainMarkdown } from "./markdown-plain.js";
import type { ReadResult } from "./raw-block.js";

/** Everything a reader's result says, with every character's source range, so that two readings compare as values. */
function snapshot(r: ReadResult): unknown {
  return {
    frontmatter: r.frontmatter,
    links: r.links,
    blocks: r.blocks.map((b) => ({
      kind: b.kind,
      depth: b.depth,
      container: b.container,
      text: b.mapped.text,
      map: Array.from({ length: b.mapped.text.length }, (_, i) => b.mapped.toSource(i, i + 1)),
    })),
  };
}

const ROOT = new URL("../../../", import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(md|txt)$/.test(n) ? [p] : [];
  });
}

const SAMPLES: Record<string, string> = {
  "paragraphs and headings": "# Title\n\nFirst line\nsecond line.\n\n## Sub title\nText right under it.\n",
  "front matter": "---\ntitle: Hello\nlang: en\n---\n\n# Hello\n\nBody text with a URL https://example.com/a?b=1 inside.",
  "empty front matter": "---\n---\nText.",
  "hashtags and mentions": "#marketing is not a heading\n@ana and #1 too\n\n🚀 Launch day!",
  "numbers": "2024 was a good year.\n10 tips for you.",
  "French": "« Bonjour », dit-il.\n\nL’équipe répond : oui !",
  "no final newline": "One paragraph",
  "blank lines around": "\n\n\nText\n\n\n",
  "heading interrupts": "Para line\n# Heading\nNext para",
  "several spaces after hashes": "#    Spaced heading\n\nText",
  "list items": "Three kinds:\n- Practitioners – who share\n- Theorists – who invent\nlazy continuation\n\n- loose item\n\nAfter the list.",
  "a list interrupting a paragraph": "Intro\n- item one\n- item two",
  "item after heading": "# Title\n- item\n# Next",
  "a bare ampersand": "Crispin Porter & Bogusky, R&D.",
};
const REJECTED: Record<string, string> = {
  "ordered list": "1. first\n2. second",
  "star list": "+ plus item",
  "empty item": "-\n- x",
  "indented item content": "-     code in item",
  "nested item": "- a\n  - b",
  quote: "> quoted",
  emphasis: "Some *bold* text",
  link: "A [link](https://example.com).",
  code: "Run `npm ci`.",
  "indented code": "Text\n\n    code",
  "setext heading": "Title\n=====",
  "thematic break": "Text\n\n***",
  "hard break": "Line one  \nLine two",
  html: "<div>x</div>",
  entity: "Fish &amp; chips",
  "numeric entity": "Caf&#233;",
  "closing hashes": "# Title #",
  tab: "Text\twith tab",
  "unclosed front matter": "---\ntitle: x\n\nText",
};

describe("plain Markdown reader", () => {
  for (const [name, source] of Object.entries(SAMPLES)) {
    it(`reads "${name}" exactly as micromark does`, () => {
      const plain = readPlainMarkdown(source);
      expect(plain).not.toBeNull();
      expect(snapshot(plain as ReadResult)).toEqual(snapshot(readWithMicromark(source, false)));
    });
  }
  for (const [name, source] of Object.entries(REJECTED)) {
    it(`leaves "${name}" to micromark`, () => {
      expect(readPlainMarkdown(source)).toBeNull();
    });
  }
  it("agrees with micromark on every example and fixture it accepts", () => {
    const sources = [...files(join(ROOT, "examples")), ...files(join(ROOT, "tests/fixtures"))].map((f) => readFileSync(f, "utf8"));
    let accepted = 0;
    for (const source of sources) {
      // Each paragraph alone too: many more small documents, with their own first lines.
      for (const s of [source, ...source.split(/\n\n+/)]) {
        const plain = readPlainMarkdown(s);
        if (!plain) continue;
        accepted++;
        expect(snapshot(plain)).toEqual(snapshot(readWithMicromark(s, false)));
      }
    }
    // The fast path must actually be taken by ordinary posts, or it is dead code.
    expect(accepted).toBeGreaterThan(50);
  });
  it("agrees with micromark on random documents built from tricky pieces", () => {
    // A fixed-seed generator: the same 3,000 documents on every run.
    let seed = 42;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const pieces = ["word", " ", "  ", "\n", "\n\n", "#", "# ", "## ", "-", "1.", "2)", "=", "---", "«", "»", "’", "'", '"', "(", ")", "@", "!", "?", ".", "é", "🚀", "http://x.io/a", "www.y.fr", "\u00A0", "\u202F", "12", ":", "\n   ", "É", "&", "&amp;", "&#", "- ", "\n- ", "- - "];
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let s = "";
      for (let k = 0, n = 1 + next(14); k < n; k++) s += pieces[next(pieces.length)];
      const plain = readPlainMarkdown(s);
      if (!plain) continue;
      accepted++;
      expect(snapshot(plain), JSON.stringify(s)).toEqual(snapshot(readWithMicromark(s, false)));
    }
    expect(accepted).toBeGreaterThan(300);
  });
});
