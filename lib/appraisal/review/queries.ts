// Reads of 校准 for 政治处 (server-only; the pages check appraisal.read or
// appraisal.manage first): each department's grades against the target
// distribution and the person sheets to calibrate. The 异议 list is
// objection-list.ts.
import "server-only";

import { db } from "../../db";
import { excellentCap, GradeDistribution } from "../grades";
import { GRADES, type Grade } from "../labels";

export type DeptDistribution = {
  departmentId: string | null;
  departmentName: string;
  people: number;
  counts: Record<Grade, number>;
};

/** Grade counts per (frozen) department, in the database, and the 院's target distribution. */
export async function gradeDistribution(cycleId: string) {
  const [cycle, rows] = await Promise.all([
    db.appraisalCycle.findUniqueOrThrow({ where: { id: cycleId }, select: { distribution: true } }),
    db.appraisalSheet.groupBy({
      by: ["departmentId", "departmentName", "finalGrade"],
      where: { cycleId, subjectType: "PERSON" },
      _count: { _all: true },
    }),
  ]);
  const target = GradeDistribution.parse(JSON.parse(cycle.distribution));
  const byDept = new Map<string, DeptDistribution>();
  const empty = () => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  const all: DeptDistribution = {
    departmentId: null,
    departmentName: "全院",
    people: 0,
    counts: empty(),
  };
  for (const r of rows) {
    const k = r.departmentId ?? "";
    const d = byDept.get(k) ?? {
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      people: 0,
      counts: empty(),
    };
    const n = r._count._all;
    // Only graded people count; a department without any still lists (before the snapshot).
    if (r.finalGrade && (GRADES as readonly string[]).includes(r.finalGrade)) {
      d.people += n;
      all.people += n;
      d.counts[r.finalGrade as Grade] += n;
      all.counts[r.finalGrade as Grade] += n;
    }
    byDept.set(k, d);
  }
  // In the 院's own order of departments (as everywhere else), not by pinyin.
  const order = new Map(
    (
      await db.department.findMany({
        where: { id: { in: [...byDept.keys()].filter((k) => k !== "") } },
        select: { id: true, sortOrder: true },
      })
    ).map((d) => [d.id, d.sortOrder]),
  );
  const rankOf = (d: DeptDistribution) =>
    (d.departmentId ? order.get(d.departmentId) : undefined) ?? Number.MAX_SAFE_INTEGER;
  const departments = [...byDept.values()].sort(
    (a, b) => rankOf(a) - rankOf(b) || a.departmentName.localeCompare(b.departmentName, "zh-CN"),
  );
  return { target, excellentCap: excellentCap(all.people, target), all, departments };
}

/** Person sheets of a cycle with their final totals, best first, optionally of one department. */
export function listCalibrationSheets(cycleId: string, departmentId?: string) {
  return db.appraisalSheet.findMany({
    where: { cycleId, subjectType: "PERSON", ...(departmentId ? { departmentId } : {}) },
    select: {
      id: true,
      subjectName: true,
      departmentName: true,
      totalCenti: true,
      finalTotalCenti: true,
      finalGrade: true,
      rankOverall: true,
      rankInDept: true,
      _count: { select: { adjustments: true } },
    },
    orderBy: [{ rankOverall: "asc" }, { subjectName: "asc" }],
  });
}
export type CalibrationSheet = Awaited<ReturnType<typeof listCalibrationSheets>>[number];
