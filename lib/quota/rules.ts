// 入额遴选 phases, pure: which step a round is at, by its status and the
// calendar. Dates are Shanghai calendar days stored as that day's 00:00; a
// window includes its last day.
const DAY_MS = 24 * 3600_000;

export type RoundDates = {
  status: string;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  publicityStartsOn: Date | null;
  publicityEndsOn: Date | null;
};

export type Phase =
  | "REG_UPCOMING"
  | "REG_OPEN"
  | "REG_CLOSED"
  | "SCORING"
  | "PUBLICITY_UPCOMING"
  | "PUBLICITY"
  | "PUBLICITY_ENDED"
  | "CONCLUDED";

export const PHASE_LABELS: Record<Phase, string> = {
  REG_UPCOMING: "报名未开始",
  REG_OPEN: "报名中",
  REG_CLOSED: "报名已截止",
  SCORING: "评分中",
  PUBLICITY_UPCOMING: "待公示",
  PUBLICITY: "公示中",
  PUBLICITY_ENDED: "公示期满",
  CONCLUDED: "已结束",
};

/** Registration is open on the days from the opening day through the closing day. */
export function registrationOpen(r: RoundDates, now: Date): boolean {
  return (
    r.status === "REGISTRATION" &&
    now >= r.registrationOpensAt &&
    now.getTime() < r.registrationClosesAt.getTime() + DAY_MS
  );
}

/** The 公示 is over once its last day has passed. */
export function publicityEnded(r: RoundDates, now: Date): boolean {
  return r.publicityEndsOn !== null && now.getTime() >= r.publicityEndsOn.getTime() + DAY_MS;
}

export function roundPhase(r: RoundDates, now: Date): Phase {
  switch (r.status) {
    case "REGISTRATION":
      if (now < r.registrationOpensAt) return "REG_UPCOMING";
      return registrationOpen(r, now) ? "REG_OPEN" : "REG_CLOSED";
    case "SCORING":
      return "SCORING";
    case "PUBLICITY":
      if (publicityEnded(r, now)) return "PUBLICITY_ENDED";
      return r.publicityStartsOn && now < r.publicityStartsOn ? "PUBLICITY_UPCOMING" : "PUBLICITY";
    default:
      return "CONCLUDED";
  }
}
