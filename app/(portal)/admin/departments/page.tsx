import type { Metadata } from "next";
import Link from "next/link";

import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { listDepartments } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "部门管理" };

export default async function DepartmentsPage() {
  await requirePagePermission("admin.department.manage", "/admin/departments");
  const departments = await listDepartments();
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
        {departments.length === 0 ? (
          <EmptyState title="还没有部门" hint="点击右上角“新建部门”" />
        ) : (
          <Table caption="部门列表">
            <thead>
              <tr>
                <Th>排序</Th>
                <Th>部门</Th>
                <Th>代码</Th>
                <Th>在职人数</Th>
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
