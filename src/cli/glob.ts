/**
 * Minimal glob → RegExp for config `ignore`, Action `paths` and CLI arguments:
 * `**` any depth, `*` within a segment, `?` one character, `{a,b}` alternatives.
 * A pattern without a slash matches the file name at any depth (as .gitignore does).
 */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, "/");
  if (g.startsWith("./")) g = g.slice(2);
  const anchored = g.includes("/") && !g.startsWith("**/");
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i] as string;
    if (c === "*") {
      if (g[i + 1] === "*") {
        const slash = g[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const close = g.indexOf("}", i);
      if (close === -1) re += "\\{";
      else {
        re += `(?:${g.slice(i + 1, close).split(",").map(escape).join("|")})`;
        i = close;
      }
    } else re += escape(c);
  }
  if (g.endsWith("/")) re += ".*";
  return new RegExp(anchored || g.startsWith("**/") ? `^${re}$` : `(?:^|/)${re}$`);
}

const escape = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, "\\$&");

export function matchesAny(path: string, globs: readonly string[]): boolean {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "");
  return globs.some((g) => globToRegExp(g).test(p));
}

export const hasGlobMagic = (s: string): boolean => /[*?{]/.test(s);
