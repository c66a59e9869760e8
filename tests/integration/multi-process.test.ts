// Several server processes on one database (scripts/server.mjs runs
// WEB_CONCURRENCY workers): their write transactions must queue for each
// other, never fail with "database is locked" or fork the audit chain. On
// SQLite this rests on transactions starting with BEGIN IMMEDIATE (the patch
// to @prisma/adapter-better-sqlite3) and the driver's busy timeout; on
// PostgreSQL on the audit append's advisory lock.
import { spawn } from "node:child_process";

import { describe, expect, it } from "vitest";

import { hashAuditRow } from "@/lib/audit/chain";
import { db } from "@/lib/db";
import { getAuditKey } from "@/lib/env";

import { makeUser, TEST_PASSWORD } from "./helpers";

const PROCESSES = 3;
const WRITES = 150;

type Writer = {
  ready: Promise<void>;
  go: () => void;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
};

function spawnFixture(fixture: string, env: Record<string, string>): Writer {
  const p = spawn(
    "npx",
    ["tsx", "--conditions=react-server", `tests/integration/fixtures/${fixture}`],
    {
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  p.stderr.on("data", (d) => (stderr += d));
  const ready = new Promise<void>((resolve) =>
    p.stdout.on("data", (d) => {
      stdout += d;
      if (stdout.includes("ready")) resolve();
    }),
  );
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    p.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  return {
    ready: Promise.race([ready, done.then(() => undefined)]),
    go: () => p.stdin.write("go\n"),
    done,
  };
}

const writer = () => spawnFixture("concurrent-writer.ts", { WRITES: String(WRITES) });

describe("several server processes on one database", () => {
  it("append to the audit chain at the same time without errors, lost rows or a fork", async () => {
    const before = await db.auditLog.count({ where: { action: "test.multiProcess" } });
    const writers = Array.from({ length: PROCESSES }, () => writer());
    await Promise.all(writers.map((w) => w.ready));
    writers.forEach((w) => w.go());
    const results = await Promise.all(writers.map((w) => w.done));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    expect(await db.auditLog.count({ where: { action: "test.multiProcess" } })).toBe(
      before + PROCESSES * WRITES,
    );
    // The rows of the processes interleave.
    const rows = await db.auditLog.findMany({
      where: { action: "test.multiProcess" },
      orderBy: { seq: "asc" },
    });
    const switches = rows
      .slice(1)
      .filter((r, i) => r.objectId!.split(":")[0] !== rows[i].objectId!.split(":")[0]).length;
    expect(switches).toBeGreaterThan(PROCESSES);
    // No fork: from the row before the first of them to the last, every row
    // follows the previous one (contiguous seq, prevHash = that row's hash),
    // and each of theirs matches its hash. (Other test files write to the
    // chain meanwhile, and audit.test.ts alters rows of its own on purpose,
    // so the whole chain is not verified here.)
    const span = await db.auditLog.findMany({
      where: { seq: { gte: rows[0].seq - 1, lte: rows[rows.length - 1].seq } },
      orderBy: { seq: "asc" },
    });
    for (let i = 1; i < span.length; i++) {
      expect(span[i].seq).toBe(span[i - 1].seq + 1);
      expect(span[i].prevHash).toBe(span[i - 1].hash);
    }
    const key = getAuditKey();
    for (const r of rows) expect(hashAuditRow(key, r.prevHash, r)).toBe(r.hash);
  }, 60_000);

  it("lock an account exactly once when each sends wrong passwords at the same moment", async () => {
    const u = await makeUser();
    const bursts = Array.from({ length: PROCESSES }, () =>
      spawnFixture("login-burst.ts", {
        ATTEMPTS: "8",
        LOGIN_USERNAME: u.username,
        LOGIN_PASSWORD: "wrong-password-1",
      }),
    );
    await Promise.all(bursts.map((b) => b.ready));
    bursts.forEach((b) => b.go());
    const results = await Promise.all(bursts.map((b) => b.done));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    expect(await db.auditLog.count({ where: { action: "auth.lockout", userId: u.id } })).toBe(1);
    expect(
      await db.auditLog.count({ where: { action: "auth.login", userId: u.id, result: "FAILURE" } }),
    ).toBe(5);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).lockedUntil).not.toBeNull();
    const { authenticate } = await import("@/lib/auth/login");
    expect(
      await authenticate(u.username, TEST_PASSWORD, { ip: "10.7.7.8", userAgent: "vitest" }),
    ).toEqual({ ok: false });
  }, 60_000);
});
