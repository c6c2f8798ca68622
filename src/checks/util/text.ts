/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The host of a URL (lower case, without `www.`), or null when there is none. */
export function hostOf(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim()) ?? /^(www\.[^/?#:]+)/i.exec(url.trim());
  return m ? (m[1] as string).toLowerCase().replace(/^www\./, "") : null;
}

/** The code point that ends at `i` (a surrogate pair read whole), "" at the start of the text. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : (text[i - 1] as string);
}

/**
 * Runs a global pattern over `text` and calls `fn` for each match not preceded
 * by a character that `notAfter` accepts: the same matches as the pattern with
 * a leading `(?<![…])`, found twice as fast, because V8 cannot skip ahead to a
 * possible first character past a leading lookbehind and tries every position.
 */
export function forEachMatchAfterBoundary(re: RegExp, text: string, notAfter: RegExp, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (notAfter.test(charBefore(text, m.index))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    fn(m);
  }
}
