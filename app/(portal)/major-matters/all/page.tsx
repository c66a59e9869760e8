import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { MATTER_STATUS_TONES } from "@/components/major-matters/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_LABELS,
  MATTER_STATUS_LABELS,
  matterCategoryLabel,
} from "@/lib/major-matters/labels";
import { listAllMatters } from "@/lib/major-matters/queries";
import { MatterListFilter } from "@/lib/major-matters/schemas";

export const metadata: Metadata = { title: "全院个人重大事项报告" };

export default async function AllMattersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("majorMatter.acknowledge", "/major-matters/all");
  const f = MatterListFilter.parse(await searchParams);
  const [data, departments] = await Promise.all([listAllMatters(user, f), listDepartmentOptions()]);
  if (!data) notFound();
  return (
    <>
      <PageHeader
        title="全院个人重大事项报告"
        description="政治处查阅与确认。打开报告查看内容将记入审计日志。"
      />
      <Card>
        <FilterBar label="筛选个人重大事项报告" clearHref="/major-matters/all">
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
        {data.rows.length === 0 ? (
          <EmptyState title="暂无报告" />
        ) : (
          <Table caption="全院个人重大事项报告">
            <thead>
              <tr>
                <Th>报告人</Th>
                <Th>部门</Th>
                <Th>类别</Th>
                <Th>发生日期</Th>
                <Th>报告日期</Th>
                <Th>状态</Th>
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
          params={{ departmentId: f.departmentId, category: f.category, status: f.status }}
        />
      </Card>
    </>
  );
}
