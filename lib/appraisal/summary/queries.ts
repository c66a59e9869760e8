// The 院 summary of a cycle for 院领导 and 政治处 (appraisal.read), and a
// department head's grade distribution (server-only). Every figure is counted
// in the database (count, aggregate, groupBy); only the department sheets
// (one per department) and the one or two middle totals are read as rows.
// Before the snapshot (校准) there are no results: only the scoring progress.
import "server-only";

import { inSlices } from "../../batches";
import { db } from "../../db";
import { divideRoundHalfUp } from "../../scores";
import { headedDepartments, readsAllSheets, showsResults, type AppraisalViewer } from "../access";
import { GradeDistribution } from "../grades";
import { GRADES, type CycleState, type Grade } from "../labels";
import { gradeDistribution, type DeptDistribution } from "../review/queries";

export const SUBJECT_TYPES = ["PERSON", "DEPARTMENT"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Sheets of one kind by the state of their MANUAL scoring tasks. */
export type SheetScoring = {
  total: number;
  /** every task scored */
  complete: number;
  /** some scored, some not */
  partial: number;
  /** tasks, none scored */
  notStarted: number;
  /** no MANUAL task at all (AUTO indicators only) */
  autoOnly: number;
};

export type ScoringSummary = {
  sheets: Record<SubjectType, SheetScoring>;
  tasks: { total: number; scored: number; late: number };
};

export type DepartmentRankRow = {
  sheetId: string;
  departmentId: string | null;
  departmentName: string;
  rank: number | null;
  totalCenti: number | null;
  grade: string | null;
  /** graded people of the department (as frozen at launch) */
  people: number;
  peopleMeanCenti: number | null;
  excellent: number;
};

export type TotalsSummary = {
  count: number;
  meanCenti: number | null;
  medianCenti: number | null;
  minCenti: number | null;
  maxCenti: number | null;
};

export type CycleSummary = {
  scoring: ScoringSummary;
  /** null before the snapshot: no totals exist yet */
  results: {
    totals: TotalsSummary;
    distribution: Awaited<ReturnType<typeof gradeDistribution>>;
    departments: DepartmentRankRow[];
  } | null;
};

async function sheetScoring(cycleId: string, subjectType: SubjectType): Promise<SheetScoring> {
  const where = { cycleId, subjectType };
  const [total, complete, notStarted, autoOnly] = await Promise.all([
    db.appraisalSheet.count({ where }),
    db.appraisalSheet.count({
      where: { ...where, assignments: { some: {}, every: { scoredAt: { not: null } } } },
    }),
    db.appraisalSheet.count({
      where: { ...where, assignments: { some: {}, none: { scoredAt: { not: null } } } },
    }),
    db.appraisalSheet.count({ where: { ...where, assignments: { none: {} } } }),
  ]);
  return {
    total,
    complete,
    notStarted,
    autoOnly,
    partial: total - complete - notStarted - autoOnly,
  };
}

/** The cycle's sheets by scoring state, and its tasks scored and late (unscored past their due date). */
export async function scoringSummary(cycleId: string, now: Date): Promise<ScoringSummary> {
  const where = { sheet: { cycleId } };
  const [person, department, total, scored, late] = await Promise.all([
    sheetScoring(cycleId, "PERSON"),
    sheetScoring(cycleId, "DEPARTMENT"),
    db.appraisalAssignment.count({ where }),
    db.appraisalAssignment.count({ where: { ...where, scoredAt: { not: null } } }),
    db.appraisalAssignment.count({ where: { ...where, scoredAt: null, dueAt: { lt: now } } }),
  ]);
  return { sheets: { PERSON: person, DEPARTMENT: department }, tasks: { total, scored, late } };
}

/** Mean, median, lowest and highest final total of the graded people, in hundredths (half up). */
async function personTotals(cycleId: string): Promise<TotalsSummary> {
  const where = { cycleId, subjectType: "PERSON", finalTotalCenti: { not: null } };
  const agg = await db.appraisalSheet.aggregate({
    where,
    _count: { finalTotalCenti: true },
    _sum: { finalTotalCenti: true },
    _min: { finalTotalCenti: true },
    _max: { finalTotalCenti: true },
  });
  const n = agg._count.finalTotalCenti;
  if (n === 0)
    return { count: 0, meanCenti: null, medianCenti: null, minCenti: null, maxCenti: null };
  const middle = await db.appraisalSheet.findMany({
    where,
    select: { finalTotalCenti: true },
    orderBy: [{ finalTotalCenti: "asc" }, { id: "asc" }],
    skip: Math.floor((n - 1) / 2),
    take: n % 2 === 1 ? 1 : 2,
  });
  const mid = middle.map((m) => m.finalTotalCenti!);
  return {
    count: n,
    meanCenti: divideRoundHalfUp(Number(agg._sum.finalTotalCenti ?? 0), n),
    medianCenti: mid.length === 1 ? mid[0] : divideRoundHalfUp(mid[0] + mid[1], 2),
    minCenti: agg._min.finalTotalCenti,
    maxCenti: agg._max.finalTotalCenti,
  };
}

/** The department sheets best first, each with its people's mean total and 优秀 count. */
async function departmentRanking(
  cycleId: string,
  byDept: readonly DeptDistribution[],
): Promise<DepartmentRankRow[]> {
  const [sheets, means] = await Promise.all([
    db.appraisalSheet.findMany({
      where: { cycleId, subjectType: "DEPARTMENT" },
      select: {
        id: true,
        departmentId: true,
        subjectName: true,
        rankOverall: true,
        finalTotalCenti: true,
        finalGrade: true,
      },
    }),
    db.appraisalSheet.groupBy({
      by: ["departmentId"],
      where: { cycleId, subjectType: "PERSON", finalTotalCenti: { not: null } },
      _count: { finalTotalCenti: true },
      _sum: { finalTotalCenti: true },
    }),
  ]);
  const mean = new Map(means.map((m) => [m.departmentId, m]));
  const excellent = new Map(byDept.map((d) => [d.departmentId, d.counts.EXCELLENT]));
  const rows = sheets.map((s) => {
    const m = mean.get(s.departmentId);
    const n = m?._count.finalTotalCenti ?? 0;
    return {
      sheetId: s.id,
      departmentId: s.departmentId,
      departmentName: s.subjectName,
      rank: s.rankOverall,
      totalCenti: s.finalTotalCenti,
      grade: s.finalGrade,
      people: n,
      peopleMeanCenti: n > 0 ? divideRoundHalfUp(Number(m!._sum.finalTotalCenti ?? 0), n) : null,
      excellent: excellent.get(s.departmentId) ?? 0,
    };
  });
  // Ranked first, by rank; unranked (no total) after, by name.
  return rows.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.departmentName.localeCompare(b.departmentName, "zh-CN"),
  );
}

/** The 院 summary of a cycle; null for a viewer without appraisal.read. */
export async function cycleSummary(
  v: AppraisalViewer,
  cycleId: string,
  now: Date,
): Promise<CycleSummary | null> {
  if (!readsAllSheets(v)) return null;
  const cycle = await db.appraisalCycle.findUnique({
    where: { id: cycleId },
    select: { snapshotAt: true },
  });
  if (!cycle) return null;
  const scoring = await scoringSummary(cycleId, now);
  if (!cycle.snapshotAt) return { scoring, results: null };
  const [totals, distribution] = await Promise.all([
    personTotals(cycleId),
    gradeDistribution(cycleId),
  ]);
  const departments = await departmentRanking(cycleId, distribution.departments);
  return { scoring, results: { totals, distribution, departments } };
}

export type HeadDistribution = {
  target: GradeDistribution;
  departments: DeptDistribution[];
};

/**
 * The grade distribution of each department the viewer heads (as frozen on
 * the sheets), against the 院's target; null when they head none in this
 * cycle or may not see results yet (before the 公示).
 */
export async function headedDistribution(
  v: AppraisalViewer,
  cycleId: string,
): Promise<HeadDistribution | null> {
  const [cycle, headed] = await Promise.all([
    db.appraisalCycle.findUnique({
      where: { id: cycleId },
      select: { status: true, distribution: true, snapshotAt: true },
    }),
    headedDepartments(v),
  ]);
  if (!cycle?.snapshotAt || headed.length === 0) return null;
  if (!showsResults(v, cycle.status as CycleState)) return null;
  const rows = await inSlices(headed, (ids) =>
    db.appraisalSheet.groupBy({
      by: ["departmentId", "departmentName", "finalGrade"],
      where: { cycleId, subjectType: "PERSON", departmentId: { in: ids } },
      _count: { _all: true },
    }),
  );
  if (rows.length === 0) return null;
  const byDept = new Map<string, DeptDistribution>();
  for (const r of rows) {
    const d = byDept.get(r.departmentId ?? "") ?? {
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      people: 0,
      counts: Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>,
    };
    if (r.finalGrade && (GRADES as readonly string[]).includes(r.finalGrade)) {
      d.people += r._count._all;
      d.counts[r.finalGrade as Grade] += r._count._all;
    }
    byDept.set(r.departmentId ?? "", d);
  }
  return {
    target: GradeDistribution.parse(JSON.parse(cycle.distribution)),
    departments: [...byDept.values()].sort((a, b) =>
      a.departmentName.localeCompare(b.departmentName, "zh-CN"),
    ),
  };
}
