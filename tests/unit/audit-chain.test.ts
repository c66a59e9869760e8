import { describe, expect, it } from "vitest";

import { GENESIS_HASH, hashAuditRow, verifyRows, type StoredRow } from "@/lib/audit/chain";

function chain(n: number): StoredRow[] {
  const rows: StoredRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const f = {
      seq: i,
      at: new Date(1_790_000_000_000 + i * 1000),
      userId: `u${i}`,
      username: `user${i}`,
      roles: "STAFF",
      action: "x.do",
      objectType: null,
      objectId: null,
      result: "SUCCESS",
      ip: "10.0.0.1",
      detail: null,
    };
    const hash = hashAuditRow(KEY, prev, f);
    rows.push({ ...f, id: `id${i}`, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}
const start = { seq: 0, hash: GENESIS_HASH };
const KEY = Buffer.alloc(32, 7);

describe("audit hash chain", () => {
  it("accepts an intact chain", () => {
    expect(verifyRows(KEY, chain(5), start).fault).toBeNull();
  });
  it("names a modified row", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], result: "DENIED" };
    expect(verifyRows(KEY, rows, start).fault).toMatchObject({ seq: 3, id: "id3" });
  });
  it("names the gap left by a deleted row", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyRows(KEY, rows, start).fault).toMatchObject({ seq: 2 });
  });
  it("refuses a chain hashed with another key", () => {
    expect(verifyRows(Buffer.alloc(32, 8), chain(2), start).fault).toMatchObject({ seq: 1 });
  });
  it("detects a re-hashed row through its successor", () => {
    const rows = chain(4);
    const forged = { ...rows[1], action: "forged" };
    forged.hash = hashAuditRow(KEY, forged.prevHash, forged);
    rows[1] = forged;
    expect(verifyRows(KEY, rows, start).fault).toMatchObject({ seq: 3 });
  });
});
