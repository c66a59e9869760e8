// The department's mood trend, pure: its own reports' mood by month beside the
// index cell the leadership dashboard shows for it. Pulse figures come only as
// the dashboard's masked groups: the department's own group (n ≥ 5), or the
// 其他部门 group it was merged into; no other cut is computed here.

/** A cell of the dashboard's heatmap (lib/dashboard), as far as this reads it. */
type Cell =
  | { kind: "value"; index: number; pulse: number | null; n: number | null }
  | { kind: "empty" }
  | { kind: "masked" };

export type MoodInput = {
  months: string[];
  status: { complete: boolean; reported: number; expected: number }[];
  overall: Cell[];
  cells: Cell[];
  merged: (Cell | null)[];
  moods: { id: string; month: string; mood: number; stability: string }[];
};

export type MoodRow = {
  month: string;
  /** the department's own report: mood 1–5 and stability, or null when none was submitted */
  mood: number | null;
  stability: string | null;
  reportId: string | null;
  /** the department's index as the dashboard shows it, or null (no data, or pulse merged) */
  index: number | null;
  /** the pulse group shown for the month: its own, or 其他部门 it was merged into */
  pulse: { mean: number; n: number; group: "OWN" | "OTHER" } | null;
  /** the month had a pulse round but no group of the department's is shown */
  masked: boolean;
  overall: number | null;
  complete: boolean;
  coverage: string | null;
};

const valueOf = (c: Cell | null | undefined) => (c && c.kind === "value" ? c : null);

/** The last `count` months, oldest first. */
export function moodTrend(input: MoodInput, count: number): MoodRow[] {
  const moodOf = new Map(input.moods.map((m) => [m.month, m]));
  const from = Math.max(0, input.months.length - count);
  return input.months.slice(from).map((month, j) => {
    const i = from + j;
    const own = valueOf(input.cells[i]);
    const other = valueOf(input.merged[i]);
    const status = input.status[i];
    const m = moodOf.get(month) ?? null;
    const pulse =
      own && own.pulse !== null && own.n !== null
        ? { mean: own.pulse, n: own.n, group: "OWN" as const }
        : other && other.pulse !== null && other.n !== null
          ? { mean: other.pulse, n: other.n, group: "OTHER" as const }
          : null;
    return {
      month,
      mood: m?.mood ?? null,
      stability: m?.stability ?? null,
      reportId: m?.id ?? null,
      index: own?.index ?? null,
      pulse,
      masked: input.cells[i]?.kind === "masked",
      overall: valueOf(input.overall[i])?.index ?? null,
      complete: status.complete,
      coverage: status.complete ? null : `已报 ${status.reported}/${status.expected} 个部门`,
    };
  });
}
