// The shapes every AUTO rule shares: who is scored (the people and
// departments of a cycle, as frozen at launch), and what a rule returns for
// each sheet — a score with the exact records behind it, or "does not apply".
import { divideRoundHalfUp } from "../../scores";

export type PersonSubject = { sheetId: string; userId: string; departmentId: string | null };
export type DeptSubject = { sheetId: string; departmentId: string; memberIds: string[] };

export type AutoContext = {
  from: Date;
  to: Date;
  now: Date;
  people: PersonSubject[];
  departments: DeptSubject[];
  /**
   * Everyone the cycle scores (its person sheets), for rules that score
   * against the 院's own level (学习积分, 检察文化参与: the 80th percentile);
   * the same whichever sheets are being computed. Defaults to `people`.
   */
  cohort?: string[];
  /**
   * Keeps the cohort's reference level of a relative rule: called with the
   * rule and the computation over the whole cohort. One sheet's page passes
   * a memo (lib/appraisal/results/compute.ts), so that it tallies only its
   * own person and reuses the 院's level; without it, people and cohort are
   * tallied together in one query.
   */
  reference?: (rule: string, compute: () => Promise<number>) => Promise<number>;
  /**
   * Also list the records behind each score (the snapshot, the evidence
   * page). Without it a rule computes its scores by aggregates alone.
   */
  withEvidence: boolean;
};

/** Kinds of record an AUTO score can rest on; ids of composite rows are "a:b". */
export const EVIDENCE_TYPES = [
  "StudyAttendance",
  "StudyLog",
  "LiaisonReport",
  "TalkCampaignMember",
  "Consultation",
  "FollowUp",
  "ConductRecord",
  "EssayEntry",
  "ClubMember",
  "CultureRegistration",
  "Photo",
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** A group of records behind a score: `counted` are the ones the formula's numerator counts. */
export type Evidence = { type: EvidenceType; label: string; ids: string[] };

export type AutoOutcome =
  | { kind: "SCORED"; centi: number; detail: string; evidence: Evidence[] }
  | { kind: "NA"; detail: string; evidence: Evidence[] };

export type RuleResults = Map<string, AutoOutcome>;

/** part ÷ whole as a score in hundredths (100 % = 10000), rounded half up. */
export function ratioCenti(part: number, whole: number): number {
  return divideRoundHalfUp(part * 10000, whole);
}

/** "18 ÷ 20 = 90.00%" */
export function ratioText(what: string, part: number, of: string, whole: number): string {
  return `${what} ${part} ÷ ${of} ${whole} = ${(ratioCenti(part, whole) / 100).toFixed(2)}%`;
}

/**
 * A ratio outcome: NA when there is nothing to measure, otherwise the share
 * in hundredths, with the records behind it (when asked for).
 */
export function ratioOutcome(
  t: { part: number; whole: number; evidence: Evidence[] },
  words: { part: string; whole: string; none: string },
): AutoOutcome {
  if (t.whole === 0) return { kind: "NA", detail: words.none, evidence: [] };
  return {
    kind: "SCORED",
    centi: ratioCenti(t.part, t.whole),
    detail: ratioText(words.part, t.part, words.whole, t.whole),
    evidence: t.evidence,
  };
}

/**
 * The reference level of a relative rule: the 80th percentile (nearest rank)
 * of the cohort's values; 0 when most of the cohort has nothing.
 */
export function p80(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.8 * sorted.length) - 1)];
}

/** value ÷ reference × 100, at most 100, in hundredths; null when the reference is 0. */
export function relativeCenti(value: number, reference: number): number | null {
  if (reference <= 0) return null;
  return Math.min(10000, divideRoundHalfUp(Math.max(0, value) * 10000, reference));
}

/**
 * The values of the people a relative rule scores, and the cohort's
 * reference level (p80 of `points` over the cohort). `tally` reads the values
 * of the given users in one grouped query.
 */
export async function cohortValues<V>(
  ctx: AutoContext,
  rule: string,
  tally: (userIds: string[]) => Promise<Map<string, V>>,
  points: (v: V | undefined) => number,
): Promise<{ values: Map<string, V>; line: number }> {
  const own = ctx.people.map((p) => p.userId);
  const cohort = ctx.cohort ?? own;
  const lineOf = (all: Map<string, V>) => p80(cohort.map((u) => points(all.get(u))));
  if (!ctx.reference) {
    const values = await tally([...new Set([...cohort, ...own])]);
    return { values, line: lineOf(values) };
  }
  const [values, line] = await Promise.all([
    tally(own),
    ctx.reference(rule, async () => lineOf(await tally(cohort))),
  ]);
  return { values, line };
}
