// What a summary reader (report.readSummary without report.readAll) learns of a
// report's staff-of-concern entries: how many of each kind, never who, what
// or the suggestion. Nothing is decrypted, so nothing confidential is read.
import "server-only";

import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { reportScope } from "./access";

/** The concern entries of a report the viewer may open, counted by kind; null when out of scope. */
export async function concernKinds(user: SessionUser, reportId: string) {
  const scope = reportScope(user);
  if (!scope) return null;
  const report = await db.liaisonReport.findFirst({
    where: { AND: [scope, { id: reportId }] },
    select: { id: true },
  });
  if (!report) return null;
  const rows = await db.staffConcern.groupBy({
    by: ["kind"],
    where: { reportId },
    _count: { _all: true },
    orderBy: { kind: "asc" },
  });
  return rows.map((r) => ({ kind: r.kind, count: r._count._all }));
}
