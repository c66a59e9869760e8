// The seed's dated plans whose titles follow the anchor (prisma/seed/clock.ts),
// in a module without database or crypto imports so that the e2e tests can
// name what the seed created for today's anchor: the pulse rounds and the
// current talk campaign.
import { CLOCK, quarterLabel, SEED_ANCHOR, storyAt, wallParts, type SeedClock } from "./clock";

const DAY = 24 * 3600_000;

export type PulseRoundPlan = {
  /** The story month key: the round's stable id and its place in the story. */
  key: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  mood: number;
  reform?: boolean;
  extra?: string;
  /** The open round: the share of people who have answered so far. */
  done?: number;
};

type StoryRound = {
  key: string;
  opens: string;
  mood: number;
  reform?: boolean;
  special?: string;
  extra?: string;
};

/** Nine closed rounds, quarterly plus a special one in the reform, as written for 2026-11-01. */
const STORY_ROUNDS: StoryRound[] = [
  { key: "2024-12", opens: "2024-12-02", mood: 0.05 },
  { key: "2025-03", opens: "2025-03-17", mood: -0.5, reform: true },
  {
    key: "2025-05",
    opens: "2025-05-12",
    mood: -0.85,
    reform: true,
    special: "司法责任制改革专项思想状况测评",
    extra: "我认为本院入额工作公开、公平、公正",
  },
  { key: "2025-06", opens: "2025-06-16", mood: -0.6, reform: true },
  { key: "2025-09", opens: "2025-09-15", mood: -0.15 },
  { key: "2025-12", opens: "2025-12-01", mood: 0.05 },
  { key: "2026-03", opens: "2026-03-16", mood: 0.15 },
  { key: "2026-06", opens: "2026-06-15", mood: 0.2 },
  { key: "2026-09", opens: "2026-09-14", mood: 0.2 },
];

/**
 * The rounds for this seed's anchor. A closed quarterly round is named for the
 * quarter it opened in, or for the quarter before when it opened in the first
 * month of a quarter (it looks back on that one), so no two share a name. The
 * open round is named for the anchor's quarter; it opened on the 1st of the
 * anchor's month (a week before the anchor when that is less than a week ago)
 * and closes on the 1st of the month after next.
 */
export function pulseRoundPlans(clock: SeedClock = CLOCK): PulseRoundPlan[] {
  const closed = STORY_ROUNDS.map((r): PulseRoundPlan => {
    const opensAt = storyAt(r.opens, clock);
    const firstMonthOfQuarter = (wallParts(opensAt).month - 1) % 3 === 0;
    const title =
      r.special ?? `${quarterLabel(opensAt, firstMonthOfQuarter ? -1 : 0)}干警思想状况测评`;
    return {
      key: r.key,
      title,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 14 * DAY),
      mood: r.mood,
      reform: r.reform,
      extra: r.extra,
    };
  });
  const monthStart = storyAt("2026-11-01", clock);
  const weekBefore = new Date(clock.anchor.getTime() - 7 * DAY);
  const open: PulseRoundPlan = {
    key: "2026-11",
    title: `${quarterLabel(clock.anchor)}干警思想状况测评`,
    opensAt: monthStart < weekBefore ? monthStart : weekBefore,
    closesAt: storyAt("2027-01-01", clock),
    mood: 0.2,
    done: 0.45,
  };
  return [...closed, open];
}

/** The open pulse round's title and the newest closed quarterly round's, for this seed's anchor. */
export function pulseTitles(clock: SeedClock = CLOCK): { open: string; lastClosed: string } {
  const plans = pulseRoundPlans(clock);
  return { open: plans[plans.length - 1].title, lastClosed: plans[plans.length - 2].title };
}

/** The current talk campaign's window (story 2026-09-01 … 12-31) and its title, named for its months. */
export function currentTalkCampaign(clock: SeedClock = CLOCK): {
  startsOn: Date;
  endsOn: Date;
  title: string;
} {
  const startsOn = storyAt("2026-09-01", clock);
  const endsOn = storyAt("2026-12-31", clock);
  const a = wallParts(startsOn),
    b = wallParts(endsOn);
  return {
    startsOn,
    endsOn,
    title: `${a.year}年${a.month}月至${b.year === a.year ? "" : `${b.year}年`}${b.month}月谈心谈话全覆盖`,
  };
}

export { SEED_ANCHOR };
