// Runs in each test worker before the test files load: points lib/db at the
// run's fresh database and replaces the three Next.js request APIs that need
// a live request (session cookie, headers, cache).
import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// lib/db emits a "query" event per statement, for tests/integration/query-count.ts.
process.env.PRISMA_QUERY_EVENTS = "1";

type TestRequest = { sid: string | null; ip: string; rawCookie: string | null };

// The integration project runs every file in one process (isolate: false in
// vitest.config.ts), and this file runs again before each of them: the one
// request object lives on globalThis, so that the mocks below and every
// module that imported it (helpers.ts, fixtures) see the same one. Each file
// starts signed out, from the default address.
const shared = globalThis as typeof globalThis & { __testRequest?: TestRequest };
export const testRequest: TestRequest = (shared.__testRequest ??= {
  sid: null,
  ip: "10.1.2.3",
  rawCookie: null,
});
testRequest.sid = null;
testRequest.ip = "10.1.2.3";
testRequest.rawCookie = null;

// The session cookie is a real next-auth token for testRequest.sid (or
// testRequest.rawCookie as is), so that lib/auth/session.ts decodes it
// exactly as it does for a browser's.
async function sessionCookies() {
  const jar = new Map<string, { name: string; value: string }>();
  if (testRequest.rawCookie !== null)
    jar.set("next-auth.session-token", {
      name: "next-auth.session-token",
      value: testRequest.rawCookie,
    });
  else if (testRequest.sid) {
    const [{ encode }, { getAuthSecret }] = await Promise.all([
      import("next-auth/jwt"),
      import("@/lib/env"),
    ]);
    const value = await encode({ token: { sid: testRequest.sid }, secret: getAuthSecret() });
    jar.set("next-auth.session-token", { name: "next-auth.session-token", value });
  }
  return jar;
}

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": testRequest.ip, "user-agent": "vitest" }),
  cookies: sessionCookies,
}));

vi.mock("next/server", async (orig) => ({
  ...(await orig<typeof import("next/server")>()),
  connection: async () => undefined,
}));

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;${to}` });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));
