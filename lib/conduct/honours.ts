// The honours wall: confirmed commendations and innovation recognitions,
// public within the 院, by year and level. Discipline and findings never
// appear here (the where names the two honour categories); drafts and revoked
// records neither. Searched by person or honour (issue 15 item 5) and ordered
// within each year and level by date, person or honour through the URL; the
// headline figures count the year's wall before the keyword.
import "server-only";

import { shanghaiYear, shanghaiYearRange } from "../dates";
import { db } from "../db";
import type { Sort } from "../list-sort";
import { describeKind, LEVELS } from "./labels";
import { honourGroups } from "./rules";
import type { HonoursFilter, HonourSort } from "./schemas";

const HONOUR_CATEGORIES = ["COMMENDATION", "INNOVATION"];
const zh = new Intl.Collator("zh-CN");

/** The order in effect within each group: a declared column of the URL, else the newest first. */
export function honourSortOf(f: Partial<HonoursFilter>): Sort<HonourSort> {
  if (!f.sort) return { key: "occurredOn", dir: "desc" };
  return { key: f.sort, dir: f.dir ?? (f.sort === "occurredOn" ? "desc" : "asc") };
}

type WallRow = {
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

export async function listHonours(year?: number, f: Partial<HonoursFilter> = {}) {
  const base = { status: "CONFIRMED", category: { in: HONOUR_CATEGORIES } };
  const [rows, span] = await Promise.all([
    db.conductRecord.findMany({
      where: { ...base, ...(year ? { occurredOn: shanghaiYearRange(year) } : {}) },
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
    }),
    db.conductRecord.aggregate({
      where: base,
      _min: { occurredOn: true },
      _max: { occurredOn: true },
    }),
  ]);
  const wall: WallRow[] = rows.map((r) => ({
    id: r.id,
    category: r.category,
    kind: r.kind,
    honourTitle: r.honourTitle,
    level: r.level,
    occurredOn: r.occurredOn,
    issuer: r.issuer,
    title: r.title,
    year: shanghaiYear(r.occurredOn),
    person: r.subjectUser?.realName ?? "—",
    department: r.subjectUser?.department?.name ?? "",
  }));
  const first = span._min.occurredOn ? shanghaiYear(span._min.occurredOn) : null;
  const last = span._max.occurredOn ? shanghaiYear(span._max.occurredOn) : null;
  const years =
    first !== null && last !== null
      ? Array.from({ length: last - first + 1 }, (_, i) => last - i)
      : [];
  // The article's figure: 省、市级 业务标兵/业务能手/岗位能手, in 人次.
  const provincialCity = wall.filter(
    (r) => r.kind === "HONOUR" && (r.level === "PROVINCE" || r.level === "CITY"),
  ).length;
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
  return {
    groups: honourGroups(shown, LEVELS),
    years,
    total: wall.length,
    provincialCity,
    shown: shown.length,
  };
}
