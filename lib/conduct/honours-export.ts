// The honours wall as the page shows it (/conduct/honours) and its 导出 Excel:
// the year's confirmed commendations and innovation recognitions — never a
// discipline record or finding (lib/conduct/honours.ts) — and the published
// essay awards, both searched by person or honour and ordered alike. The
// essay awards are the culture domain's: the page and the route hand in its
// listEssayAwards (culture already imports conduct, so conduct does not import it).
// Without a year the wall is read a year at a time: one year a page on screen,
// and year after year into the export.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { DATE_MAX, DATE_MIN, shanghaiDayStart, shanghaiYear, shanghaiYearRange } from "../dates";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import {
  honourFigures,
  honourSortOf,
  honourYearCounts,
  honourYears,
  listHonours,
  type WallRow,
} from "./honours";
import { describeKind, levelLabel } from "./labels";
import { HonoursFilter } from "./schemas";

export type EssayAward = {
  entryId: string;
  callTitle: string;
  awardLabel: string;
  authorName: string;
  departmentName: string | null;
  awardedAt: Date;
};
export type EssayAwardLoader = (range: { from: Date; to: Date }) => Promise<EssayAward[]>;

const zh = new Intl.Collator("zh-CN");

/** The essay awards of the filter's range, searched and ordered as the wall is, by year. */
async function readEssays(f: HonoursFilter, essayAwards: EssayAwardLoader) {
  const range = f.year
    ? shanghaiYearRange(f.year)
    : { gte: shanghaiDayStart(DATE_MIN), lt: shanghaiDayStart(DATE_MAX) };
  const awards = await essayAwards({ from: range.gte, to: range.lt });
  const { key, dir } = honourSortOf(f);
  const sign = dir === "asc" ? 1 : -1;
  const cmp = (a: EssayAward, b: EssayAward) =>
    key === "person"
      ? zh.compare(a.authorName, b.authorName)
      : key === "title"
        ? zh.compare(a.awardLabel, b.awardLabel)
        : a.awardedAt.getTime() - b.awardedAt.getTime();
  const shown = awards
    .filter((a) => !f.q || [a.authorName, a.awardLabel, a.callTitle].some((t) => t.includes(f.q!)))
    .sort((a, b) => sign * cmp(a, b));
  const essays = new Map<number, EssayAward[]>();
  for (const a of shown) {
    const y = shanghaiYear(a.awardedAt);
    essays.set(y, [...(essays.get(y) ?? []), a]);
  }
  return { essays, essayCount: shown.length };
}

/**
 * What the wall shows for the filter: the year asked for, or else one year a
 * page (?page=, newest first) among the years that hold a match; the headline
 * figures; the years for the select; and the essay awards by year.
 */
export async function readHonoursWall(f: HonoursFilter, essayAwards: EssayAwardLoader) {
  const [figures, spanned, { essays, essayCount }] = await Promise.all([
    honourFigures(f.year),
    honourYears(),
    readEssays(f, essayAwards),
  ]);
  const years = [...new Set([...spanned, ...essays.keys()])].sort((a, b) => b - a);
  const counts = await honourYearCounts(f.year ? [f.year] : spanned, f.q);
  const matching = f.year
    ? [f.year]
    : years.filter((y) => (counts.get(y) ?? 0) > 0 || essays.has(y));
  const page = Math.min(f.page, Math.max(1, matching.length));
  const year = matching[page - 1];
  const wall = year ? await listHonours(year, f) : { groups: [], shown: 0 };
  // In one year the count is the rows matched; across the years, the database's.
  const honours = f.year ? wall.shown : [...counts.values()].reduce((n, c) => n + c, 0);
  return {
    ...figures,
    years,
    groups: wall.groups,
    essays: new Map(year && essays.has(year) ? [[year, essays.get(year)!]] : []),
    shown: honours + essayCount,
    page,
    pages: f.year ? 1 : Math.max(1, matching.length),
    pageYears: matching,
    allEssays: essays,
  };
}

export async function exportHonours(
  user: SessionUser,
  url: URL,
  essayAwards: EssayAwardLoader,
): Promise<XlsxExport | null> {
  if (!can(user.roles, "conduct.read")) return null;
  const f = HonoursFilter.parse(Object.fromEntries(url.searchParams));
  const wall = await readHonoursWall(f, essayAwards);
  // Every year of the wall in its order, read a year at a time; in each, level
  // (highest first), then the sort.
  async function* honours() {
    for (const year of wall.pageYears) {
      const { groups } = await listHonours(year, f);
      const rows = groups.flatMap((g) => g.levels.flatMap((l) => l.rows));
      if (rows.length > 0) yield rows;
    }
  }
  const awards = [...wall.allEssays.entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([year, list]) => list.map((a) => ({ ...a, year })));
  type H = WallRow;
  type A = (typeof awards)[number];
  return {
    action: "conduct.honours.export",
    objectType: "ConductRecord",
    objectId: "",
    fileName: f.year ? `荣誉墙-${f.year}年度` : "荣誉墙",
    filter: filterText({ 年度: f.year ? `${f.year} 年` : undefined, 关键词: f.q }),
    sheets: [
      {
        name: "表彰与荣誉",
        title: "荣誉墙 · 表彰奖励、荣誉称号和创新履职",
        rows: honours(),
        columns: [
          { header: "年度", value: (r: H) => r.year, format: "int" },
          { header: "级别", value: (r: H) => levelLabel(r.level) },
          { header: "姓名", value: (r: H) => r.person },
          { header: "部门", value: (r: H) => r.department },
          { header: "表彰/荣誉", value: (r: H) => describeKind(r) },
          { header: "事由", value: (r: H) => r.title },
          { header: "授予单位", value: (r: H) => r.issuer },
          { header: "日期", value: (r: H) => r.occurredOn, format: "date" },
        ],
      },
      {
        name: "征文获奖",
        title: "荣誉墙 · 征文获奖",
        rows: awards,
        columns: [
          { header: "年度", value: (a: A) => a.year, format: "int" },
          { header: "姓名", value: (a: A) => a.authorName },
          { header: "部门", value: (a: A) => a.departmentName ?? "" },
          { header: "奖项", value: (a: A) => a.awardLabel },
          { header: "征文活动", value: (a: A) => a.callTitle },
          { header: "获奖日期", value: (a: A) => a.awardedAt, format: "date" },
        ],
      },
    ],
  };
}
