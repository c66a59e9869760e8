// next-auth's handler, with the per-address login throttle in front of the
// credentials callback (docs/security.md item 4): over the limit answers HTTP 429.
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";

import { writeAudit } from "@/lib/audit/log";
import { authOptions } from "@/lib/auth/options";
import { recordLoginAttempt } from "@/lib/auth/rate-limit";
import { clientIpFrom } from "@/lib/request";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  // The credentials callback takes a form POST only; next-auth answers a GET
  // there with a 500.
  if (nextauth.join("/") === "callback/credentials") {
    return new NextResponse("请通过登录页登录", {
      status: 405,
      headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return handler(req, ctx);
}

export async function POST(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const ip = clientIpFrom(req.headers);
    const { limited } = await recordLoginAttempt(ip);
    if (limited) {
      await writeAudit({
        action: "auth.login",
        result: "DENIED",
        ip,
        detail: { reason: "rate_limited" },
      });
      const url = new URL("/login?error=RateLimited", req.nextUrl.origin).toString();
      return NextResponse.json({ url }, { status: 429, headers: { "Retry-After": "300" } });
    }
  }
  return handler(req, ctx);
}
