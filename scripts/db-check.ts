// CI drift check: applies each provider's migrations to one empty database,
// pushes the current schema to another, and compares the two schemas' DDL.
// Exits non-zero, printing the difference, when they are not the same.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import pg from "pg";

const ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function prisma(args: string[], url: string) {
  execFileSync("npx", ["prisma", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

// Tables whose SQLite copy is WITHOUT ROWID, so that physical row order does
// not reveal the order of anonymous submissions (docs/security.md item 17). Prisma's
// schema language cannot say so: the migrations add it by hand, and this
// check both ignores the clause in the comparison and insists on it.
const WITHOUT_ROWID = [
  "MailboxEntry",
  "MailboxMessage",
  "PulseAnswer",
  "PulseParticipation",
  "PulseParticipationLegacy",
  "PulseResponse",
  "PulseSealed",
];

function withoutRowidMissing(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const missing = WITHOUT_ROWID.filter((t) => {
    const row = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(t) as { sql: string } | undefined;
    return !row || !/\)\s*WITHOUT ROWID\s*$/i.test(row.sql);
  });
  db.close();
  return missing;
}

function sqliteDdl(file: string): string {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '_prisma_migrations%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[];
  db.close();
  return rows
    .map((r) =>
      r.sql
        .replace(/\s+/g, " ")
        .trim()
        .replace(/\) WITHOUT ROWID$/, ")"),
    )
    .join("\n");
}

function pgDdl(url: string): string {
  const out = execFileSync(
    "pg_dump",
    ["--schema-only", "--no-owner", "--no-privileges", "--exclude-table=_prisma_migrations", url],
    { encoding: "utf8" },
  );
  return out
    .split("\n")
    .filter(
      (l) =>
        l.trim() &&
        !l.startsWith("--") &&
        !l.startsWith("SET ") &&
        !l.startsWith("SELECT pg_catalog") &&
        !l.startsWith("\\"),
    )
    .join("\n");
}

function report(provider: string, a: string, b: string): boolean {
  if (a === b) {
    console.log(`${provider}: migrations match the schema`);
    return true;
  }
  const al = a.split("\n"),
    bl = b.split("\n");
  console.error(`${provider}: DRIFT between migrations and schema`);
  for (const l of al) if (!bl.includes(l)) console.error(`  only in migrations: ${l}`);
  for (const l of bl) if (!al.includes(l)) console.error(`  only in schema:     ${l}`);
  return false;
}

async function checkSqlite(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sz-drift-"));
  try {
    const migrated = path.join(dir, "migrated.db"),
      pushed = path.join(dir, "pushed.db");
    prisma(["migrate", "deploy"], `file:${migrated}`);
    prisma(["db", "push", "--skip-generate"], `file:${pushed}`);
    const missing = withoutRowidMissing(migrated);
    if (missing.length > 0)
      console.error(
        `sqlite: these tables must be WITHOUT ROWID (add the clause to the migration by hand): ${missing.join(", ")}`,
      );
    return report("sqlite", sqliteDdl(migrated), sqliteDdl(pushed)) && missing.length === 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function checkPostgres(): Promise<boolean> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const names = [`sz_drift_m_${suffix}`, `sz_drift_p_${suffix}`];
  const urlOf = (n: string) => {
    const u = new URL(ADMIN_URL);
    u.pathname = `/${n}`;
    return u.toString();
  };
  try {
    for (const n of names) await admin.query(`CREATE DATABASE "${n}"`);
    prisma(["migrate", "deploy"], urlOf(names[0]));
    prisma(["db", "push", "--skip-generate"], urlOf(names[1]));
    return report("postgresql", pgDdl(urlOf(names[0])), pgDdl(urlOf(names[1])));
  } finally {
    for (const n of names) await admin.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
    await admin.end();
  }
}

const ok = [await checkSqlite(), await checkPostgres()].every(Boolean);
process.exit(ok ? 0 : 1);
