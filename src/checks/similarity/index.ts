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

const FOLDED = new Map<string, string>();
/** Only words with non-ASCII letters can carry accents. */
const HAS_MARKABLE = /[^a-z0-9]/;

/** Lower case, accents removed (per distinct word, cached: NFD over a whole text is costly). */
export function normalizeWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!HAS_MARKABLE.test(w)) continue;
    let f = FOLDED.get(w);
    if (f === undefined) {
      // Accents and case do not make a message different.
      f = w.normalize("NFD").replace(/\p{M}+/gu, "");
      if (FOLDED.size > 50_000) FOLDED.clear();
      FOLDED.set(w, f);
    }
    words[i] = f;
  }
  return words;
}

export function fingerprint(text: string): { hash: string; signature: number[] } {
  const words = normalizeWords(text);
  const hash = fnv(words.join(" "), 0).toString(16).padStart(8, "0") + fnv(words.join(" "), 1).toString(16).padStart(8, "0");
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  if (words.length === 0) return { hash, signature: [] };
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const base = fnv(words.slice(i, i + SHINGLE).join(" "), 7);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(base, k);
      if (v < (signature[k] as number)) signature[k] = v;
    }
  }
  return { hash, signature };
}

/** Estimated Jaccard similarity of two signatures, 0..1 (0 when either is empty). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
