// The honours wall as the page shows it (/conduct/honours) and its 导出 Excel:
// the year's confirmed commendations and innovation recognitions — never a
// discipline record or finding (lib/conduct/honours.ts) — and the published
// essay awards, both searched by person or honour and ordered alike. The
// essay awards are the culture domain's: the page and the route hand in its
// listEssayAwards (culture already imports conduct, so conduct does not import it).
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { DATE_MAX, DATE_MIN, shanghaiDayStart, shanghaiYear, shanghaiYearRange } from "../dates";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { honourSortOf, listHonours } from "./honours";
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

/** The wall and the essay awards by year, for the filter (year, keyword, order). */
export async function readHonoursWall(f: HonoursFilter, essayAwards: EssayAwardLoader) {
  const range = f.year
    ? shanghaiYearRange(f.year)
    : { gte: shanghaiDayStart(DATE_MIN), lt: shanghaiDayStart(DATE_MAX) };
  const [wall, awards] = await Promise.all([
    listHonours(f.year, f),
    essayAwards({ from: range.gte, to: range.lt }),
  ]);
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
  return { wall, essays, essayCount: shown.length };
}

export async function exportHonours(
  user: SessionUser,
  url: URL,
  essayAwards: EssayAwardLoader,
): Promise<XlsxExport | null> {
  if (!can(user.roles, "conduct.read")) return null;
  const f = HonoursFilter.parse(Object.fromEntries(url.searchParams));
  const { wall, essays } = await readHonoursWall(f, essayAwards);
  // The wall's order: year (newest first), level (highest first), then the sort.
  const honours = wall.groups.flatMap((g) =>
    g.levels.flatMap((l) => l.rows.map((r) => ({ ...r, year: g.year }))),
  );
  const awards = [...essays.entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([year, list]) => list.map((a) => ({ ...a, year })));
  type H = (typeof honours)[number];
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
        rows: honours,
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
