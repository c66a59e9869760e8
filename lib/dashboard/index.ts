// The sentiment index (思想状况指数) and everything derived from it: the 院
// line, the department × month heatmap with pulse masking, and the early
// warnings. Pure: the database work (lib/dashboard/queries.ts) hands in
// per-group sums and counts, never single answers. docs/sentiment-index.md
// states the formula with a worked example; tests/unit/dashboard-index.test.ts
// checks it against hand arithmetic.
import type { AgeLayer } from "../people/age";
import { maskGroups, OTHER_GROUP, type PulseCell } from "../people/masking";

export const PULSE_WEIGHT = 0.6;
export const MOOD_WEIGHT = 0.4;
/** A department warns when its latest index is at least this many points below its baseline. */
export const WARNING_THRESHOLD = 8;
/** The baseline is the mean over this many months before the latest month with data. */
export const BASELINE_MONTHS = 6;
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

export type Warning = {
  departmentId: string;
  name: string;
  month: string;
  latest: number;
  baseline: number;
  drop: number;
  baselineMonths: string[];
};

export type Sentiment = {
  months: string[];
  overall: HeatRow;
  departments: HeatRow[];
  other: HeatRow | null;
  warnings: Warning[];
};

export function round1(x: number): number {
  // The nudge keeps x.x5 values that float arithmetic lands just below from rounding down.
  return Math.round(x * 10 + 1e-9) / 10;
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

/** The pulse groups that maskGroups shows in one month, accumulated over that month's rounds. */
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
    const masked = maskGroups(cells);
    if (!masked.showTotal) continue;
    for (const a of aggs) add(total, a);
    for (const g of masked.departments) {
      const members = aggs.filter((a) => g.departmentIds.includes(a.departmentId));
      if (g.key === OTHER_GROUP) {
        for (const a of members) add(other, a);
        for (const id of g.departmentIds) if (id) otherMembers.add(id);
      } else {
        const acc = departments.get(g.key) ?? newAcc();
        for (const a of members) add(acc, a);
        departments.set(g.key, acc);
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

/** Builds the 院 row, the department rows, the 其他部门 row and the warnings over `months` (oldest first). */
export function buildSentiment(input: {
  months: string[];
  departments: DepartmentInput[];
  rounds: RoundInput[];
  pulse: PulseAggregate[];
  moods: MoodAggregate[];
}): Sentiment {
  const { months } = input;
  const byRound = new Map<string, PulseAggregate[]>();
  for (const a of input.pulse) byRound.set(a.roundId, [...(byRound.get(a.roundId) ?? []), a]);
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
    overall,
    departments: listed,
    other: other.cells.some((c) => c.kind !== "empty") ? other : null,
    warnings: findWarnings(listed, months),
  };
}

/**
 * For each department: its latest month with an index, against the mean of
 * its indexes over the BASELINE_MONTHS months before (months without a shown
 * index are left out). Warns when latest ≤ baseline − WARNING_THRESHOLD.
 * Compared in tenths so that float error never decides a warning.
 */
export function findWarnings(rows: HeatRow[], months: string[]): Warning[] {
  const out: Warning[] = [];
  for (const row of rows) {
    let i = row.cells.length - 1;
    while (i >= 0 && row.cells[i].kind !== "value") i--;
    if (i < 0) continue;
    const latest = (row.cells[i] as ValueCell).index;
    const window = row.cells.slice(Math.max(0, i - BASELINE_MONTHS), i);
    const values = window.flatMap((c) => (c.kind === "value" ? [c.index] : []));
    if (values.length === 0) continue;
    const baseline = round1(values.reduce((s, v) => s + v, 0) / values.length);
    if (Math.round(latest * 10) <= Math.round(baseline * 10) - WARNING_THRESHOLD * 10) {
      out.push({
        departmentId: row.key,
        name: row.name,
        month: months[i],
        latest,
        baseline,
        drop: round1(baseline - latest),
        baselineMonths: months.slice(Math.max(0, i - BASELINE_MONTHS), i),
      });
    }
  }
  return out.sort((a, b) => b.drop - a.drop);
}
