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

async function append(tx: Tx, entry: AuditEntry): Promise<void> {
  if (dbProvider === "postgresql") {
    // Serialises appenders across connections and instances until commit.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  }
  const last = await tx.auditLog.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const row = {
    seq: (last?.seq ?? 0) + 1,
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
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.auditLog.create({
    data: { ...row, prevHash, hash: hashAuditRow(getAuditKey(), prevHash, row) },
  });
}

/** Writes inside the caller's transaction when given one, else in its own. */
export async function writeAudit(entry: AuditEntry, tx?: Tx): Promise<void> {
  if (tx) return append(tx, entry);
  // Appends queue on the chain's lock; under a burst each also waits for a
  // pooled connection first, so give the queue time rather than fail the row.
  await db.$transaction((t) => append(t, entry), { maxWait: 15_000, timeout: 15_000 });
}
