// The seed's clock: the demo data is anchored to the day it is seeded.
//
// The story (two years of 院 history: the 区院合并, the 2025 司法责任制改革
// and 入额, 第四检察部's trouble…) is written as of STORY_TODAY, 2026-11-01.
// Seeding maps it onto the anchor day, "today" in Asia/Shanghai (or
// SEED_TODAY=YYYY-MM-DD), in two ways:
//   - history moves by whole calendar months (story(), storyKey(), storyText()),
//     so that the story's month becomes the anchor's month: report periods,
//     pulse rounds and month-by-month figures keep their calendar structure,
//     and the day of the month and the time of day stay as written;
//   - what is "recent" or "upcoming" (open consultations, the open pulse round,
//     pending reviews, recent letters and notifications, upcoming activities,
//     follow-ups due soon or overdue) is placed relative to the anchor itself,
//     SEED_ANCHOR = 00:00 Asia/Shanghai on the anchor day (daysBefore(), ago()).
// Nothing depends on the real clock but the anchor day itself, so two seeds
// on the same anchor day give the same rows. (The one exception,
// passwordChangedAt, is explained in prisma/seed.ts.)

const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_MS = 8 * 60 * 60 * 1000;

/** The day the story was written for: its "today". */
export const STORY_TODAY = "2026-11-01";
/** The earliest and latest anchors: two years of history and two months ahead stay inside 2000…2100. */
export const EARLIEST_ANCHOR = "2003-01-01";
export const LATEST_ANCHOR = "2100-10-31";

export type SeedClock = {
  /** The anchor day, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  /** 00:00 Asia/Shanghai on the anchor day: "now" for the seeded data. */
  anchor: Date;
  /** Whole calendar months from the story's month to the anchor's month. */
  monthShift: number;
};

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
}

/** The anchor day: SEED_TODAY when set (validated), otherwise today in Asia/Shanghai. */
export function resolveSeedToday(
  value: string | undefined = process.env.SEED_TODAY,
  now: Date = new Date(),
): string {
  const today = value?.trim() ? value.trim() : shanghaiToday(now);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  const valid = m && new Date(`${today}T00:00:00Z`).toISOString().slice(0, 10) === today;
  if (!valid) throw new Error(`SEED_TODAY 须为 YYYY-MM-DD 格式的有效日期：${today}`);
  if (today < EARLIEST_ANCHOR || today > LATEST_ANCHOR)
    throw new Error(`SEED_TODAY 须在 ${EARLIEST_ANCHOR} 至 ${LATEST_ANCHOR} 之间：${today}`);
  return today;
}

export function makeSeedClock(today: string): SeedClock {
  const [y, m] = today.split("-").map(Number);
  const [sy, sm] = STORY_TODAY.split("-").map(Number);
  return {
    today,
    anchor: new Date(`${today}T00:00:00+08:00`),
    monthShift: (y - sy) * 12 + (m - sm),
  };
}

/** The clock of this seed run. */
export const CLOCK: SeedClock = makeSeedClock(resolveSeedToday());

/** "Now" in the demo data: 00:00 Asia/Shanghai on the anchor day. */
export const SEED_ANCHOR = CLOCK.anchor;
/** The old name of SEED_ANCHOR: the instant the seeded data is current at. */
export const SEED_REFERENCE_DATE = SEED_ANCHOR;

// ---- calendar arithmetic (Asia/Shanghai wall time) ------------------------------

type Wall = { y: number; m: number; d: number; ms: number };

function wallOf(t: Date): Wall {
  const local = new Date(t.getTime() + SHANGHAI_MS);
  const ms =
    local.getTime() - Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(), ms };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromWall(y: number, m: number, d: number, ms: number): Date {
  return new Date(Date.UTC(y, m - 1, d) + ms - SHANGHAI_MS);
}

/** `t` moved by whole calendar months, same day of month (clamped to the month's end) and time of day. */
export function addMonths(t: Date, months: number): Date {
  const w = wallOf(t);
  const index = w.y * 12 + (w.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromWall(y, m, Math.min(w.d, daysInMonth(y, m)), w.ms);
}

// ---- the story, moved onto the anchor -------------------------------------------

/** A story date (as written for 2026-11-01) moved onto the anchor: `y-m-d hh:mm` Asia/Shanghai plus the month shift. */
export function story(
  year: number,
  month: number,
  day: number,
  hour = 9,
  minute = 0,
  clock: SeedClock = CLOCK,
): Date {
  const index = year * 12 + (month - 1) + clock.monthShift;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromWall(y, m, Math.min(day, daysInMonth(y, m)), (hour * 60 + minute) * 60_000);
}

/** story() from "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (00:00 when no time is given). */
export function storyAt(iso: string, clock: SeedClock = CLOCK): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`storyAt: bad date ${iso}`);
  return story(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    clock,
  );
}

/** A story month key ("2025-03") moved onto the anchor. */
export function storyKey(key: string, clock: SeedClock = CLOCK): string {
  const [y, m] = key.split("-").map(Number);
  const index = y * 12 + (m - 1) + clock.monthShift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The year of a story year as seen from a story date: how far that date's year moved. */
export function storyYearAt(
  year: number,
  at: [number, number, number],
  clock: SeedClock = CLOCK,
): number {
  return year + (wallOf(story(at[0], at[1], at[2], 12, 0, clock)).y - at[0]);
}

/**
 * A story text written on story date `at`, with its dates moved like the
 * events: "2025年2月17日", "3月19日", "10月中旬" move by the month shift; a
 * bare year ("2026年度", "2025 年") and an anniversary ("104周年") by as many
 * years as `at` itself moved.
 */
export function storyText(
  text: string,
  at: [number, number, number],
  clock: SeedClock = CLOCK,
): string {
  const years = wallOf(story(at[0], at[1], at[2], 12, 0, clock)).y - at[0];
  const month = (y: number, m: number) => {
    const index = y * 12 + (m - 1) + clock.monthShift;
    return { y: Math.floor(index / 12), m: (index % 12) + 1 };
  };
  const clampDay = (y: number, m: number, d: number) => Math.min(d, daysInMonth(y, m));
  return text
    .replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, y, m, d) => {
      const t = month(Number(y), Number(m));
      return `${t.y}年${t.m}月${clampDay(t.y, t.m, Number(d))}日`;
    })
    .replace(/(?<![\d年])(\d{1,2})月(\d{1,2})日/g, (_, m, d) => {
      const t = month(at[0], Number(m));
      return `${t.m}月${clampDay(t.y, t.m, Number(d))}日`;
    })
    .replace(
      /(?<![\d年])(\d{1,2})( ?)月(上旬|中旬|下旬|初|底)/g,
      (_, m, sp, part) => `${month(at[0], Number(m)).m}${sp}月${part}`,
    )
    .replace(/(?<!\d)(\d{4})( ?)年(?!\d{1,2}月\d)/g, (_, y, sp) => `${Number(y) + years}${sp}年`)
    .replace(/(?<!\d)(\d{2,3})周年/g, (_, n) => `${Number(n) + years}周年`);
}

/** The quarter of a date, "2026年第四季度". */
export function quarterLabel(t: Date, offset = 0): string {
  const w = wallOf(t);
  const index = w.y * 4 + Math.floor((w.m - 1) / 3) + offset;
  return `${Math.floor(index / 4)}年第${"一二三四"[index % 4]}季度`;
}

/** The YYYY-MM month key of a date (Asia/Shanghai). */
export function monthKeyOf(t: Date): string {
  const w = wallOf(t);
  return `${w.y}-${String(w.m).padStart(2, "0")}`;
}

/** The Asia/Shanghai wall-clock parts of a date. */
export function wallParts(t: Date): { year: number; month: number; day: number } {
  const w = wallOf(t);
  return { year: w.y, month: w.m, day: w.d };
}

/** When the portal went live: two years of history before the anchor's month. */
export const SEED_LAUNCH_DATE = story(2024, 11, 1, 9, 0);
/** The first day of the anchor's month, 00:00 Asia/Shanghai: where the moved history ends. */
export const STORY_MONTH_START = story(2026, 11, 1, 0, 0);

// ---- relative to the anchor -----------------------------------------------------

/** `days` before the anchor, at hh:mm Asia/Shanghai. */
export function daysBefore(days: number, hour = 9, minute = 0): Date {
  return new Date(SEED_ANCHOR.getTime() - days * DAY_MS + (hour * 60 + minute) * 60 * 1000);
}

/** `days` after the anchor, at hh:mm Asia/Shanghai. */
export function daysAfter(days: number, hour = 9, minute = 0): Date {
  return daysBefore(-days, hour, minute);
}

/** A story calendar date (y, m, d) moved onto the anchor, at 09:00 Asia/Shanghai. */
export function shanghaiDate(year: number, month: number, day: number): Date {
  return story(year, month, day, 9, 0);
}

export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function earlierOf(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
