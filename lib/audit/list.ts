// The audit log (审计日志) as the auditor works with it (issue 15 item 5):
// filtered, searched by username, action (code or Chinese name) or object,
// sorted through the URL, read a page at a time for the screen and page by
// page for the XLSX export, which therefore holds exactly the rows — in the
// order — the screen would. Every order ends on seq, which is unique.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages, inSlices } from "../batches";
import { shanghaiDaysRange } from "../dates";
import { db } from "../db";
import { AUDIT_ACTION_LABELS } from "./labels";
import type { AuditFilter, AuditSort } from "./schemas";

export const AUDIT_PER_PAGE = 50;

const auditRowSelect = {
  id: true,
  seq: true,
  at: true,
  userId: true,
  username: true,
  roles: true,
  action: true,
  objectType: true,
  objectId: true,
  result: true,
  ip: true,
  detail: true,
} as const;

/** Action codes whose Chinese name holds the keyword, so "导出" finds every export. */
function actionsNamed(q: string): string[] {
  return Object.entries(AUDIT_ACTION_LABELS)
    .filter(([, label]) => label.includes(q))
    .map(([code]) => code);
}

function auditListWhere(f: AuditFilter): Prisma.AuditLogWhereInput {
  const named = f.q ? actionsNamed(f.q) : [];
  return {
    AND: [
      f.user ? { username: { contains: f.user.toLowerCase() } } : {},
      f.action ? { action: { startsWith: f.action } } : {},
      f.result ? { result: f.result } : {},
      // Dates in the filter are Asia/Shanghai calendar days.
      f.from || f.to ? { at: shanghaiDaysRange(f.from, f.to) } : {},
      f.q
        ? {
            OR: [
              { username: { contains: f.q.toLowerCase() } },
              { action: { contains: f.q } },
              ...(named.length ? [{ action: { in: named } }] : []),
              { objectType: { contains: f.q } },
              { objectId: { contains: f.q } },
            ],
          }
        : {},
    ],
  };
}

/** The list's order (?sort=&dir=): newest first by default, always ending on seq. */
function auditListOrder(f: AuditFilter): Prisma.AuditLogOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort && f.sort !== "seq" ? "asc" : "desc");
  const first: Record<AuditSort, Prisma.AuditLogOrderByWithRelationInput> = {
    seq: { seq: dir },
    username: { username: dir },
    action: { action: dir },
    result: { result: dir },
    ip: { ip: dir },
  };
  return f.sort && f.sort !== "seq" ? [first[f.sort], { seq: "desc" }] : [first.seq];
}

export async function listAuditLogs(f: AuditFilter) {
  const where = auditListWhere(f);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: auditListOrder(f),
      skip: (f.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
      select: auditRowSelect,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)),
    rows: await withUsernames(rows),
  };
}
export type AuditRow = Awaited<ReturnType<typeof listAuditLogs>>["rows"][number];

/**
 * Every row of the list, filtered and sorted alike, page by page (the export).
 * The log grows while the file streams (each page view is a row): the export
 * holds the log as it stood when it began, so a new row never shifts a page
 * and repeats a row of the one before.
 */
export async function* allAuditRows(f: AuditFilter): AsyncGenerator<AuditRow[]> {
  const last = await db.auditLog.aggregate({ _max: { seq: true } });
  const where = { AND: [auditListWhere(f), { seq: { lte: last._max.seq ?? 0 } }] };
  const orderBy = auditListOrder(f);
  for await (const rows of inPages((skip, take) =>
    db.auditLog.findMany({ where, orderBy, skip, take, select: auditRowSelect }),
  ))
    yield await withUsernames(rows);
}

/**
 * Rows that name a user by id only (older logout rows did) get the
 * username from the user table; only rows with no user at all read as
 * anonymous.
 */
async function withUsernames<R extends { userId: string | null; username: string | null }>(
  rows: R[],
): Promise<R[]> {
  const ids = [...new Set(rows.filter((r) => r.userId && !r.username).map((r) => r.userId!))];
  if (ids.length === 0) return rows;
  const users = await inSlices(ids, (slice) =>
    db.user.findMany({ where: { id: { in: slice } }, select: { id: true, username: true } }),
  );
  const name = new Map(users.map((u) => [u.id, u.username]));
  return rows.map((r) =>
    r.userId && !r.username ? { ...r, username: name.get(r.userId) ?? null } : r,
  );
}
