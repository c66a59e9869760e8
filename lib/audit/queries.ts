import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { shanghaiDaysRange } from "../dates";
import { db } from "../db";
import type { AuditFilter } from "./schemas";

export const AUDIT_PER_PAGE = 50;

export async function listAuditLogs(f: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    ...(f.user ? { username: { contains: f.user.toLowerCase() } } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.result ? { result: f.result } : {}),
    // Dates in the filter are Asia/Shanghai calendar days.
    ...(f.from || f.to ? { at: shanghaiDaysRange(f.from, f.to) } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { seq: "desc" },
      skip: (f.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
      select: {
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
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)),
    rows: await withUsernames(rows),
  };
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
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, username: true },
  });
  const name = new Map(users.map((u) => [u.id, u.username]));
  return rows.map((r) =>
    r.userId && !r.username ? { ...r, username: name.get(r.userId) ?? null } : r,
  );
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
