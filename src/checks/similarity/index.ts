// Placeholder until the similarity module lands (owned by the promotion/relevance engineer).
export function fingerprint(text: string): { hash: string; signature: number[] } {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return { hash: (h >>> 0).toString(16).padStart(8, "0"), signature: [] };
}
