// Characters that no database of the portal can take, in any string that
// reaches one:
//   - U+0000 (NUL). PostgreSQL's text type cannot hold it: a query with one
//     fails with "invalid byte sequence for encoding UTF8: 0x00", a crash
//     rather than a refusal, and the audit row of that failure fails the same
//     way. SQLite stores it silently.
//   - A lone UTF-16 surrogate (U+D800–U+DFFF without its pair), which no UTF-8
//     text can encode. Prisma's engine fails on it on both databases ("JSON
//     Error: unexpected end of hex escape"), the audit row of the failure too;
//     the action fuzz found it.
// No form or URL of the portal has a use for either, so requests carrying one
// are refused where they enter: the proxy (NUL in paths and query strings; a
// URL's percent-decoding never yields a lone surrogate), the action wrapper
// (every server action's input) and the login (the username).

const MAX_DEPTH = 32;

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

/** Whether a string, or any key, value or file name inside `value`, holds U+0000 or a lone surrogate. */
export function containsUnstorable(value: unknown): boolean {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v === "string") return UNSTORABLE.test(v);
    if (v === null || typeof v !== "object" || depth > MAX_DEPTH) return false;
    if (seen.has(v)) return false;
    seen.add(v);
    if (typeof Blob !== "undefined" && v instanceof Blob)
      return "name" in v && walk((v as { name: unknown }).name, depth + 1);
    if (typeof FormData !== "undefined" && v instanceof FormData) {
      for (const [k, x] of v.entries()) if (walk(k, depth + 1) || walk(x, depth + 1)) return true;
      return false;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) if (walk(k, depth + 1) || walk(x, depth + 1)) return true;
      return false;
    }
    if (v instanceof Set || Array.isArray(v)) {
      for (const x of v) if (walk(x, depth + 1)) return true;
      return false;
    }
    if (ArrayBuffer.isView(v) || v instanceof Date) return false;
    for (const k of Object.keys(v))
      if (walk(k, depth + 1) || walk((v as Record<string, unknown>)[k], depth + 1)) return true;
    return false;
  };
  try {
    return walk(value, 0);
  } catch {
    // A hostile object (a proxy, a throwing getter) is refused as well.
    return true;
  }
}

/** The same string without those characters: for values that are logged or looked up, never refused. */
export function withoutUnstorable(s: string): string {
  return s.replace(UNSTORABLE_ALL, "");
}

/** Whether a URL's path or query carries U+0000, raw or percent-encoded. */
export function urlHasNul(pathname: string, search: string): boolean {
  return /%00|\u0000/i.test(pathname) || /%00|\u0000/i.test(search);
}
