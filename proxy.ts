// Three jobs, none of them authorization (every page, action and route
// handler checks for itself):
//   0. a path or query string carrying U+0000 (%00) is refused with 400
//      before any page or route handler could pass it to PostgreSQL, which
//      cannot store it (lib/security/unstorable.ts);
//   1. every page gets a fresh CSP nonce (lib/security/csp.ts); Next.js reads
//      it from the request's Content-Security-Policy header and puts it on
//      its own scripts;
//   2. anonymous visitors to portal pages are redirected to /login.
import { NextResponse, type NextRequest } from "next/server";

import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { urlHasNul } from "./lib/security/unstorable";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
/** Pages that anonymous visitors may open. */
const PUBLIC = [/^\/login(\/|$)/, /^\/mailbox\/track(\/|$)/];

/** Route handlers and prefetches: only job 0 applies to them. */
const API = /^\/api\//;
const isPrefetch = (req: NextRequest) =>
  req.headers.has("next-router-prefetch") || req.headers.get("purpose") === "prefetch";

export function proxy(req: NextRequest) {
  if (urlHasNul(req.nextUrl.pathname, req.nextUrl.search))
    return new NextResponse("请求地址含有无效字符", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  if (API.test(req.nextUrl.pathname) || isPrefetch(req)) return NextResponse.next();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const isPublic = PUBLIC.some((r) => r.test(req.nextUrl.pathname));
  if (!isPublic && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    const back = req.nextUrl.pathname + req.nextUrl.search;
    if (back !== "/") url.searchParams.set("callbackUrl", back);
    const res = NextResponse.redirect(url);
    res.headers.set("Content-Security-Policy", csp);
    return res;
  }
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  // Every page and route handler; not Next's assets or the files in public/
  // (icons, robots.txt), which keep the static policy from next.config.ts and
  // are served to anonymous visitors too. Route handlers keep that static
  // policy as well, and prefetches need no nonce: both pass after job 0.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|apple-touch-icon.png|logo-mark.svg).*)",
  ],
};
