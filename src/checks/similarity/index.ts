/**
 * Fingerprints for "the same message again": an exact content hash of the
 * normalised prose, and a MinHash signature of word 3-shingles whose agreement
 * estimates the Jaccard similarity of two posts (Broder 1997). 64 values keep
 * a history entry small (stored per post by the Worker) while estimating
 * Jaccard within about ±0.06.
 */
export const SIGNATURE_SIZE = 64;
const SHINGLE = 3;

/** FNV-1a 32-bit with a seed. */
function fnv(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A cheap 32-bit mix to derive the k-th hash from one base hash (Kirsch–Mitzenmacher style). */
function mix(x: number, k: number): number {
  let h = (x ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const MIX_SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => Math.imul(k + 1, 0x9e3779b1));

const FOLDED = new Map<string, string>();

/** One word, lower case and without accents (cached). */
export function foldWord(lower: string): string {
  if (isPlainAscii(lower)) return lower;
  let f = FOLDED.get(lower);
  if (f === undefined) {
    f = lower.normalize("NFD").replace(/\p{M}+/gu, "");
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(lower, f);
  }
  return f;
}
/** Only words with something else than a-z and 0-9 can carry accents (a loop: cheaper than a regex on short words). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** Lower case, accents removed (per distinct word, cached: NFD over a whole text is costly). */
export function normalizeWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) words[i] = foldWord(words[i] as string);
  return words;
}

const WORD_HASH = new Map<string, number>();

function wordHash(w: string): number {
  let h = WORD_HASH.get(w);
  if (h === undefined) {
    h = fnv(w, 7);
    if (WORD_HASH.size > 100_000) WORD_HASH.clear();
    WORD_HASH.set(w, h);
  }
  return h;
}

const LETTERS_AND_DIGITS = /[\p{L}\p{N}]+/gu;
/** The normalised parts of tokens that are not plain ASCII, by lower case: a Unicode regex and a map lookup per part, per occurrence, cost more. */
const TOKEN_PARTS = new Map<string, string | readonly string[]>();

/**
 * `normalizeWords(prose)` from words the tokenizer already found and
 * lower-cased: each token split at whatever is not a letter or a digit
 * ("don't" → "don", "t"), as the text would be. Saves a second pass over the prose.
 */
export function normalizeTokens(tokens: ReadonlyArray<{ lower: string }>): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const lower = t.lower;
    if (lower.length > 0 && isPlainAscii(lower)) {
      out.push(lower);
      continue;
    }
    let parts = TOKEN_PARTS.get(lower);
    if (parts === undefined) {
      const found = (lower.match(LETTERS_AND_DIGITS) ?? []).map(foldWord);
      parts = found.length === 1 ? (found[0] as string) : found;
      if (TOKEN_PARTS.size > 50_000) TOKEN_PARTS.clear();
      TOKEN_PARTS.set(lower, parts);
    }
    if (typeof parts === "string") out.push(parts);
    else for (const part of parts) out.push(part);
  }
  return out;
}

/** Fingerprint of a text (normalised to its words). */
export function fingerprint(text: string): { hash: string; signature: number[] } {
  return fingerprintWords(normalizeWords(text));
}

/**
 * The exact-copy hash of normalised words (the `hash` of `fingerprintWords`), without the
 * MinHash signature: cheap, for callers that need no similarity. `into` receives the word hashes.
 */
export function hashWords(words: readonly string[], into?: Uint32Array): string {
  let h0 = 2166136261 >>> 0;
  let h1 = (2166136261 ^ 1) >>> 0;
  for (let i = 0; i < words.length; i++) {
    const wh = wordHash(words[i] as string);
    if (into) into[i] = wh;
    h0 = Math.imul(h0 ^ wh, 16777619) >>> 0;
    h1 = Math.imul(h1 ^ mix(wh, 3), 16777619) >>> 0;
  }
  return h0.toString(16).padStart(8, "0") + h1.toString(16).padStart(8, "0");
}

/**
 * Fingerprint of already normalised words (lower case, no accents). A shingle's
 * hash combines its words' cached hashes, so no string is built per shingle.
 */
export function fingerprintWords(words: readonly string[]): { hash: string; signature: number[] } {
  const hashes = new Uint32Array(words.length);
  const hash = hashWords(words, hashes);
  if (words.length === 0) return { hash, signature: [] };
  // mix(base, k) inlined with its per-k constant precomputed: this loop runs 64 times per word.
  // Values are kept with the sign bit flipped in an Int32Array, so that signed comparisons order
  // them as unsigned ones and V8 stays on 32-bit integers.
  const signature = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let base = 0x811c9dc5 | 0;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++) base = Math.imul(base ^ (hashes[k] as number), 16777619);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let h = base ^ (MIX_SEEDS[k] as number);
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      const v = h ^ (h >>> 16) ^ 0x80000000;
      if (v < (signature[k] as number)) signature[k] = v;
    }
  }
  return { hash, signature: Array.from(signature, (v) => (v ^ 0x80000000) >>> 0) };
}

/** Estimated Jaccard similarity of two signatures, 0..1 (0 when either is empty). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
