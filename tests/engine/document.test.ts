import { describe, expect, it } from "vitest";
import { buildDoc, parseSource } from "../../src/checks/document/build.js";
import { LineIndex } from "../../src/checks/document/position.js";
import type { Format, DetectedLang } from "../../src/checks/index.js";

const doc = (source: string, format: Format = "markdown", lang: DetectedLang = "fr") => buildDoc(source, format, parseSource(source, format), lang);
const at = (source: string, word: string, format: Format = "markdown", lang: DetectedLang = "fr") => {
  const d = doc(source, format, lang);
  const w = d.words.find((x) => x.text === word);
  if (!w) throw new Error(`no word ${word}`);
  return { range: w.range, slice: source.slice(...w.range), point: new LineIndex(source).point(w.range[0]) };
};

describe("positions (golden)", () => {
  it("counts columns in UTF-16 code units after accented letters", () => {
    expect(at("Élégante déjà cible", "cible").point).toEqual({ line: 1, column: 15 });
  });
  it("counts an emoji (surrogate pair) as two columns", () => {
    const r = at("🎉🎉 Bravo à tous", "Bravo");
    expect(r.point).toEqual({ line: 1, column: 6 });
    expect(r.slice).toBe("Bravo");
  });
  it("handles CRLF line ends", () => {
    const src = "Première ligne.\r\n\r\nDeuxième paragraphe ici.";
    const r = at(src, "paragraphe");
    expect(r.point).toEqual({ line: 3, column: 10 });
    expect(r.slice).toBe("paragraphe");
  });
  it("keeps offsets across no-break and narrow no-break spaces", () => {
    const src = "Bonjour\u00A0! Et voilà\u202F: la suite";
    expect(at(src, "suite").slice).toBe("suite");
    expect(at(src, "suite").point.column).toBe(src.indexOf("suite") + 1);
  });
  it("maps text after an inline code span back to the source", () => {
    const src = "Lancez `npm ci --no-audit` puis relisez le rapport.";
    expect(at(src, "relisez").slice).toBe("relisez");
    const d = doc(src);
    expect(d.words.some((w) => w.text === "npm" || w.text === "audit")).toBe(false);
  });
  it("maps escaped characters and character references", () => {
    const src = "Un \\*vrai\\* test &amp; une suite";
    expect(at(src, "suite").slice).toBe("suite");
    expect(at(src, "vrai").slice).toBe("vrai");
  });
  it("maps blockquote continuation lines", () => {
    const src = "> première ligne\n> seconde ligne ici";
    const r = at(src, "seconde");
    expect(r.point).toEqual({ line: 2, column: 3 });
  });
  it("maps the second sentence of a paragraph (textlint-rule-max-ten #5)", () => {
    const src = "Une phrase. Une autre phrase avec erreur.";
    const d = doc(src);
    expect(d.sentences).toHaveLength(2);
    expect(src.slice(...(d.sentences[1]?.range ?? [0, 0]))).toBe("Une autre phrase avec erreur.");
  });
  it("does not shift offsets after a registered sign (Vale #410)", () => {
    expect(at("Marque® et puis erreur", "erreur").slice).toBe("erreur");
  });
  it("leaves inline code out even without a following line break (Vale #673)", () => {
    const d = doc("Voir `le le` ici");
    expect(d.words.map((w) => w.text)).toEqual(["Voir", "ici"]);
  });
});

describe("markdown prose extraction", () => {
  const src = [
    "---",
    "title: Titre",
    "lang: fr",
    "---",
    "# Un titre",
    "",
    "Du texte avec un [lien](https://exemple.fr/page) et <span>html</span>.",
    "",
    "```js",
    "const code = 'pas de la prose';",
    "```",
    "",
    "- un élément",
    "",
    "| a | b |",
    "| --- | --- |",
    "| cellule | deux |",
    "",
    "<!-- commentaire caché -->",
    "Voir https://exemple.fr/nu aussi.",
  ].join("\n");
  const d = doc(src);
  it("reads front matter", () => {
    expect(d.frontmatter).toMatchObject({ title: "Titre", lang: "fr" });
  });
  it("excludes code blocks, comments, HTML tags and URLs from prose", () => {
    const words = d.words.map((w) => w.text);
    expect(words).not.toContain("const");
    expect(words).not.toContain("commentaire");
    expect(words).not.toContain("span");
    expect(words).not.toContain("https");
    expect(words).toContain("lien");
    expect(words).toContain("cellule");
  });
  it("records links with their targets", () => {
    expect(d.links.map((l) => l.url)).toEqual(["https://exemple.fr/page", "https://exemple.fr/nu"]);
  });
  it("labels blocks", () => {
    expect(d.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph", "tableCell", "tableCell", "tableCell", "tableCell", "paragraph"]);
    expect(d.blocks[2]?.container).toBe("list");
  });
});

describe("MDX", () => {
  it("skips ESM and JSX attributes but reads JSX children", () => {
    const src = 'import { Note } from "./note.js"\n\n<Note type="info">Un texte utile ici.</Note>\n\nFin {props.x} du texte.';
    const d = doc(src, "mdx");
    const words = d.words.map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining(["Un", "texte", "utile", "Fin", "du"]));
    expect(words).not.toContain("import");
    expect(words).not.toContain("props");
  });
  it("falls back to Markdown on invalid MDX and says so", () => {
    const d = doc("Un texte <Balise non fermée", "mdx");
    expect(d.problems.length).toBe(1);
    expect(d.words.length).toBeGreaterThan(0);
  });
});

describe("HTML", () => {
  it("drops tags, decodes references, splits blocks and keeps links", () => {
    const src = '<p>Bonjour&nbsp;! Voici l&#39;offre <a href="https://x.example/a">ici</a>.</p><ul><li>un point</li></ul><script>var a = "no";</script>';
    const d = doc(src, "html");
    expect(d.blocks.map((b) => b.text)).toEqual(["Bonjour\u00A0! Voici l'offre ici.", "un point"]);
    expect(d.blocks[1]?.container).toBe("list");
    expect(d.links).toEqual([{ url: "https://x.example/a", text: "ici", range: [src.indexOf("<a "), src.indexOf("</a>") + 4] }]);
    const offre = d.words.find((w) => w.text === "offre");
    expect(offre && src.slice(...offre.range)).toBe("offre");
  });
});

describe("plain text", () => {
  it("makes a block per line, joins hard-wrapped prose, and hides URLs", () => {
    const src = "Première ligne\nqui continue ici.\nAutre idée.\n\nVoir https://a.example/x maintenant";
    const d = doc(src, "text");
    expect(d.blocks.map((b) => b.text)).toEqual(["Première ligne qui continue ici.", "Autre idée.", "Voir \uFFFC maintenant"]);
    expect(d.links[0]?.url).toBe("https://a.example/x");
  });
});

describe("segmentation", () => {
  it("does not split after abbreviations, initials or decimals", () => {
    const d = doc("M. Baskin l'a bien compris. Il a vu 3,5 % de hausse, cf. le rapport. J. Smith aussi.", "text", "fr");
    expect(d.sentences.map((s) => s.text)).toEqual(["M. Baskin l'a bien compris.", "Il a vu 3,5 % de hausse, cf. le rapport.", "J. Smith aussi."]);
  });
  it("handles English abbreviations", () => {
    const d = doc("Use short words, e.g. this one. Mr. Smith agrees.", "text", "en");
    expect(d.sentences).toHaveLength(2);
  });
  it("splits French elisions and tags hashtags, mentions, e-mails, numbers", () => {
    const d = doc("L'équipe d'@ana écrit à contact@exemple.fr : 1 000 vues #SEO", "text", "fr");
    const kinds = d.words.map((w) => `${w.text}:${w.kind}`);
    expect(kinds).toEqual(["L':word", "équipe:word", "d':word", "@ana:mention", "écrit:word", "à:word", "contact@exemple.fr:email", "1 000:number", "vues:word", "#SEO:hashtag"]);
  });
  it("keeps « aujourd'hui » whole", () => {
    expect(doc("C'est aujourd'hui.", "text", "fr").words.map((w) => w.text)).toEqual(["C'", "est", "aujourd'hui"]);
  });
});

describe("pathological Markdown", () => {
  it("reads lists nested too deep as plain text, with a problem noted", () => {
    const src = Array.from({ length: 300 }, (_, i) => "  ".repeat(i) + "- item").join("\n");
    const d = doc(src);
    expect(d.problems[0]?.message).toMatch(/nested too deep/);
    expect(d.words.length).toBe(300);
  });
  it("does not mistake a deeply indented code line for nesting", () => {
    const src = "Du texte.\n\n```\n" + " ".repeat(120) + "deep\n```\n";
    expect(doc(src).problems).toEqual([]);
  });
});
