import type { Metadata } from "next";
import Link from "next/link";

import { HonoursWall } from "@/components/conduct/honours-wall";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortLinks } from "@/components/ui/sort-links";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { honourSortOf } from "@/lib/conduct/honours";
import { readHonoursWall } from "@/lib/conduct/honours-export";
import { HonoursFilter } from "@/lib/conduct/schemas";
import { listEssayAwards } from "@/lib/culture/essays/queries";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "荣誉墙" };

const SORTS = [
  { column: "occurredOn", label: "日期" },
  { column: "person", label: "姓名" },
  { column: "title", label: "荣誉" },
] as const;

export default async function HonoursPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("conduct.read", "/conduct/honours");
  const params = await searchParams;
  const f = HonoursFilter.parse(params);
  const wall = await readHonoursWall(f, listEssayAwards);
  const { years, shown } = wall;
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
          {f.year ? `${f.year} 年度` : "累计"}共 <b>{wall.total}</b>{" "}
          人次受到表彰或创新履职认定，其中 <b>{wall.provincialCity}</b>{" "}
          人次被授予省、市级“业务标兵”“业务能手”“岗位能手”称号。
        </p>
      </Card>
      <FilterBar
        label="筛选荣誉墙"
        clearHref="/conduct/honours"
        columns={3}
        hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
      >
        <FilterSelect
          label="年度"
          name="year"
          value={f.year ? String(f.year) : ""}
          all="全部年度"
          options={years.map((y) => ({ value: String(y), label: `${y} 年` }))}
        />
        <FilterInput
          label="关键词"
          name="q"
          type="search"
          value={f.q}
          placeholder="姓名或荣誉称号"
        />
      </FilterBar>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <SortLinks
          columns={SORTS}
          sort={honourSortOf(f)}
          basePath="/conduct/honours"
          params={params}
        />
        <span className="flex items-center gap-3 text-sm text-slate-600">
          {f.q ? `找到 ${shown} 人次` : null}
          {shown > 0 ? (
            <ExportButton href={`/conduct/honours/export${withParams(params, {})}`} />
          ) : null}
        </span>
      </div>
      {f.q && shown === 0 ? (
        <Card>
          <EmptyState
            title="没有符合条件的表彰"
            hint="请换一个姓名或荣誉称号，或选择“全部年度”后再试。"
          />
        </Card>
      ) : (
        <HonoursWall groups={wall.groups} essays={wall.essays} />
      )}
      {wall.pages > 1 ? (
        <Pagination
          page={wall.page}
          pages={wall.pages}
          total={shown}
          basePath="/conduct/honours"
          params={{ q: f.q, sort: f.sort, dir: f.dir }}
          label="荣誉墙年度"
        />
      ) : null}
    </>
  );
}
