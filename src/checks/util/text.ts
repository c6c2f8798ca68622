/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The host of a URL (lower case, without `www.`), or null when there is none. */
export function hostOf(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim()) ?? /^(www\.[^/?#:]+)/i.exec(url.trim());
  return m ? (m[1] as string).toLowerCase().replace(/^www\./, "") : null;
}
