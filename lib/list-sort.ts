// Sorting a list through the URL (?sort=<column>&dir=asc|desc), for server
// pages and their XLSX export alike: only the page's declared columns are
// accepted, anything else falls back to the page's default order, and the
// export sorts exactly as the screen does. Keyword search: ?q=, trimmed and
// bounded. Plain and pure.

export type SortDir = "asc" | "desc";
export type Sort<K extends string> = { key: K; dir: SortDir };

export const KEYWORD_MAX = 50;

/** The sort a list's query string asks for, among its allowed columns, or the default. */
export function parseSort<K extends string>(
  params: Readonly<Record<string, string | string[] | undefined>>,
  allowed: readonly K[],
  fallback: Sort<K>,
): Sort<K> {
  const key = typeof params.sort === "string" ? params.sort : undefined;
  const dir = params.dir === "asc" || params.dir === "desc" ? params.dir : undefined;
  if (!key || !(allowed as readonly string[]).includes(key)) return fallback;
  return { key: key as K, dir: dir ?? "asc" };
}

/** The keyword of ?q=, trimmed, at most KEYWORD_MAX characters, or undefined. */
export function parseKeyword(
  params: Readonly<Record<string, string | string[] | undefined>>,
): string | undefined {
  const q = typeof params.q === "string" ? params.q.trim().slice(0, KEYWORD_MAX) : "";
  return q || undefined;
}

/**
 * The query string of a list with one parameter changed (or removed with
 * undefined). A new sort or filter returns to page 1.
 */
export function withParams(
  params: Readonly<Record<string, string | string[] | undefined>>,
  change: Record<string, string | undefined>,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (typeof v === "string" && v && k !== "page") q.set(k, v);
  for (const [k, v] of Object.entries(change)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
