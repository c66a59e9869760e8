// The confidential annex's rows: the staff of concern named in the submitted
// liaison reports of the period's months (the same reports the 预警与关注
// counts come from), with the follow-ups opened on them. Scoped in the where
// by the viewer: 院领导 and 政治处 every department, anyone else their own
// department's reports only. Names, kinds and follow-up states: never the
// concerns' descriptions or suggestions, which stay encrypted and 政治处's.
import "server-only";

import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FOLLOW_UP_STATUS_LABELS } from "@/lib/follow-ups/queries";
import { CONCERN_KIND_LABELS, reportsOfMonthsWhere } from "@/lib/reports/queries";

import type { AnnexRow, ReportPeriod } from "../content";

type Viewer = Pick<SessionUser, "roles" | "departmentId">;

/** The annex rows this viewer may read for the period, limited to one department if given; null when none at all. */
export async function annexRowsFor(
  v: Viewer,
  period: Pick<ReportPeriod, "months">,
  departmentId: string | null,
): Promise<AnnexRow[] | null> {
  const all = can(v.roles, "analysisReport.read");
  if (!all && !v.departmentId) return null;
  if (period.months.length === 0) return [];
  const rows = await db.staffConcern.findMany({
    where: {
      report: {
        AND: [
          reportsOfMonthsWhere(period.months),
          all ? {} : { departmentId: v.departmentId! },
          departmentId ? { departmentId } : {},
        ],
      },
    },
    orderBy: [
      { report: { department: { sortOrder: "asc" } } },
      { report: { departmentId: "asc" } },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    select: {
      id: true,
      kind: true,
      createdAt: true,
      person: { select: { id: true, realName: true } },
      report: {
        select: { departmentId: true, submittedAt: true, department: { select: { name: true } } },
      },
      followUp: { select: { id: true, title: true, status: true, dueDate: true } },
    },
  });
  return rows.map((c) => ({
    concernId: c.id,
    personId: c.person.id,
    name: c.person.realName,
    departmentId: c.report.departmentId,
    departmentName: c.report.department.name,
    kind: c.kind,
    kindLabel: CONCERN_KIND_LABELS[c.kind as keyof typeof CONCERN_KIND_LABELS] ?? c.kind,
    reportedAt: (c.report.submittedAt ?? c.createdAt).toISOString(),
    followUps: c.followUp
      ? [
          {
            id: c.followUp.id,
            title: c.followUp.title,
            status: c.followUp.status,
            statusLabel:
              FOLLOW_UP_STATUS_LABELS[c.followUp.status as keyof typeof FOLLOW_UP_STATUS_LABELS] ??
              c.followUp.status,
            dueDate: c.followUp.dueDate?.toISOString() ?? null,
            href: `/follow-ups/${c.followUp.id}`,
          },
        ]
      : [],
  }));
}
