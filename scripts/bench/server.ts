// What the measuring scripts (npm run bench, npm run lighthouse) share: a
// fresh seeded database, waiting for the production server, and a signed-in
// demo user's session cookie.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

import pg from "pg";

import { createDbClient } from "../../lib/db-client";

/**
 * A fresh database of `scale` × the demo, migrated and seeded: a PostgreSQL
 * database `name` on the server of `pgAdmin` when given, else the SQLite file
 * data/`name`.db. Returns its URL.
 */
export async function freshDatabase(
  name: string,
  scale: number,
  env: NodeJS.ProcessEnv,
  pgAdmin?: string,
): Promise<string> {
  const reused = await reuseDatabase(name, pgAdmin);
  if (reused) return reused;
  let url: string;
  if (pgAdmin) {
    const admin = new pg.Client({ connectionString: pgAdmin });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(pgAdmin);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    const file = `data/${name}.db`;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    url = `file:./${file}`;
  }
  const dbEnv = { ...env, DATABASE_URL: url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env: dbEnv });
  const started = Date.now();
  const args = ["tsx", "--conditions=react-server", "prisma/seed.ts"];
  execFileSync("npx", scale > 1 ? [...args, "--scale", String(scale)] : args, {
    stdio: "ignore",
    env: dbEnv,
  });
  console.log(`${scale}× data seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

/**
 * With BENCH_REUSE=1, the bench database of an earlier run (or one seeded by
 * hand under the same name) is measured as it is, when it exists and holds
 * people, after applying any new migrations: a 100× seed takes a quarter of an
 * hour or more. Its URL, or null.
 */
async function reuseDatabase(name: string, pgAdmin?: string): Promise<string | null> {
  if (process.env.BENCH_REUSE !== "1") return null;
  let url: string;
  if (pgAdmin) {
    const u = new URL(pgAdmin);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    if (!fs.existsSync(`data/${name}.db`)) return null;
    url = `file:./data/${name}.db`;
  }
  const { client } = createDbClient(url);
  try {
    const people = await client.user.count();
    if (people === 0) return null;
    // Brought up to the current schema (new indices), its data left as it is.
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: url },
    });
    console.log(`${name}: reused as it is (${people} people; BENCH_REUSE=1)`);
    return url;
  } catch {
    return null; // no such database, or not migrated
  } finally {
    await client.$disconnect();
  }
}

/** Waits up to a minute for the server at `base` to answer /login. */
export async function waitForServer(base: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

/** Signs a demo user in through the credentials endpoint: its next-auth session cookie (name=value). */
export async function sessionCookie(base: string, username: string): Promise<string> {
  const { DEMO_PASSWORD } = await import("../../prisma/seed/accounts");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login as ${username} failed (${res.status})`);
  return session;
}
