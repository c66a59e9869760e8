// Ranking arithmetic, pure: people by points, departments by points per
// member. The points come from computePoints (lib/study/points/rules.ts).

export type Rankable = { id: string; name: string; points: number; tenths: number };

const collator = new Intl.Collator("zh-CN");

/**
 * Ranks people by points, highest first. Equal points share a rank and the
 * next rank skips (competition ranking: 1, 2, 2, 4). Within a tie the order is
 * more approved hours first, then by name (pinyin order), then by id.
 */
export function rankPeople<T extends Rankable>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) =>
      b.points - a.points ||
      b.tenths - a.tenths ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.points !== sorted[i - 1].points) rank = i + 1;
    return { ...row, rank };
  });
}

export type DepartmentTotal = { id: string; name: string; members: number; total: number };

/**
 * Ranks departments by points per member (so that large and small departments
 * compare fairly), with competition ranking on that figure; ties are ordered by
 * total, then name. perCapita is in hundredths, rounded.
 */
export function rankDepartments<T extends DepartmentTotal>(
  rows: readonly T[],
): (T & { perCapita: number; rank: number })[] {
  const withAvg = rows.map((d) => ({
    ...d,
    perCapita: d.members > 0 ? Math.round(d.total / d.members) : 0,
  }));
  withAvg.sort(
    (a, b) => b.perCapita - a.perCapita || b.total - a.total || collator.compare(a.name, b.name),
  );
  let rank = 0;
  return withAvg.map((row, i) => {
    if (i === 0 || row.perCapita !== withAvg[i - 1].perCapita) rank = i + 1;
    return { ...row, rank };
  });
}
