import { MappedTextBuilder } from "./mapped-text.js";
import { PLACEHOLDER, type Link } from "./model.js";
import type { RawBlock, ReadResult } from "./raw-block.js";
import { appendWithUrls } from "./urls.js";

/**
 * Simple HTML as schedulers send it (<p>, <br>, <a>, <strong>, lists). Not a
 * browser: tags are dropped, block-level tags split blocks, <script>/<style>
 * and comments are skipped, character references are decoded and mapped back
 * to their source span.
 */
const BLOCK_TAGS = new Set([
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
  "header", "footer", "aside", "nav", "table", "tr", "td", "th", "thead", "tbody", "hr", "pre", "figure", "figcaption", "dd", "dt", "dl", "main", "body", "html", "head", "title",
]);
const SKIP_CONTENT = new Set(["script", "style", "pre", "code", "template", "noscript", "head"]);
const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", eacute: "é", egrave: "è", ecirc: "ê", agrave: "à",
  acirc: "â", ccedil: "ç", ocirc: "ô", ucirc: "û", ugrave: "ù", icirc: "î", iuml: "ï", euml: "ë", oelig: "œ", laquo: "«",
  raquo: "»", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…", mdash: "—", ndash: "–", euro: "€", copy: "©", reg: "®", trade: "™",
  Eacute: "É", Egrave: "È", Agrave: "À", Ccedil: "Ç",
};

function decodeInto(raw: string, at: number, b: MappedTextBuilder): void {
  let last = 0;
  const re = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const name = m[1] as string;
    let ch: string | undefined;
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      ch = Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    } else ch = ENTITIES[name];
    if (ch === undefined) continue;
    if (m.index > last) b.appendVerbatim(raw.slice(last, m.index), at + last);
    b.appendAtomic(ch, at + m.index, at + m.index + m[0].length);
    last = m.index + m[0].length;
  }
  if (last < raw.length) b.appendVerbatim(raw.slice(last), at + last);
}

export function readHtml(source: string): ReadResult {
  const blocks: RawBlock[] = [];
  const links: Link[] = [];
  let b = new MappedTextBuilder();
  let kind: RawBlock["kind"] = "paragraph";
  let depth: number | undefined;
  let container: RawBlock["container"] = null;
  const containers: Array<"list" | "blockquote"> = [];
  const openLinks: Array<{ url: string; start: number; textStart: number }> = [];

  const flush = (): void => {
    const mapped = b.build();
    if (mapped.text.trim() !== "") {
      const block: RawBlock = { kind, container, mapped };
      if (depth !== undefined) block.depth = depth;
      blocks.push(block);
    }
    b = new MappedTextBuilder();
    kind = "paragraph";
    depth = undefined;
  };

  const text = (s: number, e: number): void => {
    if (e <= s) return;
    // Collapse runs of white space (HTML rendering) while keeping offsets exact.
    let i = s;
    while (i < e) {
      const ws = /\s/.test(source[i] as string);
      let j = i + 1;
      while (j < e && /\s/.test(source[j] as string) === ws) j++;
      if (ws) {
        if (b.textLength > 0 && b.lastChar() !== " ") b.appendAtomic(" ", i, j);
      } else appendWithUrls(b, source, i, j, links, decodeInto);
      i = j;
    }
  };

  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    if (lt === -1) {
      text(pos, source.length);
      break;
    }
    text(pos, lt);
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      pos = end === -1 ? source.length : end + 3;
      continue;
    }
    const gt = source.indexOf(">", lt + 1);
    const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/.exec(source.slice(lt, gt === -1 ? lt + 1 : gt + 1));
    if (!m || gt === -1) {
      // A lone "<" in prose.
      text(lt, lt + 1);
      pos = lt + 1;
      continue;
    }
    const closing = m[1] === "/";
    const name = (m[2] as string).toLowerCase();
    const attrs = m[3] ?? "";
    const tagEnd = gt + 1;
    if (!closing && SKIP_CONTENT.has(name)) {
      const close = source.toLowerCase().indexOf(`</${name}`, tagEnd);
      const closeEnd = close === -1 ? source.length : source.indexOf(">", close) + 1 || source.length;
      if (name === "code" || name === "pre") b.appendAtomic(PLACEHOLDER, lt, closeEnd);
      pos = closeEnd;
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (!closing && (name === "ul" || name === "ol")) containers.push("list");
      else if (!closing && name === "blockquote") containers.push("blockquote");
      else if (closing && (name === "ul" || name === "ol" || name === "blockquote")) containers.pop();
      container = containers[containers.length - 1] ?? null;
      if (!closing && /^h[1-6]$/.test(name)) {
        kind = "heading";
        depth = Number(name[1]);
      } else if (!closing && (name === "td" || name === "th")) kind = "tableCell";
    } else if (name === "a") {
      if (!closing) {
        const href = /href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
        openLinks.push({ url: href ? (href[1] ?? href[2] ?? href[3] ?? "") : "", start: lt, textStart: b.textLength });
      } else {
        const open = openLinks.pop();
        if (open) links.push({ url: open.url, text: b.build().text.slice(open.textStart).trim(), range: [open.start, tagEnd] });
      }
    } else if (name === "img" || name === "video" || name === "iframe" || name === "svg") {
      b.appendAtomic(PLACEHOLDER, lt, tagEnd);
    }
    pos = tagEnd;
  }
  flush();
  return { blocks, links, frontmatter: null, problems: [] };
}
