import type { Metadata } from "next";
import Link from "next/link";

import { MilestoneForm } from "@/components/dashboard/milestone-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { createMilestoneFromSource, deleteMilestone } from "@/lib/dashboard/milestone-actions";
import { MILESTONE_SOURCE_LABELS as SOURCE_LABEL } from "@/lib/dashboard/milestone-export";
import {
  getMilestoneForEdit,
  listMilestonePage,
  milestoneSortOf,
} from "@/lib/dashboard/milestone-list";
import { milestoneSources } from "@/lib/dashboard/milestone-queries";
import { MILESTONE_KINDS, type MilestoneKind } from "@/lib/dashboard/milestones";
import { MilestoneListFilter } from "@/lib/dashboard/schemas";
import { monthLabel } from "@/lib/dates";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "改革节点" };

const span = (from: string, to: string) =>
  from === to ? monthLabel(from) : `${monthLabel(from)}至${monthLabel(to)}`;

export default async function MilestonesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("milestone.manage", "/dashboard/milestones");
  const params = await searchParams;
  const f = MilestoneListFilter.parse(params);
  const [data, sources, editing] = await Promise.all([
    listMilestonePage(user, f),
    milestoneSources(),
    getMilestoneForEdit(user, params.edit),
  ]);
  if (!data) return null; // requirePagePermission has refused already
  const listParams = { ...params, edit: undefined };
  // Editing keeps the list where it was (page, sort, filters, search), and
  // 取消编辑 returns to it; withParams alone would drop the page.
  const atPage = { page: f.page > 1 ? String(f.page) : undefined };
  const listHref = `/dashboard/milestones${withParams(listParams, atPage)}`;
  const sortable = {
    sort: milestoneSortOf(f),
    basePath: "/dashboard/milestones",
    params: listParams,
  };
  const filtered = Boolean(f.q || f.kind);
  const milestones = data.rows;
  return (
    <>
      <PageHeader
        title="改革节点"
        description="晴雨表看板的指数走势图上以阴影标出的改革节点，如入额遴选、区院合并、重要工作部署，并在季度分析报告中注明。"
      />
      <div className="grid grid-cols-1 gap-4">
        <Card title="改革节点列表">
          <FilterBar
            label="筛选改革节点"
            clearHref="/dashboard/milestones"
            columns={3}
            hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
          >
            <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="节点名称" />
            <FilterSelect label="分类" name="kind" value={f.kind} options={MILESTONE_KINDS} />
          </FilterBar>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <span>共 {data.total} 个改革节点</span>
            {data.total > 0 ? (
              <ExportButton href={`/dashboard/milestones/export${withParams(listParams, {})}`} />
            ) : null}
          </div>
          {milestones.length === 0 ? (
            filtered ? (
              <EmptyState title="没有符合条件的改革节点" hint="请调整或清除筛选条件。" />
            ) : (
              <EmptyState title="尚未设置改革节点" hint="在下方添加，或从入额遴选、部署事项生成" />
            )
          ) : (
            <Table caption="改革节点">
              <thead>
                <tr>
                  <SortTh label="节点" column="label" {...sortable} />
                  <SortTh label="分类" column="kind" {...sortable} />
                  <SortTh label="月份" column="from" {...sortable} />
                  <Th>来源</Th>
                  <Th>操作</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {milestones.map((m) => (
                  <tr key={m.id}>
                    <Td className="font-medium">{m.label}</Td>
                    <Td>{MILESTONE_KINDS[m.kind as MilestoneKind] ?? m.kind}</Td>
                    <Td className="whitespace-nowrap">{span(m.fromMonth, m.toMonth)}</Td>
                    <Td className="text-xs text-slate-500">
                      {m.sourceType ? (SOURCE_LABEL[m.sourceType] ?? m.sourceType) : "手工添加"}
                    </Td>
                    <Td className="flex flex-wrap items-center gap-3">
                      <Link
                        href={`/dashboard/milestones${withParams(listParams, { ...atPage, edit: m.id })}`}
                        className="text-sm text-brand-700 hover:underline"
                        aria-label={`编辑 ${m.label}`}
                      >
                        编辑
                      </Link>
                      <ActionButton
                        action={deleteMilestone}
                        fields={{ id: m.id }}
                        label={`删除 ${m.label}`}
                        confirm={`删除后走势图上不再标出“${m.label}”。确定删除吗？`}
                        destructive
                        variant="link"
                      />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination
            page={f.page}
            pages={data.pages}
            total={data.total}
            basePath="/dashboard/milestones"
            params={{ q: f.q, kind: f.kind, sort: f.sort, dir: f.dir }}
          />
        </Card>
        <Card title={editing ? `编辑改革节点：${editing.label}` : "添加改革节点"}>
          <MilestoneForm values={editing} listHref={listHref} />
        </Card>
        <Card title="从入额遴选或部署事项生成">
          {sources.length === 0 ? (
            <EmptyState title="没有可生成的记录" hint="入额遴选和部署事项均已标为改革节点" />
          ) : (
            <Table caption="可标为改革节点的入额遴选与部署事项">
              <thead>
                <tr>
                  <Th>来源</Th>
                  <Th>名称</Th>
                  <Th>月份</Th>
                  <Th>操作</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {sources.map((s) => (
                  <tr key={`${s.sourceType}|${s.sourceId}`}>
                    <Td className="text-xs whitespace-nowrap">{SOURCE_LABEL[s.sourceType]}</Td>
                    <Td>{s.title}</Td>
                    <Td className="whitespace-nowrap">{span(s.from, s.to)}</Td>
                    <Td>
                      <ActionButton
                        action={createMilestoneFromSource}
                        fields={{ sourceType: s.sourceType, sourceId: s.sourceId }}
                        label="标为改革节点"
                      />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
