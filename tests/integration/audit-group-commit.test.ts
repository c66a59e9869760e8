// Group commit of audit rows (lib/audit/log.ts): entries written at the same
// time share transactions, each caller returns only once its own row is
// committed, the chain stays whole and in arrival order, and a bad entry
// fails alone.
import { afterEach, describe, expect, it, vi } from "vitest";

import { verifyRows } from "@/lib/audit/chain";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { getAuditKey } from "@/lib/env";

afterEach(() => vi.restoreAllMocks());

/** The chain from the row before `first` through `last` (another test file tampers with older rows). */
async function chainFault(first: number, last: number) {
  const rows = await db.auditLog.findMany({
    where: { seq: { gte: first, lte: last } },
    orderBy: { seq: "asc" },
  });
  return verifyRows(getAuditKey(), rows, { seq: first - 1, hash: rows[0].prevHash }).fault;
}

describe("audit group commit", () => {
  it("writes 30 simultaneous entries in a few transactions, in arrival order, each committed before its caller returns", async () => {
    const transactions = vi.spyOn(db, "$transaction");
    const tag = `group-${Date.now()}`;
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        writeAudit({ action: "test.group", result: "SUCCESS", objectId: tag, detail: { i } }).then(
          async () => {
            // Committed when the caller learns of it: visible to another read.
            const row = await db.auditLog.findFirst({
              where: { objectId: tag, detail: JSON.stringify({ i }) },
            });
            if (row) seen.push(i);
          },
        ),
      ),
    );
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // One transaction per entry before the group commit; now the first goes
    // alone and the rest wait for it and go together.
    expect(transactions.mock.calls.length).toBeLessThanOrEqual(3);
    const rows = await db.auditLog.findMany({ where: { objectId: tag }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => JSON.parse(r.detail!).i)).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
    expect(rows.at(-1)!.seq - rows[0].seq).toBe(29);
    expect(await chainFault(rows[0].seq, rows.at(-1)!.seq)).toBeNull();
  });

  it("fails only the bad entry of a group; the others are committed", async () => {
    const tag = `group-bad-${Date.now()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        writeAudit({
          // A missing action breaks the insert: the database refuses the row.
          action: (i === 3 ? undefined : "test.group-bad") as string,
          result: "SUCCESS",
          objectId: tag,
          detail: { i },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    const rows = await db.auditLog.findMany({ where: { objectId: tag }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => JSON.parse(r.detail!).i)).toEqual([0, 1, 2, 4, 5]);
    expect(await chainFault(rows[0].seq, rows.at(-1)!.seq)).toBeNull();
  });
});
