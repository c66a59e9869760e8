// Without a trusted proxy (the default), the production server replaces any
// X-Forwarded-For a client sends with the connection's own address, so the
// login throttle and the audit log cannot be fooled by a forged header.
// Runs a second server, without TRUST_PROXY, on its own database.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

import { expect, request, test } from "@playwright/test";
import Database from "better-sqlite3";

const PORT = 3105;
const DB = "data/e2e-direct.db";
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  for (const f of [DB, `${DB}-journal`]) fs.rmSync(f, { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${DB}`,
    AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdefghijklmnop",
    DATA_KEY: "ZTJlLW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=",
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    PORT: String(PORT),
    TRUST_PROXY: "",
  };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  server = spawn("node", ["scripts/server.mjs"], { env, stdio: "ignore" });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/login`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("direct server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("forged X-Forwarded-For neither dodges the throttle nor reaches the audit log", async () => {
  const ctx = await request.newContext({ baseURL: `http://localhost:${PORT}` });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const statuses: number[] = [];
  for (let i = 0; i < 26; i++) {
    const res = await ctx.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": `6.6.6.${i}` },
      form: { csrfToken, username: "nobody", password: "Wrong-Password-1", json: "true" },
      maxRedirects: 0,
    });
    statuses.push(res.status());
  }
  expect(statuses[25]).toBe(429);

  const db = new Database(DB, { readonly: true });
  const ips = db
    .prepare(`SELECT DISTINCT ip FROM "AuditLog" WHERE action = 'auth.login'`)
    .all() as { ip: string }[];
  db.close();
  expect(ips.length).toBe(1);
  expect(ips[0].ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
  await ctx.dispose();
});
