// docs/security.md item 24: one command backs up the database with the uploaded files,
// one restores them, and a restore gives back identical data. The run's test
// database is the source; each restore goes into a separate fresh database
// that first holds different data, so the test sees restore replace it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { providerOf, sqliteFilePath } from "@/lib/db-url";
import { backup, restore, verifyBackup } from "@/scripts/backup-lib";

import { makeDepartment, makeUser } from "./helpers";

const SOURCE_URL = process.env.DATABASE_URL!;
const PROVIDER = providerOf(SOURCE_URL);
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sz-backup-"));
let targetUrl = "";
let targetDb = "";

/** Every row of every table, as sorted JSON lines per table. */
async function dumpAll(url: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  if (providerOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true });
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    for (const { name } of tables)
      out[name] = (db.prepare(`SELECT * FROM "${name}"`).all() as object[])
        .map((r) => JSON.stringify(r))
        .sort();
    db.close();
  } else {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows: tables } = await c.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    for (const { table_name } of tables)
      out[table_name] = (await c.query(`SELECT * FROM "${table_name}"`)).rows
        .map((r) => JSON.stringify(r))
        .sort();
    await c.end();
  }
  return out;
}

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

async function sql(url: string, statement: string) {
  if (providerOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url));
    db.exec(statement);
    db.close();
  } else {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(statement);
    await c.end();
  }
}

beforeAll(async () => {
  if (PROVIDER === "sqlite") {
    targetUrl = `file:${path.join(tmp, "target.db")}`;
  } else {
    targetDb = `sz_restore_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${targetDb}"`);
    await admin.end();
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${targetDb}`;
    targetUrl = u.toString();
  }
  // The restore target starts out holding different data.
  migrate(targetUrl);
  await sql(
    targetUrl,
    `INSERT INTO "Department" ("id", "name", "code", "sortOrder", "updatedAt") VALUES ('stale-dept', '将被覆盖的部门', 'STALE', 0, CURRENT_TIMESTAMP)`,
  );
  // And the source holds some rows of its own.
  const dept = await makeDepartment();
  await makeUser({ roles: ["STAFF"], departmentId: dept.id, realName: "备份测试员" });
});

afterAll(async () => {
  if (targetDb) {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${targetDb}" WITH (FORCE)`);
    await admin.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe(`backup and restore (${PROVIDER})`, () => {
  it("restores identical data and uploaded files", async () => {
    const uploads = path.join(tmp, "uploads");
    fs.mkdirSync(path.join(uploads, "ab"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "ab", "file-1"), Buffer.from("%PDF-1.4 学习材料"));
    fs.writeFileSync(path.join(uploads, "file-2"), crypto.getRandomValues(new Uint8Array(4096)));
    const before = await dumpAll(SOURCE_URL);
    expect(before.User.some((r) => r.includes("备份测试员"))).toBe(true);

    const dir = path.join(tmp, "backup-1");
    const manifest = await backup({ databaseUrl: SOURCE_URL, uploadDir: uploads, outDir: dir });
    expect(manifest.provider).toBe(PROVIDER);
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["uploads/ab/file-1", "uploads/file-2"]),
    );

    // The restore target's upload folder holds something else.
    const targetUploads = path.join(tmp, "target-uploads");
    fs.mkdirSync(targetUploads, { recursive: true });
    fs.writeFileSync(path.join(targetUploads, "stray"), "不应保留");

    expect((await dumpAll(targetUrl)).Department).toHaveLength(1);
    await restore({ databaseUrl: targetUrl, uploadDir: targetUploads, fromDir: dir });

    expect(await dumpAll(targetUrl)).toEqual(before);
    expect(fs.readdirSync(targetUploads).sort()).toEqual(["ab", "file-2"]);
    expect(fs.readFileSync(path.join(targetUploads, "ab", "file-1"))).toEqual(
      fs.readFileSync(path.join(uploads, "ab", "file-1")),
    );
    expect(fs.readFileSync(path.join(targetUploads, "file-2"))).toEqual(
      fs.readFileSync(path.join(uploads, "file-2")),
    );
  });

  it("refuses a tampered backup and changes nothing", async () => {
    const dir = path.join(tmp, "backup-2");
    await backup({ databaseUrl: SOURCE_URL, uploadDir: path.join(tmp, "no-uploads"), outDir: dir });
    const dbFile = path.join(dir, PROVIDER === "sqlite" ? "database.sqlite" : "database.dump");
    const bytes = fs.readFileSync(dbFile);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(dbFile, bytes);
    expect(() => verifyBackup(dir)).toThrow(/校验失败/);

    await sql(
      targetUrl,
      `INSERT INTO "Department" ("id", "name", "code", "sortOrder", "updatedAt") VALUES ('after-restore', '还原后新增', 'AFTER', 0, CURRENT_TIMESTAMP)`,
    );
    const target = await dumpAll(targetUrl);
    await expect(
      restore({
        databaseUrl: targetUrl,
        uploadDir: path.join(tmp, "target-uploads"),
        fromDir: dir,
      }),
    ).rejects.toThrow(/校验失败/);
    expect(await dumpAll(targetUrl)).toEqual(target);
  });

  it("refuses to write into a folder that is not empty", async () => {
    const dir = path.join(tmp, "backup-1");
    await expect(backup({ databaseUrl: SOURCE_URL, uploadDir: tmp, outDir: dir })).rejects.toThrow(
      /不为空/,
    );
  });
});
