// 政治处工作台 (issue 15 item 4): one queue of everything waiting on 政治处,
// most urgent first, each with its age and deadline. The domains build their
// own items (lib/<domain>/work-items.ts, scoped and bounded, no confidential
// text); this only merges them. All reads run in parallel.
import "server-only";

import type { SessionUser } from "../auth/session";
import { consultWorkItems } from "../consult/queries";
import { followUpWorkItems } from "../follow-ups/queries";
import { majorMatterWorkItems } from "../major-matters/queries";
import { pulseWorkItems } from "../pulse/queries";
import { missingReportWorkItems } from "../reports/queries";
import { studyLogWorkItems } from "../study/log/queries";
import { byUrgency, type WorkItem, type WorkKind, type WorkSlice } from "../work-items";

export const WORK_KIND_LABELS: Record<WorkKind, string> = {
  CONSULTATION: "待答复咨询",
  FOLLOW_UP_ASSIGN: "待分办督办",
  FOLLOW_UP_VERIFY: "待核销督办",
  FOLLOW_UP_OVERDUE: "逾期督办",
  STUDY_LOG: "待审学习登记",
  MAJOR_MATTER: "待确认重大事项",
  REPORT_MISSING: "未报思想动态",
  PULSE_LOW: "参与率偏低的测评",
};

/** Where each kind's whole list lives. */
export const WORK_KIND_LISTS: Record<WorkKind, string> = {
  CONSULTATION: "/consult",
  FOLLOW_UP_ASSIGN: "/follow-ups?status=OPEN",
  FOLLOW_UP_VERIFY: "/follow-ups?status=RESOLVED",
  FOLLOW_UP_OVERDUE: "/follow-ups?overdue=1",
  STUDY_LOG: "/study/review",
  MAJOR_MATTER: "/major-matters/all",
  REPORT_MISSING: "/reports/compliance",
  PULSE_LOW: "/pulse",
};

export type Workbench = {
  counts: { kind: WorkKind; total: number }[];
  queue: WorkItem[];
  total: number;
};

export async function loadWorkbench(user: SessionUser, now: Date = new Date()): Promise<Workbench> {
  const [consult, followUps, study, matters, reports, pulse] = await Promise.all([
    consultWorkItems(),
    followUpWorkItems(now),
    studyLogWorkItems(user),
    majorMatterWorkItems(),
    missingReportWorkItems(now),
    pulseWorkItems(now),
  ]);
  const slices: WorkSlice[] = [consult, ...followUps, study, matters, reports, pulse];
  // An overdue follow-up still waiting for an assignee or for verification is listed once, as overdue.
  const overdue = new Set(followUps[2].items.map((i) => i.key.slice(i.kind.length + 1)));
  const queue = slices
    .flatMap((s) => s.items)
    .filter(
      (i) =>
        !(i.kind === "FOLLOW_UP_ASSIGN" || i.kind === "FOLLOW_UP_VERIFY") ||
        !overdue.has(i.key.slice(i.kind.length + 1)),
    )
    .sort(byUrgency(now));
  return {
    counts: slices.map((s) => ({ kind: s.kind, total: s.total })),
    queue,
    total: slices.reduce((n, s) => n + s.total, 0),
  };
}
