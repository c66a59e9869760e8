import type { Metadata } from "next";
import Link from "next/link";

import { HonoursWall, type EssayAwardItem } from "@/components/conduct/honours-wall";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { listHonours } from "@/lib/conduct/queries";
import { HonoursFilter } from "@/lib/conduct/schemas";
import { listEssayAwards } from "@/lib/culture/essays/queries";
import { DATE_MAX, DATE_MIN, shanghaiDayStart, shanghaiYear, shanghaiYearRange } from "@/lib/dates";

export const metadata: Metadata = { title: "荣誉墙" };

export default async function HonoursPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("conduct.read", "/conduct/honours");
  const { year } = HonoursFilter.parse(await searchParams);
  const range = year
    ? shanghaiYearRange(year)
    : { gte: shanghaiDayStart(DATE_MIN), lt: shanghaiDayStart(DATE_MAX) };
  const [wall, awards] = await Promise.all([
    listHonours(year),
    listEssayAwards({ from: range.gte, to: range.lt }),
  ]);
  const essays = new Map<number, EssayAwardItem[]>();
  for (const a of awards) {
    const y = shanghaiYear(a.awardedAt);
    essays.set(y, [...(essays.get(y) ?? []), a]);
  }
  const years = [...new Set([...wall.years, ...essays.keys()])].sort((a, b) => b - a);
  return (
    <>
      <PageHeader
        title="荣誉墙"
        description="全院干警获得的表彰奖励、荣誉称号、创新履职和征文获奖，按年度和级别展示。"
        actions={
          <Link href="/conduct" className={buttonClass.secondary}>
            履职表现记录
          </Link>
        }
      />
      <Card className="mb-4">
        <p className="text-sm text-slate-700">
          {year ? `${year} 年度` : "累计"}共 <b>{wall.total}</b> 人次受到表彰或创新履职认定，其中{" "}
          <b>{wall.provincialCity}</b> 人次被授予省、市级“业务标兵”“业务能手”“岗位能手”称号。
        </p>
      </Card>
      <FilterBar label="选择年度" clearHref="/conduct/honours" columns={3}>
        <FilterSelect
          label="年度"
          name="year"
          value={year ? String(year) : ""}
          all="全部年度"
          options={years.map((y) => ({ value: String(y), label: `${y} 年` }))}
        />
      </FilterBar>
      <HonoursWall groups={wall.groups} essays={essays} />
    </>
  );
}
