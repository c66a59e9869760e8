// next-auth v4 configuration: Credentials provider, JWT carrying only the
// server-side session id. Everything else is re-read from the database on
// every request by lib/auth/session.ts (docs/security.md item 6).
import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { writeAudit } from "../audit/log";
import { db } from "../db";
import { getAuthSecret } from "../env";
import { clientIpFrom } from "../request";
import { authenticate } from "./login";
import { ABSOLUTE_TIMEOUT_MS } from "./timeouts";

function headersOf(req: { headers?: Record<string, unknown> } | undefined): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req?.headers ?? {})) if (typeof v === "string") h.set(k, v);
  return h;
}

export const authOptions: NextAuthOptions = {
  // Read per request, not at import: `next build` needs no secrets.
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  jwt: { maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const username = typeof credentials?.username === "string" ? credentials.username : "";
        const password =
          typeof credentials?.password === "string" ? credentials.password.slice(0, 256) : "";
        if (!username || !password) return null;
        const h = headersOf(req as { headers?: Record<string, unknown> });
        const result = await authenticate(username, password, {
          ip: clientIpFrom(h),
          userAgent: (h.get("user-agent") ?? "").slice(0, 300),
        });
        return result.ok ? { id: result.userId, sid: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && "sid" in user) token.sid = (user as { sid: string }).sid;
      return token;
    },
    async session({ session }) {
      // Page scripts get the expiry only: not the session row's id (which
      // stays inside the encrypted cookie), nor names or roles.
      return { expires: session.expires } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      const sid = typeof token?.sid === "string" ? token.sid : null;
      if (!sid) return;
      const s = await db.userSession
        .update({
          where: { id: sid },
          data: { revokedAt: new Date() },
          select: { userId: true, user: { select: { username: true } } },
        })
        .catch(() => null);
      if (s)
        await writeAudit({
          userId: s.userId,
          username: s.user.username,
          action: "auth.logout",
          result: "SUCCESS",
          objectType: "UserSession",
          objectId: sid,
        });
    },
  },
};
