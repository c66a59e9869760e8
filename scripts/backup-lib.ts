// Backup and restore of the database together with uploaded files
// (docs/security.md item 24). Used by scripts/backup.ts and scripts/restore.ts, and
// tested end to end in tests/integration/backup.test.ts.
//
// A backup is a folder:
//   database.sqlite  (SQLite, written with SQLite's online backup API)
//   database.dump    (PostgreSQL, pg_dump custom format)
//   uploads/…        (a copy of UPLOAD_DIR)
//   manifest.json    (provider, time, and the sha-256 of every file)
// Restore checks every checksum before it touches anything.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import { providerOf, sqliteFilePath, type Provider } from "../lib/db-url";

export const DEFAULT_UPLOAD_DIR = "data/uploads";

export type Manifest = {
  format: 1;
  provider: Provider;
  createdAt: string;
  files: { path: string; size: number; sha256: string }[];
};

function sha256File(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(full, base);
    return e.isFile() ? [path.relative(base, full)] : [];
  });
}

/** pg_dump/pg_restore take the URL without Prisma's query parameters. */
function pgUrl(url: string): string {
  const u = new URL(url);
  u.search = "";
  return u.toString();
}

export async function backup(opts: {
  databaseUrl: string;
  uploadDir: string;
  outDir: string;
}): Promise<Manifest> {
  const provider = providerOf(opts.databaseUrl);
  if (fs.existsSync(opts.outDir) && fs.readdirSync(opts.outDir).length > 0)
    throw new Error(`备份目录不为空：${opts.outDir}`);
  fs.mkdirSync(opts.outDir, { recursive: true });

  if (provider === "sqlite") {
    const db = new Database(sqliteFilePath(opts.databaseUrl), {
      readonly: true,
      fileMustExist: true,
    });
    try {
      await db.backup(path.join(opts.outDir, "database.sqlite"));
    } finally {
      db.close();
    }
  } else {
    execFileSync(
      "pg_dump",
      [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        "--file",
        path.join(opts.outDir, "database.dump"),
        pgUrl(opts.databaseUrl),
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  }

  for (const rel of listFiles(opts.uploadDir)) {
    const dest = path.join(opts.outDir, "uploads", rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(opts.uploadDir, rel), dest);
  }

  const files = listFiles(opts.outDir)
    .sort()
    .map((rel) => {
      const full = path.join(opts.outDir, rel);
      return {
        path: rel.split(path.sep).join("/"),
        size: fs.statSync(full).size,
        sha256: sha256File(full),
      };
    });
  const manifest: Manifest = { format: 1, provider, createdAt: new Date().toISOString(), files };
  fs.writeFileSync(path.join(opts.outDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reads the manifest and checks every file against it; throws on any mismatch. */
export function verifyBackup(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) throw new Error(`不是有效的备份目录（缺少 manifest.json）：${dir}`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  if (manifest.format !== 1) throw new Error("备份格式不受支持");
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const full = path.join(dir, f.path);
    if (!fs.existsSync(full)) throw new Error(`备份文件缺失：${f.path}`);
    if (sha256File(full) !== f.sha256)
      throw new Error(`备份文件校验失败（已被改动或损坏）：${f.path}`);
  }
  for (const rel of listFiles(dir)) {
    const p = rel.split(path.sep).join("/");
    if (p !== "manifest.json" && !listed.has(p)) throw new Error(`备份中有清单之外的文件：${p}`);
  }
  return manifest;
}

export async function restore(opts: {
  databaseUrl: string;
  uploadDir: string;
  fromDir: string;
}): Promise<Manifest> {
  const manifest = verifyBackup(opts.fromDir);
  const provider = providerOf(opts.databaseUrl);
  if (manifest.provider !== provider)
    throw new Error(`备份来自 ${manifest.provider}，不能还原到 ${provider}`);

  if (provider === "sqlite") {
    // The backup API copies page by page under SQLite's own locks, so open
    // connections see either the old or the restored database, never a mix.
    const source = new Database(path.join(opts.fromDir, "database.sqlite"), {
      readonly: true,
      fileMustExist: true,
    });
    try {
      await source.backup(sqliteFilePath(opts.databaseUrl));
    } finally {
      source.close();
    }
  } else {
    execFileSync(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--dbname",
        pgUrl(opts.databaseUrl),
        path.join(opts.fromDir, "database.dump"),
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  }

  // Uploads: build the restored folder beside the live one, then swap.
  const target = path.resolve(opts.uploadDir);
  const staging = `${target}.restoring-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  for (const f of manifest.files.filter((f) => f.path.startsWith("uploads/"))) {
    const dest = path.join(staging, f.path.slice("uploads/".length));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(opts.fromDir, f.path), dest);
  }
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(staging, target);
  fs.rmSync(old, { recursive: true, force: true });
  return manifest;
}
