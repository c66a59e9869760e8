// 征文 scoring, pure. Each judge scores every rubric criterion of an entry
// 1–10; a judge's sheet counts once it covers every criterion, and its total
// is the sum of its scores. An entry's total is the MEAN of its complete
// sheets' totals (not their sum), so an entry a recused judge could not score
// (their own) is not penalised for having one sheet fewer. Totals are kept in
// hundredths (centi) as integers, so equal totals compare equal. Ranking:
// highest total first; equal totals share a rank and the next rank skips
// (1, 1, 3); entries with no complete sheet are unranked.
export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

export type ScoreCell = { entryId: string; judgeId: string; criterionId: string; score: number };

export type EntryTotal = {
  entryId: string;
  /** Mean of the complete sheets' totals, ×100 and rounded; null with no complete sheet. */
  totalCenti: number | null;
  /** How many judges have scored every criterion of this entry. */
  sheets: number;
};

export function isValidScore(n: number): boolean {
  return Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX;
}

/** Totals for each entry given, from the scores of the call's criteria (others ignored). */
export function entryTotals(
  entryIds: readonly string[],
  criterionIds: readonly string[],
  scores: readonly ScoreCell[],
): EntryTotal[] {
  const criteria = new Set(criterionIds);
  // entry → judge → criterion → score
  const sheets = new Map<string, Map<string, Map<string, number>>>();
  for (const s of scores) {
    if (!criteria.has(s.criterionId)) continue;
    const byJudge = sheets.get(s.entryId) ?? new Map<string, Map<string, number>>();
    sheets.set(s.entryId, byJudge);
    const sheet = byJudge.get(s.judgeId) ?? new Map<string, number>();
    byJudge.set(s.judgeId, sheet);
    sheet.set(s.criterionId, s.score);
  }
  return entryIds.map((entryId) => {
    const complete = [...(sheets.get(entryId)?.values() ?? [])].filter(
      (sheet) => criteria.size > 0 && sheet.size === criteria.size,
    );
    if (complete.length === 0) return { entryId, totalCenti: null, sheets: 0 };
    const sum = complete.reduce(
      (acc, sheet) => acc + [...sheet.values()].reduce((a, b) => a + b, 0),
      0,
    );
    return {
      entryId,
      totalCenti: Math.round((sum * 100) / complete.length),
      sheets: complete.length,
    };
  });
}

export type RankedEntry = EntryTotal & { rank: number | null };

/** Highest total first; ties share a rank and the next skips; unscored last, unranked, in input order. */
export function rankEntries(totals: readonly EntryTotal[]): RankedEntry[] {
  const scored = totals
    .map((t, i) => ({ t, i }))
    .filter((x) => x.t.totalCenti !== null)
    .sort((a, b) => b.t.totalCenti! - a.t.totalCenti! || a.i - b.i);
  const out: RankedEntry[] = [];
  scored.forEach(({ t }, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.totalCenti === t.totalCenti ? prev.rank : i + 1;
    out.push({ ...t, rank });
  });
  for (const t of totals) if (t.totalCenti === null) out.push({ ...t, rank: null });
  return out;
}

/** "27.33" from 2733; "—" when there is no total. */
export function formatTotal(centi: number | null): string {
  return centi === null ? "—" : (centi / 100).toFixed(2);
}
