// SQLite: a server process that finds the database locked by another
// connection (another worker's write transaction) waits for it without
// blocking its thread (patches/@prisma+adapter-better-sqlite3+6.19.3.patch):
// the event loop keeps serving, and the statement runs once the lock is gone.
// Before the patch the driver's busy handler slept in the thread for as long
// as the other transaction lasted, so the whole worker stood still.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { db, dbProvider } from "@/lib/db";
import { sqliteFilePath } from "@/lib/db-url";

/** Longest gap between ticks of a 5 ms interval while `work` runs. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  try {
    const result = await work();
    return { result, stall: Math.max(stall, performance.now() - last) };
  } finally {
    clearInterval(tick);
  }
}

describe.runIf(dbProvider === "sqlite")("SQLite lock waits", () => {
  const HOLD_MS = 400;

  /** Another connection holds the write lock for HOLD_MS, released by a timer on this thread. */
  function holdWriteLock() {
    const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
    other.prepare("BEGIN IMMEDIATE").run();
    const released = new Promise<number>((resolve) =>
      setTimeout(() => {
        other.prepare("COMMIT").run();
        other.close();
        resolve(performance.now());
      }, HOLD_MS),
    );
    return released;
  }

  it("a write outside a transaction waits for the lock with the event loop free", async () => {
    const released = holdWriteLock();
    const { result, stall } = await longestStall(async () => {
      const n = await db.auditLog.count(); // reads go on under another's write lock
      const at = await db.setting
        .deleteMany({ where: { key: "lock-wait-test" } })
        .then(() => performance.now());
      return { n, at };
    });
    expect(result.n).toBeGreaterThanOrEqual(0);
    // The write ran after the other connection let go, and the thread never stood still for it.
    expect(result.at).toBeGreaterThanOrEqual(await released);
    expect(stall).toBeLessThan(HOLD_MS / 2);
  });

  it("a transaction waits to begin with the event loop free, then commits", async () => {
    const released = holdWriteLock();
    const { result, stall } = await longestStall(() =>
      db.$transaction(async (tx) => {
        const began = performance.now();
        await tx.auditLog.count();
        return began;
      }),
    );
    expect(result).toBeGreaterThanOrEqual(await released);
    expect(stall).toBeLessThan(HOLD_MS / 2);
  });
});
