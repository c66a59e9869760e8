import "server-only";

import { db } from "../db";

export { allAuditRows, AUDIT_PER_PAGE, listAuditLogs, type AuditRow } from "./list";

export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
