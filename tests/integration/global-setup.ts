// Creates a fresh database for this run (SQLite file or PostgreSQL database,
// chosen by TEST_DB), applies the migrations, and drops it afterwards.
// Never touches a database it did not create.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";
  const name = `sz_it_${process.pid}_${Date.now().toString(36)}`;
  let url: string;
  let teardown: () => Promise<void>;

  if (kind === "postgres") {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    teardown = async () => {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sz-it-"));
    url = `file:${path.join(dir, `${name}.db`)}`;
    teardown = async () => fs.rmSync(dir, { recursive: true, force: true });
  }

  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  console.log(`[integration] fresh ${kind} database ${name}`);
  project.provide("databaseUrl", url);
  return teardown;
}
