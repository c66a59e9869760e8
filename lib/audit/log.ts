// Appends to the audit log. This module is the only writer, and it only
// inserts: no code path updates or deletes audit rows (docs/security.md item 20).
import "server-only";

import { db, dbProvider, type Tx } from "../db";
import { getAuditKey } from "../env";
import { GENESIS_HASH, hashAuditRow } from "./chain";

export type AuditResult = "SUCCESS" | "DENIED" | "FAILURE" | "NOT_FOUND" | "ERROR";

export type AuditEntry = {
  userId?: string | null;
  username?: string | null;
  roles?: readonly string[] | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result: AuditResult;
  ip?: string | null;
  detail?: Record<string, unknown> | null;
};

// Never log secrets or message bodies (docs/security.md item 22), whatever a caller passes.
const SECRET_KEY =
  /pass|token|secret|code|body|content|note|text|description|comment|answer|reflection/i;

/** Items kept of a list in a detail: an export page's worth of ids (lib/batches.ts). */
const MAX_LISTED = 1000;

export function sanitizeDetail(detail: Record<string, unknown> | null | undefined): string | null {
  if (!detail) return null;
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(detail)) {
    if (SECRET_KEY.test(k)) continue;
    if (v === null || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (typeof v === "string") out[k] = v.length > 120 ? `${v.slice(0, 120)}…` : v;
    else if (Array.isArray(v)) {
      // Lists of ids are kept whole: an audit row that names only the first
      // few records read cannot answer "who opened this record".
      const items = v.filter((x) => typeof x === "string" || typeof x === "number");
      out[k] = items
        .slice(0, MAX_LISTED)
        .map((x) => String(x).slice(0, 120))
        .join(",");
      if (items.length > MAX_LISTED) out[`${k}Total`] = items.length;
    }
  }
  return Object.keys(out).length ? JSON.stringify(out) : null;
}

const AUDIT_LOCK_KEY = 727_2001;

/** Appends entries in order, continuing the chain from its last row. */
async function append(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (dbProvider === "postgresql") {
    // Serialises appenders across connections and instances until commit.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  }
  const last = await tx.auditLog.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  let prev = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
  const key = getAuditKey();
  const rows = entries.map((entry) => {
    const row = {
      seq: prev.seq + 1,
      at: new Date(),
      userId: entry.userId ?? null,
      username: entry.username ?? null,
      roles: entry.roles?.length ? entry.roles.join(",") : null,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      result: entry.result,
      ip: entry.ip ?? null,
      detail: sanitizeDetail(entry.detail),
    };
    const hash = hashAuditRow(key, prev.hash, row);
    const stored = { ...row, prevHash: prev.hash, hash };
    prev = { seq: row.seq, hash };
    return stored;
  });
  if (rows.length === 1) await tx.auditLog.create({ data: rows[0] });
  else await tx.auditLog.createMany({ data: rows });
}

// Group commit. A row written on its own costs a transaction, and on SQLite
// its commit waits for the disk (fsync) with the server's thread blocked:
// about 15 ms here, on every audited page view. Entries that arrive while a
// commit is under way wait for the next one, which writes them all in one
// transaction, in arrival order; each caller still returns only once its own
// row is committed, so nothing is acknowledged before it is on disk. Alone,
// an entry is written at once, as before.
type Pending = { entry: AuditEntry; done: () => void; fail: (e: unknown) => void };
const MAX_GROUP = 200;
let waiting: Pending[] = [];
let committing = false;

// Appends queue on the chain's lock; under a burst each also waits for a
// pooled connection first, so give the queue time rather than fail the rows.
const commit = (entries: readonly AuditEntry[]) =>
  db.$transaction((t) => append(t, entries), { maxWait: 15_000, timeout: 15_000 });

async function commitWaiting(): Promise<void> {
  committing = true;
  try {
    while (waiting.length > 0) {
      const group = waiting.slice(0, MAX_GROUP);
      waiting = waiting.slice(group.length);
      try {
        await commit(group.map((p) => p.entry));
        for (const p of group) p.done();
      } catch (e) {
        if (group.length === 1) group[0].fail(e);
        // One bad entry must not fail the others: each on its own.
        else for (const p of group) await commit([p.entry]).then(p.done, p.fail);
      }
    }
  } finally {
    committing = false;
  }
}

/** Writes inside the caller's transaction when given one, else in its own (or a group's). */
export async function writeAudit(entry: AuditEntry, tx?: Tx): Promise<void> {
  if (tx) return append(tx, [entry]);
  return new Promise<void>((done, fail) => {
    waiting.push({ entry, done, fail });
    if (!committing) void commitWaiting();
  });
}
