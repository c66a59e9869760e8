// Several server processes on one database (scripts/server.mjs runs
// WEB_CONCURRENCY workers): their write transactions must queue for each
// other, never fail with "database is locked" or fork the audit chain. On
// SQLite this rests on transactions starting with BEGIN IMMEDIATE (the patch
// to @prisma/adapter-better-sqlite3) and the driver's busy timeout; on
// PostgreSQL on the audit append's advisory lock.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAuditKey } from "@/lib/env";
import { verifyAuditChain } from "@/lib/audit/verify";

const PROCESSES = 3;
const WRITES = 150;

type Writer = { ready: Promise<void>; go: () => void; done: Promise<{ code: number | null; stderr: string }> };

function writer(): Writer {
  const p = spawn("npx", ["tsx", "--conditions=react-server", "tests/integration/fixtures/concurrent-writer.ts"], {
    env: { ...process.env, WRITES: String(WRITES) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  p.stderr.on("data", (d) => (stderr += d));
  const ready = new Promise<void>((resolve) => p.stdout.on("data", (d) => String(d).includes("ready") && resolve()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => p.on("exit", (code) => resolve({ code, stderr })));
  return { ready: Promise.race([ready, done.then(() => undefined)]), go: () => p.stdin.write("go\n"), done };
}

describe("several server processes on one database", () => {
  it("append to the audit chain at the same time without errors, lost rows or a fork", async () => {
    const before = await db.auditLog.count({ where: { action: "test.multiProcess" } });
    const writers = Array.from({ length: PROCESSES }, () => writer());
    await Promise.all(writers.map((w) => w.ready));
    writers.forEach((w) => w.go());
    const results = await Promise.all(writers.map((w) => w.done));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    expect(await db.auditLog.count({ where: { action: "test.multiProcess" } })).toBe(before + PROCESSES * WRITES);
    // The rows of the processes interleave, and the chain still verifies.
    const rows = await db.auditLog.findMany({ where: { action: "test.multiProcess" }, orderBy: { seq: "asc" }, select: { objectId: true } });
    const switches = rows.slice(1).filter((r, i) => r.objectId!.split(":")[0] !== rows[i].objectId!.split(":")[0]).length;
    expect(switches).toBeGreaterThan(PROCESSES);
    expect((await verifyAuditChain(db, getAuditKey())).fault).toBeNull();
  }, 60_000);
});
