import type { Metadata } from "next";
import Link from "next/link";

import { PHASE_TONES } from "@/components/culture/essays/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { callPhase, PHASE_LABELS } from "@/lib/culture/essays/labels";
import { callSortOf, listCalls } from "@/lib/culture/essays/queries";
import { EssayCallListFilter } from "@/lib/culture/essays/schemas";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "征文征言" };

export default async function EssayCallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/essays",
  );
  const f = EssayCallListFilter.parse(await searchParams);
  const manager = can(user.roles, "culture.manage");
  const now = new Date();
  const data = await listCalls(user, f, now);
  const params = { q: f.q, phase: f.phase, sort: f.sort, dir: f.dir };
  const sortable = { sort: callSortOf(f), basePath: "/culture/essays", params };
  const filtered = Boolean(f.q || f.phase);
  return (
    <>
      <PageHeader
        title="征文征言"
        description="围绕主题征集干警作品，评委按评分标准打分，评出一、二、三等奖和优秀奖"
        actions={
          manager ? (
            <Link href="/culture/essays/new" className={buttonClass.primary}>
              发起征文
            </Link>
          ) : null
        }
      />
      <Card>
        <FilterBar
          label="筛选征文活动"
          clearHref="/culture/essays"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder="征文名称或主题"
          />
          <FilterSelect
            label="状态"
            name="phase"
            value={f.phase}
            all="全部状态"
            options={PHASE_LABELS}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 项征文</span>
          {data.total > 0 ? (
            <ExportButton href={`/culture/essays/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          filtered ? (
            <EmptyState title="没有符合条件的征文活动" hint="请调整或清除筛选条件。" />
          ) : (
            <EmptyState
              title="还没有征文活动"
              hint={
                manager
                  ? "点击右上角“发起征文”设置主题、规则和征集时间"
                  : "政治处发起征文后会通知您"
              }
            />
          )
        ) : (
          <Table caption="征文活动">
            <thead>
              <tr>
                <SortTh label="征文" column="title" {...sortable} />
                <SortTh label="征集时间" column="opensAt" {...sortable} />
                <SortTh label="截止时间" column="closesAt" {...sortable} />
                <Th>状态</Th>
                <SortTh label="作品数" column="entries" {...sortable} />
                <Th>我的参与</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((c) => {
                const phase = callPhase(c, now);
                return (
                  <tr key={c.id}>
                    <Td>
                      <Link href={`/culture/essays/${c.id}`} className={buttonClass.link}>
                        {c.title}
                      </Link>
                      <span className="block max-w-md truncate text-xs text-slate-500">
                        {c.theme}
                      </span>
                    </Td>
                    <Td className="text-xs whitespace-nowrap">{formatDateTime(c.opensAt)}</Td>
                    <Td className="text-xs whitespace-nowrap">{formatDateTime(c.closesAt)}</Td>
                    <Td>
                      <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
                    </Td>
                    <Td className="tabular-nums">{c.entries}</Td>
                    <Td className="text-xs">
                      {[c.submitted ? "已投稿" : null, c.judge ? "评委" : null]
                        .filter(Boolean)
                        .join("、") || "—"}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/essays"
          params={params}
        />
      </Card>
    </>
  );
}
