// The essay-call vocabulary: award levels in display order, and their Chinese labels.
export const AWARDS = ["FIRST", "SECOND", "THIRD", "EXCELLENCE"] as const;
export type Award = (typeof AWARDS)[number];

export const AWARD_LABELS: Record<Award, string> = {
  FIRST: "一等奖",
  SECOND: "二等奖",
  THIRD: "三等奖",
  EXCELLENCE: "优秀奖",
};

export function awardLabel(award: string | null | undefined): string {
  return award && award in AWARD_LABELS ? AWARD_LABELS[award as Award] : "";
}

/** Where a call stands at `now`: before its window, open, closed (judging), or results out. */
export type CallPhase = "UPCOMING" | "OPEN" | "CLOSED" | "PUBLISHED";

export const PHASE_LABELS: Record<CallPhase, string> = {
  UPCOMING: "未开始",
  OPEN: "征集中",
  CLOSED: "评审中",
  PUBLISHED: "已公布",
};

export function callPhase(
  call: { opensAt: Date; closesAt: Date; resultsPublishedAt: Date | null },
  now: Date,
): CallPhase {
  if (call.resultsPublishedAt) return "PUBLISHED";
  if (now < call.opensAt) return "UPCOMING";
  if (now < call.closesAt) return "OPEN";
  return "CLOSED";
}
