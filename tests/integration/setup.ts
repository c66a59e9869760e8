// Runs in each test worker before the test files load: points lib/db at the
// run's fresh database and replaces the three Next.js request APIs that need
// a live request (session cookie, headers, cache).
import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

export const testRequest = { sid: null as string | null, ip: "10.1.2.3" };

vi.mock("next-auth", () => ({
  getServerSession: async () => (testRequest.sid ? { sid: testRequest.sid } : null),
}));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": testRequest.ip, "user-agent": "vitest" }),
  cookies: async () => new Map(),
}));

vi.mock("next/server", async (orig) => ({ ...(await orig<typeof import("next/server")>()), connection: async () => undefined }));

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${to}`), { digest: `NEXT_REDIRECT;${to}` });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));
