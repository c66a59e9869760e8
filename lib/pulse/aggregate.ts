// Turns the database's per-cell sums into the figures of the shown groups.
// Pure: the cells come from one grouped query (lib/pulse/queries.ts) and the
// groups from maskGroups, so nothing here can show a group it did not allow.
import type { LayerKey, MaskedGroups } from "../people/masking";

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
