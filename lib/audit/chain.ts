// The hash chain of the audit log (docs/security.md item 20). Each row's hash is an
// HMAC over its own fields and its predecessor's hash, so changing or deleting
// a row breaks every later link, and someone who can write to the database but
// does not hold the key (derived from DATA_KEY) cannot forge a new chain.
import { createHmac } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  seq: number;
  at: Date;
  userId: string | null;
  username: string | null;
  roles: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  detail: string | null;
};

export function hashAuditRow(key: Buffer, prevHash: string, r: ChainedFields): string {
  const canonical = JSON.stringify([
    r.seq,
    r.at.toISOString(),
    r.userId,
    r.username,
    r.roles,
    r.action,
    r.objectType,
    r.objectId,
    r.result,
    r.ip,
    r.detail,
  ]);
  return createHmac("sha256", key).update(prevHash).update("\n").update(canonical).digest("hex");
}

export type StoredRow = ChainedFields & { id: string; prevHash: string; hash: string };
export type ChainFault = { seq: number; id: string | null; reason: string };

/** Checks rows given in seq order, continuing from `prev`. Returns the first fault. */
export function verifyRows(
  key: Buffer,
  rows: StoredRow[],
  prev: { seq: number; hash: string },
): { fault: ChainFault | null; last: { seq: number; hash: string } } {
  let last = prev;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) {
      return {
        fault: { seq: last.seq + 1, id: null, reason: `第 ${last.seq + 1} 行缺失（已被删除）` },
        last,
      };
    }
    if (row.prevHash !== last.hash) {
      return {
        fault: { seq: row.seq, id: row.id, reason: "前序哈希不符（前一行被改动或删除）" },
        last,
      };
    }
    if (hashAuditRow(key, row.prevHash, row) !== row.hash) {
      return {
        fault: { seq: row.seq, id: row.id, reason: "本行内容与哈希不符（本行被改动）" },
        last,
      };
    }
    last = { seq: row.seq, hash: row.hash };
  }
  return { fault: null, last };
}
