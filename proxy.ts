// Two jobs, neither of them authorization (every page, action and route
// handler checks for itself):
//   1. every page gets a fresh CSP nonce (lib/security/csp.ts); Next.js reads
//      it from the request's Content-Security-Policy header and puts it on
//      its own scripts;
//   2. anonymous visitors to portal pages are redirected to /login.
import { NextResponse, type NextRequest } from "next/server";

import { contentSecurityPolicy, newNonce } from "./lib/security/csp";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
/** Pages that anonymous visitors may open. */
const PUBLIC = [/^\/login(\/|$)/, /^\/mailbox\/track(\/|$)/];

export function proxy(req: NextRequest) {
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
  // Every page; not route handlers, Next's assets or the files in public/
  // (icons, robots.txt), which keep the static policy from next.config.ts
  // and are served to anonymous visitors too. Prefetches need no nonce.
  matcher: [
    {
      source:
        "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|apple-touch-icon.png|logo-mark.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
