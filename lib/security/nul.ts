// U+0000 (NUL) in any string that reaches the database. PostgreSQL's text
// type cannot hold it: a query with one fails with "invalid byte sequence for
// encoding UTF8: 0x00", a crash rather than a refusal, and the audit row of
// that failure fails the same way. SQLite stores it silently. No form or URL
// of the portal has a use for it, so requests carrying one are refused where
// they enter: the proxy (paths and query strings), the action wrapper (every
// server action's input) and the login (the username).

const MAX_DEPTH = 32;

/** Whether a string, or any key, value or file name inside `value`, holds U+0000. */
export function containsNul(value: unknown): boolean {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v === "string") return v.includes("\u0000");
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

/** The same string without U+0000: for values that are logged or looked up, never refused. */
export function withoutNul(s: string): string {
  return s.replace(/\u0000/g, "");
}

/** Whether a URL's path or query carries U+0000, raw or percent-encoded. */
export function urlHasNul(pathname: string, search: string): boolean {
  return /%00|\u0000/i.test(pathname) || /%00|\u0000/i.test(search);
}
