import type { Metadata } from "next";
import Link from "next/link";

import { MATTER_STATUS_TONES } from "@/components/major-matters/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import {
  MATTER_CATEGORIES,
  MATTER_STATUS_LABELS,
  matterCategoryLabel,
} from "@/lib/major-matters/labels";
import { listMyMatterPage, myMatterSortOf } from "@/lib/major-matters/queries";
import { MyMatterListFilter } from "@/lib/major-matters/schemas";

export const metadata: Metadata = { title: "个人重大事项报告" };

export default async function MajorMattersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["majorMatter.file", "majorMatter.acknowledge"],
    "/major-matters",
  );
  const params = await searchParams;
  const f = MyMatterListFilter.parse(params);
  const files = can(user.roles, "majorMatter.file");
  const data = files ? await listMyMatterPage(user, f) : { total: 0, pages: 1, rows: [] };
  const sortable = { sort: myMatterSortOf(f), basePath: "/major-matters", params };
  const filtered = Boolean(f.category || f.status);
  return (
    <>
      <PageHeader
        title="个人重大事项报告"
        description="婚姻变化、子女情况、出国(境)、亲属从业、房产/投资、重大疾病等事项，按规定及时向组织报告。"
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user.roles, "majorMatter.file") ? (
              <Link href="/major-matters/new" className={buttonClass.primary}>
                填报事项
              </Link>
            ) : null}
            {can(user.roles, "majorMatter.acknowledge") ? (
              <Link href="/major-matters/all" className={buttonClass.secondary}>
                全院报告
              </Link>
            ) : null}
          </div>
        }
      />
      <Card title="我的报告">
        {files ? (
          <>
            <FilterBar
              label="筛选我的报告"
              clearHref="/major-matters"
              columns={3}
              hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
            >
              <FilterSelect
                label="类别"
                name="category"
                value={f.category}
                options={MATTER_CATEGORIES.map((c) => ({
                  value: c,
                  label: matterCategoryLabel(c),
                }))}
              />
              <FilterSelect
                label="状态"
                name="status"
                value={f.status}
                options={(["SUBMITTED", "ACKNOWLEDGED"] as const).map((c) => ({
                  value: c,
                  label: MATTER_STATUS_LABELS[c],
                }))}
              />
            </FilterBar>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
              <span>共 {data.total} 份报告</span>
              {data.total > 0 ? (
                <ExportButton href={`/major-matters/export${withParams(params, {})}`} />
              ) : null}
            </div>
          </>
        ) : null}
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的报告" : "暂无报告"}
            hint={filtered ? "请调整或清除筛选条件。" : "如有需报告的事项，点击右上角“填报事项”。"}
          />
        ) : (
          <Table caption="我的个人重大事项报告">
            <thead>
              <tr>
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
                      {matterCategoryLabel(r.category)}
                    </Link>
                  </Td>
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
          basePath="/major-matters"
          params={{ category: f.category, status: f.status, sort: f.sort, dir: f.dir }}
        />
      </Card>
    </>
  );
}
