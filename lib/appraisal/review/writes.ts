// 校准 and 异议 writes (server-only). Every change of a total is an
// AppraisalAdjustment with its reason, before → after. In 校准 the 院 is
// re-ranked and re-graded from the adjusted totals (the cycle is not yet
// published); an objection's adjustment changes that sheet's total and, if
// 政治处 says so, its grade, and re-ranks, without moving anyone else's grade.
import "server-only";

import type { Tx } from "../../db";
import { ConflictError, NotFoundError } from "../../errors";
import { assignGrades, GradeDistribution } from "../grades";
import { CYCLE_STATES, type Category, type CycleState, type Grade } from "../labels";
import { allows, refusal, type CycleChange } from "../states";
import { rankSheets } from "../totals";

export const SHEET_NOT_FOUND = "考评表不存在或您无权查看";

/**
 * A sheet for a change its cycle's state must allow. The cycle's row is
 * claimed first by a conditional update, which holds it until the
 * transaction ends: a move of the state waits for the change (or the change
 * is refused after the move), and two changes of one cycle run one after the
 * other, so that each re-ranks from the other's totals and each adjustment
 * starts where the previous one ended. The sheet is read under the claim.
 */
export async function loadSheetFor(tx: Tx, sheetId: string, change: CycleChange) {
  const found = await tx.appraisalSheet.findUnique({
    where: { id: sheetId },
    select: { cycleId: true },
  });
  if (!found) throw new NotFoundError(SHEET_NOT_FOUND);
  const claimed = await tx.appraisalCycle.updateMany({
    where: { id: found.cycleId, status: { in: CYCLE_STATES.filter((s) => allows(s, change)) } },
    data: { updatedAt: new Date() },
  });
  const sheet = await tx.appraisalSheet.findUniqueOrThrow({
    where: { id: sheetId },
    include: { cycle: true },
  });
  if (claimed.count !== 1) {
    const state = sheet.cycle.status as CycleState;
    throw new ConflictError(refusal(state, change));
  }
  return sheet;
}

/** Ranks (and, when `regrade`, grades) the cycle's person sheets again from their final totals. */
export async function rerank(tx: Tx, cycleId: string, regrade: boolean) {
  const [cycle, sheets] = await Promise.all([
    tx.appraisalCycle.findUniqueOrThrow({ where: { id: cycleId }, select: { distribution: true } }),
    tx.appraisalSheet.findMany({
      where: { cycleId, subjectType: "PERSON", finalTotalCenti: { not: null } },
      select: { id: true, departmentId: true, finalTotalCenti: true, categoryCenti: true },
    }),
  ]);
  const rows = sheets.map((s) => ({
    id: s.id,
    departmentId: s.departmentId,
    totalCenti: s.finalTotalCenti!,
    byCategory: JSON.parse(s.categoryCenti ?? "{}") as Partial<Record<Category, number>>,
  }));
  const overall = rankSheets(rows);
  const grades = regrade
    ? assignGrades(overall, GradeDistribution.parse(JSON.parse(cycle.distribution)))
    : new Map<string, Grade>();
  const inDept = new Map<string, number>();
  for (const d of new Set(rows.map((r) => r.departmentId)))
    for (const r of rankSheets(rows.filter((x) => x.departmentId === d))) inDept.set(r.id, r.rank);
  for (const r of overall)
    await tx.appraisalSheet.update({
      where: { id: r.id },
      data: {
        rankOverall: r.rank,
        rankInDept: inDept.get(r.id) ?? null,
        ...(regrade ? { finalGrade: grades.get(r.id) ?? null } : {}),
      },
    });
}
