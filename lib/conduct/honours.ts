// The honours wall: confirmed commendations and innovation recognitions,
// public within the 院, by year and level. Discipline and findings never
// appear here (the where names the two honour categories); drafts and revoked
// records neither. Searched by person or honour (issue 15 item 5) and ordered
// within each year and level by date, person or honour through the URL; the
// headline figures count the wall before the keyword.
//
// The wall grows by a year at a time, so it is read a year at a time: the
// database picks the year (and, for a keyword, the years that hold a match,
// counted per year), and that year's rows are matched and ordered here, where
// the honour's phrase (省级“业务标兵”) and the names' pinyin order exist.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { shanghaiYear, shanghaiYearRange } from "../dates";
import { db } from "../db";
import type { Sort } from "../list-sort";
import { describeKind, kindLabel, KINDS_BY_CATEGORY, levelLabel, LEVELS } from "./labels";
import { honourGroups } from "./rules";
import type { HonoursFilter, HonourSort } from "./schemas";

const HONOUR_CATEGORIES = ["COMMENDATION", "INNOVATION"];
const HONOUR_KINDS = [...KINDS_BY_CATEGORY.COMMENDATION, ...KINDS_BY_CATEGORY.INNOVATION];
const BASE = { status: "CONFIRMED", category: { in: HONOUR_CATEGORIES } };
const zh = new Intl.Collator("zh-CN");

/** The order in effect within each group: a declared column of the URL, else the newest first. */
export function honourSortOf(f: Partial<HonoursFilter>): Sort<HonourSort> {
  if (!f.sort) return { key: "occurredOn", dir: "desc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "occurredOn" ? "desc" : "asc") };
}

export type WallRow = {
  id: string;
  category: string;
  kind: string;
  honourTitle: string | null;
  level: string | null;
  occurredOn: Date;
  issuer: string;
  title: string;
  year: number;
  person: string;
  department: string;
};

/** Whether a row matches the keyword: the person's name, the honour, or what it was for. */
export const honourMatches = (r: WallRow, q: string) =>
  [r.person, r.honourTitle ?? "", describeKind(r), r.title].some((t) => t.includes(q));

/**
 * The rows honourMatches may keep, as a where: every row it keeps, perhaps a
 * few more. The phrase of describeKind (市级记功, 省级“业务标兵”) is matched
 * through the levels and kinds whose words hold the keyword; a keyword across
 * the phrase's quotes reads the year whole.
 */
export function honourKeywordWhere(q: string | undefined): Prisma.ConductRecordWhereInput {
  if (!q) return {};
  if (/[“”]/.test(q)) return {};
  const phrases: Prisma.ConductRecordWhereInput[] = [];
  for (const kind of HONOUR_KINDS) {
    for (const level of LEVELS)
      if (`${levelLabel(level)}${kindLabel(kind)}`.includes(q)) phrases.push({ kind, level });
  }
  return {
    OR: [
      { subjectUser: { realName: { contains: q } } },
      { honourTitle: { contains: q } },
      { title: { contains: q } },
      ...phrases,
    ],
  };
}

const inYear = (year: number | undefined) => (year ? { occurredOn: shanghaiYearRange(year) } : {});

/** Every year from the first honour to the last, newest first. */
export async function honourYears(): Promise<number[]> {
  const span = await db.conductRecord.aggregate({
    where: BASE,
    _min: { occurredOn: true },
    _max: { occurredOn: true },
  });
  if (!span._min.occurredOn || !span._max.occurredOn) return [];
  const first = shanghaiYear(span._min.occurredOn);
  const last = shanghaiYear(span._max.occurredOn);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The headline: the wall of the year (or of every year) before the keyword, in 人次. */
export async function honourFigures(year?: number) {
  const where = { ...BASE, ...inYear(year) };
  const [total, provincialCity] = await Promise.all([
    db.conductRecord.count({ where }),
    // The article's figure: 省、市级 业务标兵/业务能手/岗位能手.
    db.conductRecord.count({
      where: { ...where, kind: "HONOUR", level: { in: ["PROVINCE", "CITY"] } },
    }),
  ]);
  return { total, provincialCity };
}

/** How many honours of each year may match the keyword (honourKeywordWhere), one count a year. */
export async function honourYearCounts(years: readonly number[], q: string | undefined) {
  const where = { ...BASE, ...honourKeywordWhere(q) };
  const counts = await Promise.all(
    years.map((y) => db.conductRecord.count({ where: { ...where, ...inYear(y) } })),
  );
  return new Map(years.map((y, i) => [y, counts[i]]));
}

/** One year's wall, matched and ordered: groups by level (highest first), and how many. */
export async function listHonours(year: number, f: Partial<HonoursFilter> = {}) {
  const rows = await db.conductRecord.findMany({
    where: { ...BASE, ...inYear(year), ...honourKeywordWhere(f.q) },
    orderBy: [{ occurredOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      category: true,
      kind: true,
      honourTitle: true,
      level: true,
      occurredOn: true,
      issuer: true,
      title: true,
      subjectUser: {
        select: { id: true, realName: true, department: { select: { name: true } } },
      },
    },
  });
  const wall: WallRow[] = rows.map(({ subjectUser, ...r }) => ({
    ...r,
    year: shanghaiYear(r.occurredOn),
    person: subjectUser?.realName ?? "—",
    department: subjectUser?.department?.name ?? "",
  }));
  const { key, dir } = honourSortOf(f);
  const sign = dir === "asc" ? 1 : -1;
  const cmp: Record<HonourSort, (a: WallRow, b: WallRow) => number> = {
    occurredOn: (a, b) => a.occurredOn.getTime() - b.occurredOn.getTime(),
    person: (a, b) => zh.compare(a.person, b.person),
    title: (a, b) => zh.compare(describeKind(a), describeKind(b)),
  };
  // Stable: ties keep the newest-first order of the query.
  const shown = (f.q ? wall.filter((r) => honourMatches(r, f.q!)) : wall).sort(
    (a, b) => sign * cmp[key](a, b),
  );
  return { groups: honourGroups(shown, LEVELS), shown: shown.length };
}
