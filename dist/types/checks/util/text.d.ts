/** A literal string as a regular-expression source. */
export declare const escapeRegExp: (s: string) => string;
/** The host of a URL (lower case, without `www.`), or null when there is none. */
export declare function hostOf(url: string): string | null;
