// Reads of the appraisal (server-only), each taking the viewer: the cycles a
// viewer may see, one cycle with its indicators, a scorer's own tasks (named
// by id, 民主测评 by the keyed token — never anyone else's), the viewer's own
// sheet, one sheet under sheetVisibleTo (access.ts); 政治处's progress is in
// scoring/progress.ts.
import "server-only";

import { cache } from "react";

import { firstRowsAndTotal } from "../counts";
import { db } from "../db";
import { headedDepartments, readsAllSheets, showsResults, type AppraisalViewer } from "./access";
import { peerKey } from "./cycles/launch";
import { cycleRowSelect, cycleVisibleTo } from "./cycles/list";
import { CATEGORIES, type Category, type CycleState } from "./labels";

export { CYCLE_STATE_LABELS } from "./labels";
export { listCyclePage, type CycleListRow } from "./cycles/list";
export { sheetVisibleTo, showsResults, relationTo, managesAppraisal } from "./access";
export { getSheet, getSheetEvidence, type SheetView } from "./sheets/queries";
export type { EvidenceGroup } from "./sheets/evidence";
export { departmentAppraisalProgress } from "./sheets/department";
export * from "./summary/queries";
export {
  gradeDistribution,
  listCalibrationSheets,
  type CalibrationSheet,
  type DeptDistribution,
} from "./review/queries";
export {
  countObjections,
  listObjections,
  objectionSortOf,
  type ObjectionRow,
} from "./review/objection-list";
export * from "./honours/queries";
export {
  parseProgressStatus,
  PROGRESS_PER_PAGE,
  PROGRESS_STATUSES,
  scoringProgress,
  scoringProgressPage,
  type ProgressStatus,
  type ScoringProgressPage,
} from "./scoring/progress";

const cycleSelect = {
  id: true,
  title: true,
  year: true,
  half: true,
  status: true,
  scoringDueAt: true,
  publicityEndsAt: true,
  launchedAt: true,
  snapshotAt: true,
  createdAt: true,
} as const;

/** Every cycle the viewer has a part in (all for 政治处/院领导), newest first: the 复制往年周期 options. */
export async function listCycles(v: AppraisalViewer) {
  return db.appraisalCycle.findMany({
    where: await cycleVisibleTo(v),
    select: cycleRowSelect,
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
}
export type CycleRow = Awaited<ReturnType<typeof listCycles>>[number];

export function listTemplates() {
  return db.appraisalTemplate.findMany({
    select: { id: true, name: true, description: true },
    orderBy: { name: "asc" },
  });
}

/** One cycle with its categories and indicators, in display order; null when the viewer has no part in it. */
/**
 * Whether the viewer may read one of the cycle's sheets (sheetVisibleTo: their
 * own, one they score, one of a department they head) or holds a 民主测评 task
 * in it. Each way is asked through its own index and the first that holds
 * answers: counting the visible sheets scanned every sheet of the cycle (13 ms
 * at 10×, 1 ms at 1×).
 */
async function takesPartIn(v: AppraisalViewer, cycleId: string): Promise<boolean> {
  const one = { id: true } as const;
  const ways = [
    () => db.appraisalSheet.findFirst({ where: { cycleId, userId: v.id }, select: one }),
    () =>
      db.appraisalAssignment.findFirst({
        where: { scorerId: v.id, sheet: { cycleId } },
        select: one,
      }),
    async () => {
      const headed = await headedDepartments(v);
      return headed.length === 0
        ? null
        : db.appraisalSheet.findFirst({
            where: { cycleId, departmentId: { in: headed } },
            select: one,
          });
    },
    () =>
      db.appraisalAssignment.findFirst({
        where: { scorerKey: peerKey(cycleId, v.id), scorerId: null, sheet: { cycleId } },
        select: one,
      }),
  ];
  for (const way of ways) if (await way()) return true;
  return false;
}

export const getCycle = cache(async (v: AppraisalViewer, id: string) => {
  const cycle = await db.appraisalCycle.findUnique({
    where: { id },
    select: {
      ...cycleSelect,
      periodStart: true,
      periodEnd: true,
      distribution: true,
      lockedAt: true,
      archivedAt: true,
      categories: {
        select: {
          id: true,
          category: true,
          weight: true,
          indicators: {
            select: {
              id: true,
              name: true,
              description: true,
              weight: true,
              target: true,
              type: true,
              rule: true,
              scorer: true,
            },
            orderBy: { position: "asc" },
          },
        },
      },
    },
  });
  if (!cycle) return null;
  if (!readsAllSheets(v) && !(await takesPartIn(v, id))) return null;
  const order = (c: string) => CATEGORIES.indexOf(c as Category);
  cycle.categories.sort((a, b) => order(a.category) - order(b.category));
  return cycle;
});
export type CycleDetail = NonNullable<Awaited<ReturnType<typeof getCycle>>>;

const taskSelect = {
  id: true,
  centi: true,
  reason: true,
  notApplicable: true,
  scoredAt: true,
  dueAt: true,
  sheet: { select: { id: true, subjectName: true, departmentName: true, subjectType: true } },
  indicator: {
    select: {
      id: true,
      name: true,
      description: true,
      category: { select: { category: true } },
    },
  },
} as const;

/** The viewer's own tasks in a cycle: named ones by id, 民主测评 by the viewer's keyed token. */
export async function listMyTasks(v: AppraisalViewer, cycleId: string) {
  const order = [{ sheet: { subjectKey: "asc" as const } }, { indicatorId: "asc" as const }];
  const [named, peer] = await Promise.all([
    db.appraisalAssignment.findMany({
      where: { scorerId: v.id, sheet: { cycleId } },
      select: taskSelect,
      orderBy: order,
    }),
    db.appraisalAssignment.findMany({
      where: { scorerKey: peerKey(cycleId, v.id), scorerId: null, sheet: { cycleId } },
      select: taskSelect,
      orderBy: order,
    }),
  ]);
  return { named, peer };
}
export type MyTask = Awaited<ReturnType<typeof listMyTasks>>["named"][number];

/** The id of the viewer's own person sheet in a cycle, or null. */
export async function mySheetId(v: AppraisalViewer, cycleId: string): Promise<string | null> {
  const s = await db.appraisalSheet.findFirst({
    where: { cycleId, userId: v.id, subjectType: "PERSON" },
    select: { id: true },
  });
  return s?.id ?? null;
}

/**
 * "我的" page: the viewer's own person sheets, newest cycle first. The grade and
 * total only where showsResults allows (after publication, as on the sheet).
 */
export async function mySheets(v: AppraisalViewer, take = 5) {
  const where = { userId: v.id, subjectType: "PERSON" };
  const { total, rows } = await firstRowsAndTotal(
    take,
    (n) =>
      db.appraisalSheet.findMany({
        where,
        orderBy: [{ cycle: { year: "desc" } }, { cycle: { createdAt: "desc" } }, { id: "asc" }],
        take: n,
        select: {
          id: true,
          finalGrade: true,
          finalTotalCenti: true,
          cycle: { select: { id: true, title: true, status: true } },
        },
      }),
    () => db.appraisalSheet.count({ where }),
  );
  return {
    total,
    rows: rows.map(({ finalGrade, finalTotalCenti, ...r }) => {
      const shown = showsResults(v, r.cycle.status as CycleState);
      return {
        ...r,
        grade: shown ? finalGrade : null,
        totalCenti: shown ? finalTotalCenti : null,
      };
    }),
  };
}

/** The sheets of the departments the viewer heads (the department's and its people's). */
export async function listHeadedSheets(v: AppraisalViewer, cycleId: string) {
  const headed = await headedDepartments(v);
  if (headed.length === 0) return [];
  return db.appraisalSheet.findMany({
    where: { cycleId, departmentId: { in: headed } },
    select: {
      id: true,
      subjectType: true,
      subjectName: true,
      departmentName: true,
      finalTotalCenti: true,
      finalGrade: true,
      rankInDept: true,
    },
    orderBy: [{ subjectType: "asc" }, { rankInDept: "asc" }, { subjectName: "asc" }],
  });
}
export type HeadedSheet = Awaited<ReturnType<typeof listHeadedSheets>>[number];
