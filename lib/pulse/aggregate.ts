// Turns the database's per-cell sums into the figures of the shown groups.
// Pure: the cells come from one grouped query (lib/pulse/queries.ts) and the
// groups from maskGroups, so nothing here can show a group it did not allow.
import type { LayerKey, MaskedGroups, PulseCell } from "../people/masking";
import type { GroupSizes } from "./release";

/** Answers with one value, to one question, in one cell (department group × age layer, null = 不分年龄层). */
export type AnswerCell = {
  departmentId: string | null;
  ageLayer: LayerKey;
  questionId: string;
  value: number;
  n: number;
};

export type QuestionFigures = { questionId: string; mean: number | null; counts: number[] };
export type GroupFigures = { key: string; n: number; means: (number | null)[] };

const round2 = (x: number) => Math.round(x * 100) / 100;

function figures(rows: AnswerCell[], questionIds: string[]): QuestionFigures[] {
  return questionIds.map((questionId) => {
    const counts = [0, 0, 0, 0, 0];
    let sum = 0;
    for (const r of rows) {
      if (r.questionId !== questionId || r.value < 1 || r.value > 5) continue;
      counts[r.value - 1] += r.n;
      sum += r.value * r.n;
    }
    const n = counts.reduce((s, c) => s + c, 0);
    return { questionId, mean: n ? round2(sum / n) : null, counts };
  });
}

/** Overall figures and the means of every shown group; nothing when the whole round is too small. */
export function summarise(masked: MaskedGroups, rows: AnswerCell[], questionIds: string[]) {
  if (!masked.showTotal) return { overall: [], departments: [], ageGroups: null };
  const means = (match: (r: AnswerCell) => boolean) =>
    figures(rows.filter(match), questionIds).map((f) => f.mean);
  return {
    overall: figures(rows, questionIds),
    departments: masked.departments.map((g): GroupFigures => ({
      key: g.key,
      n: g.n,
      means: means((r) => g.departmentIds.includes(r.departmentId)),
    })),
    ageGroups:
      masked.ageGroups?.map((g): GroupFigures => ({
        key: g.key,
        n: g.n,
        means: means((r) => g.layers.includes(r.ageLayer)),
      })) ?? null,
  };
}

/**
 * The population of each shown department group (active business staff when
 * the round was released), the base of its response rate, or null when the
 * round has no snapshot. 其他部门's stored null stands for every department
 * not named in the round's responses, and for staff with no department.
 */
export function groupPopulations(
  groups: readonly { key: string; departmentIds: (string | null)[] }[],
  cells: readonly PulseCell[],
  stored: string | null,
): Record<string, number> | null {
  if (!stored) return null;
  let sizes: GroupSizes;
  try {
    sizes = JSON.parse(stored) as GroupSizes;
  } catch {
    return null;
  }
  const popOf = (id: string) => Object.values(sizes[id] ?? {}).reduce((s, n) => s + (n ?? 0), 0);
  const total = Object.keys(sizes).reduce((s, id) => s + popOf(id), 0);
  const named = new Set(cells.map((c) => c.departmentId).filter((d): d is string => d !== null));
  const rest = total - [...named].reduce((s, id) => s + popOf(id), 0);
  return Object.fromEntries(
    groups.map((g) => [
      g.key,
      g.departmentIds.reduce((s, id) => s + (id === null ? rest : popOf(id)), 0),
    ]),
  );
}

/** A group's mean is highlighted when below 3 (一般) or 0.3 below the mean of all groups. */
export const LOW_FLOOR = 3;
export const LOW_GAP = 0.3;

/** Each question's mean over all groups, weighted by their respondents. */
export function pooledMeans(groups: readonly GroupFigures[], count: number): (number | null)[] {
  return Array.from({ length: count }, (_, i) => {
    let n = 0;
    let sum = 0;
    for (const g of groups) {
      const m = g.means[i];
      if (m === null || m === undefined) continue;
      n += g.n;
      sum += m * g.n;
    }
    return n > 0 ? sum / n : null;
  });
}

export function isLow(m: number | null, pooled: number | null): boolean {
  if (m === null) return false;
  return m < LOW_FLOOR || (pooled !== null && pooled - m >= LOW_GAP - 1e-9);
}
