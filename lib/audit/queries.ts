import "server-only";
import { db } from "../db";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { AuditFilter } from "./schemas";

export const AUDIT_PER_PAGE = 50;

// Dates in the filter are Asia/Shanghai calendar days.
const startOfDay = (d: string) => new Date(`${d}T00:00:00+08:00`);
const endOfDay = (d: string) => new Date(startOfDay(d).getTime() + 24 * 3600_000);

export async function listAuditLogs(f: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    ...(f.user ? { username: { contains: f.user.toLowerCase() } } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.result ? { result: f.result } : {}),
    ...(f.from || f.to ? { at: { ...(f.from ? { gte: startOfDay(f.from) } : {}), ...(f.to ? { lt: endOfDay(f.to) } : {}) } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { seq: "desc" },
      skip: (f.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
      select: { id: true, seq: true, at: true, username: true, roles: true, action: true, objectType: true, objectId: true, result: true, ip: true, detail: true },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)), rows };
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
