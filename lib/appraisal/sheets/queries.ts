// One sheet as its reader sees it (server-only): every indicator with its
// result (live while 打分中, from the snapshot after), the category scores,
// the total, ranks and grade, the adjustments and the objection; and the
// records behind one AUTO result. A sheet outside sheetVisibleTo is null,
// exactly as one that does not exist; reading another's sheet is audited.
import "server-only";

import { auditRead } from "../../audit/read";
import type { Viewer } from "../../auth/session";
import { db } from "../../db";
import { relationTo, sheetVisibleTo } from "../access";
import type { Evidence } from "../auto/types";
import type { Category } from "../labels";
import { computeCycle, type ResultCell } from "../results/compute";
import { evidenceRows } from "./evidence";

/** A result as a sheet shows it: the evidence stays on the evidence page. */
export type CellView =
  { kind: "SCORED"; centi: number; detail: string } | { kind: "NA" | "PENDING"; detail: string };

async function findSheet(v: Viewer, cycleId: string, sheetId: string, action: string) {
  const sheet = await db.appraisalSheet.findFirst({
    where: { AND: [{ id: sheetId, cycleId }, await sheetVisibleTo(v)] },
    select: {
      id: true,
      cycleId: true,
      subjectType: true,
      userId: true,
      departmentId: true,
      subjectName: true,
      departmentName: true,
      position: true,
      prosecutor: true,
      totalCenti: true,
      categoryCenti: true,
      rankInDept: true,
      rankOverall: true,
      grade: true,
      finalTotalCenti: true,
      finalGrade: true,
      cycle: { select: { status: true, snapshotAt: true, publicityEndsAt: true } },
    },
  });
  if (!sheet || sheet.userId !== v.id)
    await auditRead(v, { action, objectType: "AppraisalSheet", objectId: sheetId, found: !!sheet });
  if (!sheet) return null;
  return { sheet, relation: await relationTo(v, sheet) };
}

/** Every result of a sheet: stored after the snapshot, computed now before it. */
async function resultsOf(
  sheet: { id: string; cycleId: string; cycle: { snapshotAt: Date | null } },
  withEvidence: boolean,
): Promise<{
  cells: Record<string, ResultCell>;
  byCategory: Partial<Record<Category, number>>;
  liveTotal: number | null;
  /** When the live AUTO figures were computed (kept for LIVE_TTL_MS); null once snapshotted. */
  autoAsOf: Date | null;
}> {
  if (!sheet.cycle.snapshotAt) {
    const { outcomes, autoAsOf } = await computeCycle(sheet.cycleId, {
      now: new Date(),
      withEvidence,
      closing: false,
      sheetIds: [sheet.id],
    });
    const o = outcomes.find((x) => x.id === sheet.id)!;
    const liveTotal = o.total.complete ? o.total.totalCenti : null;
    return { cells: o.results, byCategory: o.total.byCategory, liveTotal, autoAsOf };
  }
  const rows = await db.appraisalResult.findMany({ where: { sheetId: sheet.id } });
  const cells: Record<string, ResultCell> = {};
  for (const r of rows) {
    const evidence = r.evidence ? (JSON.parse(r.evidence) as Evidence[]) : [];
    const detail = r.detail ?? "";
    cells[r.indicatorId] =
      r.kind === "SCORED" && r.centi !== null
        ? { kind: "SCORED", centi: r.centi, detail, evidence }
        : { kind: r.kind === "NA" ? "NA" : "PENDING", detail, evidence };
  }
  return { cells, byCategory: {}, liveTotal: null, autoAsOf: null };
}

export async function getSheet(v: Viewer, cycleId: string, sheetId: string) {
  const found = await findSheet(v, cycleId, sheetId, "appraisal.sheet.read");
  if (!found) return null;
  const { sheet, relation } = found;
  const [{ cells, byCategory, liveTotal, autoAsOf }, adjustments, objection] = await Promise.all([
    resultsOf(sheet, false),
    db.appraisalAdjustment.findMany({
      where: { sheetId: sheet.id },
      select: {
        id: true,
        kind: true,
        beforeCenti: true,
        afterCenti: true,
        beforeGrade: true,
        afterGrade: true,
        reason: true,
        createdAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.appraisalObjection.findUnique({
      where: { sheetId: sheet.id },
      select: { id: true, body: true, filedAt: true, status: true, answer: true, answeredAt: true },
    }),
  ]);
  const stored = sheet.categoryCenti
    ? (JSON.parse(sheet.categoryCenti) as Partial<Record<Category, number>>)
    : byCategory;
  return {
    sheet,
    relation,
    results: Object.fromEntries(
      Object.entries(cells).map(([k, c]) => [k, { ...c, evidence: undefined }]),
    ) as Record<string, CellView>,
    byCategory: stored,
    liveTotal,
    autoAsOf,
    adjustments,
    // The objection's text is the person's own; others see only that one was filed.
    objection:
      objection && (relation === "SELF" || relation === "READER")
        ? objection
        : objection
          ? { ...objection, body: "" }
          : null,
  };
}
export type SheetView = NonNullable<Awaited<ReturnType<typeof getSheet>>>;

/** The records behind one AUTO result of a sheet, grouped by the evidence's label. */
export async function getSheetEvidence(
  v: Viewer,
  cycleId: string,
  sheetId: string,
  indicatorId: string,
) {
  const found = await findSheet(v, cycleId, sheetId, "appraisal.evidence.read");
  if (!found) return null;
  const { sheet, relation } = found;
  const indicator = await db.appraisalIndicator.findFirst({
    where: { id: indicatorId, cycleId, type: "AUTO" },
    select: { id: true, name: true, rule: true, weight: true },
  });
  if (!indicator) return null;
  const { cells, autoAsOf } = await resultsOf(sheet, true);
  const cell = cells[indicator.id];
  if (!cell) return null;
  return {
    sheet,
    relation,
    indicator,
    cell: { ...cell, evidence: undefined },
    autoAsOf,
    groups: await evidenceRows(relation, cell.evidence),
  };
}
