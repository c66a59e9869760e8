// 入额 scoring, pure: the weighted total of a registrant and the ranking of a
// round. Scores are kept in hundredths of a point ("centi"), weights in whole
// percent, and the total is out of 100, also in hundredths.

export type ScoredComponent = { id: string; weight: number; maxScore: number };
export type Contender = {
  id: string;
  registeredAt: Date;
  scores: Readonly<Record<string, number | undefined>>;
};
export type RankedRow = { id: string; totalCenti: number | null; rank: number | null };

/**
 * Σ score / maxScore × weight, out of 100, in hundredths, rounded half up once
 * at the end; null while any component has no score.
 */
export function weightedTotalCenti(
  components: readonly ScoredComponent[],
  scores: Readonly<Record<string, number | undefined>>,
): number | null {
  let sum = 0;
  for (const c of components) {
    const centi = scores[c.id];
    if (centi === undefined) return null;
    // centi / 100 / maxScore × weight points = centi × weight / maxScore hundredths
    sum += (centi * c.weight) / c.maxScore;
  }
  // The epsilon keeps an exact .5 that floating point lands just under from rounding down.
  return Math.floor(sum + 0.5 + 1e-9);
}

/**
 * Orders two contenders: total desc; ties broken by the first component (笔试)
 * desc, then the second (业绩考核) desc, then the earlier registration. Returns 0
 * only when they are equal on all of these.
 */
export function compareContenders(
  components: readonly ScoredComponent[],
  a: { totalCenti: number; c: Contender },
  b: { totalCenti: number; c: Contender },
): number {
  if (a.totalCenti !== b.totalCenti) return b.totalCenti - a.totalCenti;
  for (const comp of components.slice(0, 2)) {
    const d = (b.c.scores[comp.id] ?? 0) - (a.c.scores[comp.id] ?? 0);
    if (d !== 0) return d;
  }
  return a.c.registeredAt.getTime() - b.c.registeredAt.getTime();
}

/**
 * Totals for everyone with complete scores; ranks only once every contender
 * is complete (a partial ranking would be published by mistake). Equal on
 * every criterion → the same rank, and the next rank skips (1, 1, 3).
 * Rows come back best first; incomplete ones last, in input order.
 */
export function rankContenders(
  components: readonly ScoredComponent[],
  contenders: readonly Contender[],
): { complete: boolean; rows: RankedRow[] } {
  const totals = contenders.map((c) => ({
    c,
    totalCenti: weightedTotalCenti(components, c.scores),
  }));
  const done = totals.filter(
    (t): t is { c: Contender; totalCenti: number } => t.totalCenti !== null,
  );
  const complete = contenders.length > 0 && done.length === contenders.length;
  const sorted = [...done].sort((a, b) => compareContenders(components, a, b));
  const rows: RankedRow[] = [];
  sorted.forEach((t, i) => {
    const prev = sorted[i - 1];
    const rank = !complete
      ? null
      : prev && compareContenders(components, prev, t) === 0
        ? rows[i - 1].rank
        : i + 1;
    rows.push({ id: t.c.id, totalCenti: t.totalCenti, rank });
  });
  for (const t of totals)
    if (t.totalCenti === null) rows.push({ id: t.c.id, totalCenti: null, rank: null });
  return { complete, rows };
}
