// Where the browser goes after login (docs/security.md item 13, no open redirect). The
// callback is parsed as a URL against the portal's own origin, exactly as the
// browser will resolve it, and only a path on that origin is kept, re-written
// from the parsed parts: backslashes, tabs and newlines, `//host`, encoded
// tricks, other schemes and absolute URLs all resolve to another origin or to
// a path we refuse, and give "/". Pure, so the login page checks it on the
// server and the form again in the browser.

const BASE = "https://portal.invalid";
const FALLBACK = "/";

export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return FALLBACK;
  // Only a path: not a scheme, host or anything the URL parser would strip first.
  if (!raw.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(raw)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE) return FALLBACK;
  const path = url.pathname + url.search + url.hash;
  // A path that itself begins with two slashes (e.g. from "/.//host") would be
  // read as a host by the browser.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return FALLBACK;
  // Back to the login page or into the API makes no sense after login.
  if (/^\/(login|api)(\/|$|\?|#)/.test(path)) return FALLBACK;
  return path;
}
