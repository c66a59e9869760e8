import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { MATTER_STATUS_TONES } from "@/components/major-matters/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td } from "@/components/ui/table";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_LABELS,
  MATTER_STATUS_LABELS,
  matterCategoryLabel,
} from "@/lib/major-matters/labels";
import { listAllMatters, matterSortOf } from "@/lib/major-matters/list";
import { MatterListFilter } from "@/lib/major-matters/schemas";

export const metadata: Metadata = { title: "全院个人重大事项报告" };

export default async function AllMattersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("majorMatter.acknowledge", "/major-matters/all");
  const params = await searchParams;
  const f = MatterListFilter.parse(params);
  const sortable = { sort: matterSortOf(f), basePath: "/major-matters/all", params };
  const filtered = Boolean(f.q || f.departmentId || f.category || f.status);
  const [data, departments] = await Promise.all([listAllMatters(user, f), listDepartmentOptions()]);
  if (!data) notFound();
  return (
    <>
      <PageHeader
        title="全院个人重大事项报告"
        description="政治处查阅与确认。打开报告查看内容将记入审计日志。"
      />
      <Card>
        <FilterBar
          label="筛选个人重大事项报告"
          clearHref="/major-matters/all"
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="报告人姓名" />
          <FilterSelect
            label="部门"
            name="departmentId"
            value={f.departmentId}
            all="全部部门"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          <FilterSelect
            label="类别"
            name="category"
            value={f.category}
            options={MATTER_CATEGORIES.map((c) => ({ value: c, label: MATTER_CATEGORY_LABELS[c] }))}
          />
          <FilterSelect
            label="状态"
            name="status"
            value={f.status}
            options={MATTER_STATUS_LABELS}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 份报告</span>
          {data.total > 0 ? (
            <ExportButton href={`/major-matters/all/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的报告" : "暂无报告"}
            hint={filtered ? "请调整或清除筛选条件。" : undefined}
          />
        ) : (
          <Table caption="全院个人重大事项报告">
            <thead>
              <tr>
                <SortTh label="报告人" column="reporter" {...sortable} />
                <SortTh label="部门" column="department" {...sortable} />
                <SortTh label="类别" column="category" {...sortable} />
                <SortTh label="发生日期" column="occurredOn" {...sortable} />
                <SortTh label="报告日期" column="createdAt" {...sortable} />
                <SortTh label="状态" column="status" {...sortable} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link
                      href={`/major-matters/${r.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {r.user.realName}
                    </Link>
                  </Td>
                  <Td>{r.user.department?.name ?? "—"}</Td>
                  <Td>{matterCategoryLabel(r.category)}</Td>
                  <Td>{formatDate(r.occurredOn)}</Td>
                  <Td>{formatDate(r.createdAt)}</Td>
                  <Td>
                    <StatusBadge
                      status={r.status}
                      labels={MATTER_STATUS_LABELS}
                      tones={MATTER_STATUS_TONES}
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
          basePath="/major-matters/all"
          params={{
            q: f.q,
            sort: f.sort,
            dir: f.dir,
            departmentId: f.departmentId,
            category: f.category,
            status: f.status,
          }}
        />
      </Card>
    </>
  );
}
