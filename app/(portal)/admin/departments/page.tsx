import type { Metadata } from "next";
import Link from "next/link";

import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { departmentSortOf, listDepartmentRows } from "@/lib/admin/department-list";
import { DepartmentListFilter } from "@/lib/admin/schemas";
import { requirePagePermission } from "@/lib/auth/session";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "部门管理" };

export default async function DepartmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("admin.department.manage", "/admin/departments");
  const params = await searchParams;
  const f = DepartmentListFilter.parse(params);
  const departments = await listDepartmentRows(f);
  const sortable = { sort: departmentSortOf(f), basePath: "/admin/departments", params };
  return (
    <>
      <PageHeader
        title="部门管理"
        description="部门、负责人（一岗双责）、思想政治工作信息员与分管院领导"
        actions={
          <Link href="/admin/departments/new" className={buttonClass.primary}>
            新建部门
          </Link>
        }
      />
      <Card>
        <FilterBar
          label="筛选部门"
          clearHref="/admin/departments"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder="部门名称或代码"
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {departments.length} 个部门</span>
          {departments.length > 0 ? (
            <ExportButton href={`/admin/departments/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {departments.length === 0 ? (
          f.q ? (
            <EmptyState title="没有符合条件的部门" hint="请换一个关键词，或清除筛选条件。" />
          ) : (
            <EmptyState title="还没有部门" hint="点击右上角“新建部门”" />
          )
        ) : (
          <Table caption="部门列表">
            <thead>
              <tr>
                <SortTh label="排序" column="sortOrder" {...sortable} />
                <SortTh label="部门" column="name" {...sortable} />
                <SortTh label="代码" column="code" {...sortable} />
                <SortTh label="在职人数" column="members" {...sortable} />
                <Th>负责人</Th>
                <Th>信息员</Th>
                <Th>分管领导</Th>
                <Th>操作</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {departments.map((d) => (
                <tr key={d.id}>
                  <Td>{d.sortOrder}</Td>
                  <Td className="font-medium">{d.name}</Td>
                  <Td className="font-mono text-xs">{d.code}</Td>
                  <Td>{d.members}</Td>
                  <Td>{d.head?.realName ?? <span className="text-amber-700">未设置</span>}</Td>
                  <Td>{d.liaison?.realName ?? <span className="text-amber-700">未设置</span>}</Td>
                  <Td>{d.leader?.realName ?? "—"}</Td>
                  <Td>
                    <Link
                      href={`/admin/departments/${d.id}`}
                      className="text-sm font-medium text-brand-700 hover:underline"
                    >
                      编辑
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
