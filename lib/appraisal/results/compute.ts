// A cycle's results, computed: every indicator on every sheet (AUTO by its
// rule over the portal's records, or as frozen in the snapshot; MANUAL from
// its scoring tasks), each sheet's total by the published formula, the
// rankings (the 院, within each department, and of departments) and grades.
import "server-only";

import { db } from "../../db";
import { memo, memoKey } from "../../memo";
import { runRule } from "../auto/engine";
import type { AutoContext, AutoOutcome, Evidence } from "../auto/types";
import { assignGrades, GradeDistribution } from "../grades";
import type { Category, Grade } from "../labels";
import type { AutoRuleKey } from "../rules";
import { computeTotal, rankSheets, type IndicatorResult, type SheetTotal } from "../totals";
import { manualResult, type Task } from "./manual";

export type ResultCell = IndicatorResult & { detail: string; evidence: Evidence[] };

export type SheetOutcome = {
  id: string;
  subjectType: "PERSON" | "DEPARTMENT";
  userId: string | null;
  departmentId: string | null;
  subjectName: string;
  departmentName: string;
  results: Record<string, ResultCell>;
  total: SheetTotal;
  rankOverall: number | null;
  rankInDept: number | null;
  grade: Grade | null;
};

const applies = (target: string, type: string) =>
  target === "BOTH" || target === (type === "PERSON" ? "INDIVIDUAL" : "DEPARTMENT");

function stored(r: {
  kind: string;
  centi: number | null;
  detail: string | null;
  evidence: string | null;
}): ResultCell {
  const evidence = r.evidence ? (JSON.parse(r.evidence) as Evidence[]) : [];
  const detail = r.detail ?? "";
  if (r.kind === "SCORED" && r.centi !== null)
    return { kind: "SCORED", centi: r.centi, detail, evidence };
  return { kind: r.kind === "NA" ? "NA" : "PENDING", detail, evidence };
}

const fromAuto = (o: AutoOutcome): ResultCell =>
  o.kind === "SCORED"
    ? { kind: "SCORED", centi: o.centi, detail: o.detail, evidence: o.evidence }
    : { kind: "NA", detail: o.detail, evidence: o.evidence };

/**
 * How long one sheet's live page (and its evidence pages) may reuse its AUTO
 * figures, and the 院's reference level of a relative rule (学习积分, 检察文化参与:
 * the cohort's 80th percentile). The page says when they were computed; its
 * MANUAL scores are read fresh; a change of the points table drops them
 * (forgetLiveResults). The console, the exports and the snapshot always
 * compute everything afresh.
 */
export const LIVE_TTL_MS = 60_000;
const references = memo<number>({ ttlMs: LIVE_TTL_MS, max: 200 });
const liveAuto = memo<{ asOf: Date; cells: [string, ResultCell][] }>({
  ttlMs: LIVE_TTL_MS,
  max: 1000,
});

/** Drops every kept live figure: the next view of a sheet computes afresh. */
export function forgetLiveResults() {
  references.forget();
  liveAuto.forget();
}

export async function computeCycle(
  cycleId: string,
  opts: { now: Date; withEvidence: boolean; closing: boolean; sheetIds?: string[] },
) {
  const cycle = await db.appraisalCycle.findUniqueOrThrow({
    where: { id: cycleId },
    include: {
      categories: true,
      indicators: { orderBy: [{ categoryId: "asc" }, { position: "asc" }] },
    },
  });
  // One sheet's page (sheetIds) needs every sheet (the AUTO rules' cohort) but
  // only its own stored results and scoring tasks, and no ranking.
  const only = opts.sheetIds ? { sheetId: { in: opts.sheetIds } } : {};
  const [sheets, results, tasks] = await Promise.all([
    db.appraisalSheet.findMany({
      where: { cycleId },
      select: {
        id: true,
        subjectType: true,
        userId: true,
        departmentId: true,
        subjectName: true,
        departmentName: true,
      },
      orderBy: { subjectKey: "asc" },
    }),
    db.appraisalResult.findMany({ where: { sheet: { cycleId }, ...only } }),
    cycle.snapshotAt
      ? []
      : db.appraisalAssignment.findMany({
          where: { sheet: { cycleId }, ...only },
          select: {
            sheetId: true,
            indicatorId: true,
            scorerId: true,
            centi: true,
            notApplicable: true,
          },
        }),
  ]);
  const catOf = new Map(cycle.categories.map((c) => [c.id, c.category as Category]));
  const cells = new Map<string, ResultCell>();
  const key = (s: string, i: string) => `${s}|${i}`;
  for (const r of results) cells.set(key(r.sheetId, r.indicatorId), stored(r));

  let autoAsOf: Date | null = null;
  if (!cycle.snapshotAt) {
    const live = !!opts.sheetIds && !opts.closing;
    const run = async () => ({
      asOf: opts.now,
      cells: [...(await autoCells(cycle, sheets, opts, live))],
    });
    // One sheet's page keeps its AUTO figures for LIVE_TTL_MS and says when
    // they were computed; its MANUAL scores below are always read fresh.
    const auto = live
      ? await liveAuto.get(
          memoKey(
            `${cycleId}|${opts.sheetIds!.join(",")}|${opts.withEvidence ? "e" : "s"}`,
            opts.now,
            LIVE_TTL_MS,
          ),
          run,
        )
      : await run();
    autoAsOf = auto.asOf;
    for (const [k, c] of auto.cells) cells.set(k, c);
    const bySheet = new Map<string, Task[]>();
    for (const t of tasks) {
      const k = key(t.sheetId, t.indicatorId);
      bySheet.set(k, [...(bySheet.get(k) ?? []), t]);
    }
    for (const [k, ts] of bySheet)
      cells.set(k, { ...manualResult(ts, opts.closing), evidence: [] });
  }

  const inds = cycle.indicators.map((i) => ({
    id: i.id,
    category: catOf.get(i.categoryId)!,
    weight: i.weight,
    target: i.target,
  }));
  const cats = cycle.categories.map((c) => ({
    category: c.category as Category,
    weight: c.weight,
  }));
  const shown = opts.sheetIds ? sheets.filter((s) => opts.sheetIds!.includes(s.id)) : sheets;
  const outcomes: SheetOutcome[] = shown.map((s) => {
    const mine = inds.filter((i) => applies(i.target, s.subjectType));
    const res: Record<string, ResultCell> = {};
    for (const i of mine)
      res[i.id] = cells.get(key(s.id, i.id)) ?? { kind: "PENDING", detail: "", evidence: [] };
    return {
      id: s.id,
      subjectType: s.subjectType as "PERSON" | "DEPARTMENT",
      userId: s.userId,
      departmentId: s.departmentId,
      subjectName: s.subjectName,
      departmentName: s.departmentName,
      results: res,
      total: computeTotal(cats, mine, res),
      rankOverall: null,
      rankInDept: null,
      grade: null,
    };
  });
  if (!opts.sheetIds)
    rankAndGrade(outcomes, GradeDistribution.parse(JSON.parse(cycle.distribution)));
  return { cycle, outcomes, autoAsOf };
}

function rankAndGrade(outcomes: SheetOutcome[], dist: GradeDistribution) {
  const complete = (type: string) =>
    outcomes
      .filter((o) => o.subjectType === type && o.total.complete)
      .map((o) => ({
        o,
        id: o.id,
        totalCenti: (o.total as { totalCenti: number }).totalCenti,
        byCategory: o.total.byCategory,
      }));
  const people = rankSheets(complete("PERSON"));
  for (const r of people) r.o.rankOverall = r.rank;
  const grades = assignGrades(people, dist);
  for (const r of people) r.o.grade = grades.get(r.id) ?? null;
  for (const r of rankSheets(complete("DEPARTMENT"))) r.o.rankOverall = r.rank;
  const depts = new Set(people.map((p) => p.o.departmentId));
  for (const d of depts)
    for (const r of rankSheets(people.filter((p) => p.o.departmentId === d)))
      r.o.rankInDept = r.rank;
}

/** The AUTO indicators' results, keyed "sheetId|indicatorId", for the sheets asked for (all by default). */
async function autoCells(
  cycle: {
    id: string;
    periodStart: Date;
    periodEnd: Date;
    indicators: { id: string; type: string; rule: string | null; target: string }[];
  },
  sheets: {
    id: string;
    subjectType: string;
    userId: string | null;
    departmentId: string | null;
  }[],
  opts: { now: Date; withEvidence: boolean; sheetIds?: string[] },
  live: boolean,
): Promise<Map<string, ResultCell>> {
  const people = sheets.filter((s) => s.subjectType === "PERSON");
  const wanted = opts.sheetIds ? new Set(opts.sheetIds) : null;
  // One sheet's page keeps the 院's reference levels (p80 of the cohort) for
  // LIVE_TTL_MS, and tallies only its own person; the console, the exports
  // and the snapshot compute everything afresh.
  const reference = live
    ? (rule: string, compute: () => Promise<number>) =>
        references.get(memoKey(`${cycle.id}|${rule}`, opts.now, LIVE_TTL_MS), compute)
    : undefined;
  const ctxFor = (target: string): AutoContext => ({
    from: cycle.periodStart,
    to: cycle.periodEnd,
    now: opts.now,
    withEvidence: opts.withEvidence,
    cohort: people.map((s) => s.userId!),
    reference,
    people: people
      .filter((s) => applies(target, "PERSON") && (!wanted || wanted.has(s.id)))
      .map((s) => ({ sheetId: s.id, userId: s.userId!, departmentId: s.departmentId })),
    departments: sheets
      .filter(
        (s) =>
          s.subjectType === "DEPARTMENT" &&
          applies(target, "DEPARTMENT") &&
          (!wanted || wanted.has(s.id)),
      )
      .map((s) => ({
        sheetId: s.id,
        departmentId: s.departmentId!,
        memberIds: people.filter((p) => p.departmentId === s.departmentId).map((p) => p.userId!),
      })),
  });
  const autos = cycle.indicators.filter((x) => x.type === "AUTO");
  const runs = new Map<string, Promise<Map<string, AutoOutcome>>>();
  for (const i of autos) {
    const k = `${i.rule}|${i.target}`;
    if (!runs.has(k)) runs.set(k, runRule(i.rule as AutoRuleKey, ctxFor(i.target)));
  }
  const done = new Map(await Promise.all([...runs].map(async ([k, p]) => [k, await p] as const)));
  const out = new Map<string, ResultCell>();
  for (const i of autos)
    for (const [sheetId, o] of done.get(`${i.rule}|${i.target}`)!)
      out.set(`${sheetId}|${i.id}`, fromAuto(o));
  return out;
}
