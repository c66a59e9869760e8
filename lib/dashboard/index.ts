// The sentiment index (思想状况指数) and everything derived from it: the 院
// line, the department × month heatmap with pulse masking, and the early
// warnings. Pure: the database work (lib/dashboard/queries.ts) hands in
// per-group sums and counts, never single answers. docs/sentiment-index.md
// states the formula with a worked example; tests/unit/dashboard-index.test.ts
// checks it against hand arithmetic.
import type { AgeLayer } from "../people/age";
import { maskDepartments, OTHER_GROUP, type PulseCell } from "../people/masking";
import { allComplete, headlineOf, type Headline, type MonthStatus } from "./completeness";
import { assessWarning, type Assessment } from "./warnings";

export const PULSE_WEIGHT = 0.6;
export const MOOD_WEIGHT = 0.4;
/** The key of the whole-院 row. */
export const ALL_GROUP = "ALL";
export { OTHER_GROUP };

/** A closed pulse round and the Shanghai month its closesAt falls in. */
export type RoundInput = { id: string; month: string };
/** Sums over the answers of one round × department (null = 其他部门) × age layer (null = 不分年龄层), from the database. */
export type PulseAggregate = {
  roundId: string;
  departmentId: string | null;
  ageLayer: AgeLayer | null;
  sum: number;
  answers: number;
  responses: number;
};
/** Moods of one department's non-draft periodic reports for one month, from the database. */
export type MoodAggregate = {
  departmentId: string;
  month: string;
  /** the sum of the reports' mood parts, moodScore(mood, stability) */
  sum: number;
  count: number;
  reportId: string | null;
};
export type DepartmentInput = { id: string; name: string };

export type ValueCell = {
  kind: "value";
  index: number;
  /** mean pulse answer (1–5), when the group was shown */
  pulse: number | null;
  /** mean liaison mood (1–5) */
  mood: number | null;
  /** pulse respondents behind `pulse` (always ≥ 5 when set) */
  n: number | null;
  /** the rounds that produced `pulse` */
  roundIds: string[];
  /** the department's report for the month (department rows only) */
  reportId: string | null;
};
/** empty: no data; masked: the month had a pulse round but this department's group was not shown. */
export type Cell = ValueCell | { kind: "empty" } | { kind: "masked" };

export type HeatRow = {
  key: string;
  name: string;
  cells: Cell[];
  /** 其他部门 only: per month, the departments merged into it */
  members?: string[][];
};

/** A department's warning: the assessment of lib/dashboard/warnings.ts, with the department. */
export type Warning = Assessment & { departmentId: string; name: string };

export type Sentiment = {
  months: string[];
  /** per month: closed, coverage and whether it counts (lib/dashboard/completeness.ts) */
  status: MonthStatus[];
  /** the latest complete 院 month and "较上月" */
  headline: Headline | null;
  overall: HeatRow;
  departments: HeatRow[];
  other: HeatRow | null;
  warnings: Warning[];
};

export function round1(x: number): number {
  // The nudge keeps x.x5 values that float arithmetic lands just below from rounding down.
  return Math.round(x * 10 + 1e-9) / 10;
}

/** The liaison's stability judgement on a periodic report. */
export type Stability = "STABLE" | "MOSTLY_STABLE" | "FLUCTUATING";
/**
 * What the stability judgement takes off the 1–5 mood, in mood steps: the
 * mood part then moves in quarter steps (6.25 index points) instead of whole
 * ones (25). docs/sentiment-index.md, "Why this formula", has the evaluation.
 */
export const STABILITY_PENALTY: Record<Stability, number> = {
  STABLE: 0,
  MOSTLY_STABLE: 0.25,
  FLUCTUATING: 0.5,
};

/** The mood part of one report: the mood less its stability penalty, never below 1. */
export function moodScore(mood: number, stability: string): number {
  return Math.max(1, mood - (STABILITY_PENALTY[stability as Stability] ?? 0));
}

/** Index = 100 × [0.6·(P−1)/4 + 0.4·(M−1)/4], or the one part that exists, or null. */
export function sentimentIndex(pulse: number | null, mood: number | null): number | null {
  const p = pulse === null ? null : (pulse - 1) / 4;
  const m = mood === null ? null : (mood - 1) / 4;
  const raw = p !== null && m !== null ? PULSE_WEIGHT * p + MOOD_WEIGHT * m : (p ?? m);
  return raw === null ? null : round1(100 * raw);
}

type Acc = { sum: number; answers: number; n: number; rounds: Set<string> };
const newAcc = (): Acc => ({ sum: 0, answers: 0, n: 0, rounds: new Set() });
const add = (acc: Acc, a: PulseAggregate) => {
  acc.sum += a.sum;
  acc.answers += a.answers;
  acc.n += a.responses;
  acc.rounds.add(a.roundId);
};

/** The pulse groups that maskDepartments shows in one month, accumulated over that month's rounds. */
function pulseForMonth(rounds: RoundInput[], byRound: Map<string, PulseAggregate[]>) {
  const total = newAcc();
  const departments = new Map<string, Acc>();
  const other = newAcc();
  const otherMembers = new Set<string>();
  for (const r of rounds) {
    const aggs = byRound.get(r.id) ?? [];
    const cells: PulseCell[] = aggs.map((a) => ({
      departmentId: a.departmentId,
      ageLayer: a.ageLayer,
      n: a.responses,
    }));
    const masked = maskDepartments(cells);
    if (!masked.showTotal) continue;
    // Each aggregate to its shown group, by a lookup rather than a scan per group.
    const groupOf = new Map<string | null, string>();
    for (const g of masked.departments) for (const id of g.departmentIds) groupOf.set(id, g.key);
    for (const g of masked.departments)
      if (g.key === OTHER_GROUP) for (const id of g.departmentIds) if (id) otherMembers.add(id);
    for (const a of aggs) {
      add(total, a);
      const key = groupOf.get(a.departmentId);
      if (key === undefined) continue;
      if (key === OTHER_GROUP) add(other, a);
      else {
        const acc = departments.get(key) ?? newAcc();
        add(acc, a);
        departments.set(key, acc);
      }
    }
  }
  return { total, departments, other, otherMembers };
}

const meanOf = (acc: Acc) => (acc.answers > 0 ? acc.sum / acc.answers : null);

function valueCell(
  acc: Acc | null,
  mood: { sum: number; count: number; reportId: string | null } | null,
): Cell {
  const pulse = acc ? meanOf(acc) : null;
  const m = mood && mood.count > 0 ? mood.sum / mood.count : null;
  const index = sentimentIndex(pulse, m);
  if (index === null) return { kind: "empty" };
  return {
    kind: "value",
    index,
    pulse,
    mood: m,
    n: pulse === null ? null : acc!.n,
    roundIds: pulse === null ? [] : [...acc!.rounds],
    reportId: mood?.reportId ?? null,
  };
}

/**
 * Builds the 院 row, the department rows, the 其他部门 row, the headline and
 * the warnings over `months` (oldest first). `status` says which months are
 * complete (every month when left out); the cells of the others are computed
 * but never become the headline or a warning.
 */
export function buildSentiment(input: {
  months: string[];
  departments: DepartmentInput[];
  rounds: RoundInput[];
  pulse: PulseAggregate[];
  moods: MoodAggregate[];
  status?: MonthStatus[];
}): Sentiment {
  const { months } = input;
  const status = input.status ?? allComplete(months);
  const byRound = new Map<string, PulseAggregate[]>();
  for (const a of input.pulse) {
    const list = byRound.get(a.roundId);
    if (list) list.push(a);
    else byRound.set(a.roundId, [a]);
  }
  const moodOf = new Map(input.moods.map((m) => [`${m.departmentId}|${m.month}`, m]));
  const moodOfGroup = (ids: Iterable<string>, month: string) => {
    let sum = 0,
      count = 0;
    for (const id of ids) {
      const m = moodOf.get(`${id}|${month}`);
      if (!m) continue;
      sum += m.sum;
      count += m.count;
    }
    return count > 0 ? { sum, count, reportId: null } : null;
  };
  const allIds = input.departments.map((d) => d.id);

  const overall: HeatRow = { key: ALL_GROUP, name: "全院", cells: [] };
  const rows: HeatRow[] = input.departments.map((d) => ({ key: d.id, name: d.name, cells: [] }));
  const other: HeatRow = { key: OTHER_GROUP, name: "其他部门", cells: [], members: [] };
  const hasPulseData = new Set(
    input.pulse.filter((a) => a.departmentId && a.responses > 0).map((a) => a.departmentId!),
  );

  for (const month of months) {
    const rounds = input.rounds.filter((r) => r.month === month);
    if (rounds.length === 0) {
      overall.cells.push(valueCell(null, moodOfGroup(allIds, month)));
      rows.forEach((row) =>
        row.cells.push(valueCell(null, moodOf.get(`${row.key}|${month}`) ?? null)),
      );
      other.cells.push({ kind: "empty" });
      other.members!.push([]);
      continue;
    }
    const p = pulseForMonth(rounds, byRound);
    overall.cells.push(valueCell(p.total.n > 0 ? p.total : null, moodOfGroup(allIds, month)));
    for (const row of rows) {
      const acc = p.departments.get(row.key);
      // No mood-only fallback here: it would show which departments fell below n ≥ 5.
      row.cells.push(
        acc ? valueCell(acc, moodOf.get(`${row.key}|${month}`) ?? null) : { kind: "masked" },
      );
    }
    other.cells.push(
      p.other.n > 0 ? valueCell(p.other, moodOfGroup(p.otherMembers, month)) : { kind: "empty" },
    );
    other.members!.push(
      input.departments.filter((d) => p.otherMembers.has(d.id)).map((d) => d.name),
    );
  }

  // A department is listed when it has a report in the window or pulse answers of its own.
  const listed = rows.filter(
    (row) => hasPulseData.has(row.key) || months.some((m) => moodOf.has(`${row.key}|${m}`)),
  );
  return {
    months,
    status,
    headline: headlineOf(months, overall.cells, status),
    overall,
    departments: listed,
    other: other.cells.some((c) => c.kind !== "empty") ? other : null,
    warnings: findWarnings(listed, months, status),
  };
}

/**
 * Each department's shown values in complete months, assessed by
 * assessWarning (lib/dashboard/warnings.ts): 显著 first, then by drop.
 * Masked, empty and incomplete months are gaps, so a warning is always built
 * from numbers the heatmap itself shows as final.
 */
export function findWarnings(
  rows: HeatRow[],
  months: string[],
  status: MonthStatus[] = allComplete(months),
): Warning[] {
  const out: Warning[] = [];
  for (const row of rows) {
    const series = months.map((month, i) => {
      const c = row.cells[i];
      const shown = c.kind === "value" && status[i].complete;
      return shown
        ? { month, index: c.index, n: c.n, mood: c.mood !== null }
        : { month, index: null };
    });
    const a = assessWarning(series);
    if (a) out.push({ ...a, departmentId: row.key, name: row.name });
  }
  const rank = (w: Warning) => (w.level === "SIGNIFICANT" ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || b.drop - a.drop);
}
