import Link from "next/link";
import type { Metadata } from "next";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { listDepartmentOptions, listUsers } from "@/lib/admin/queries";
import { UserListFilter } from "@/lib/admin/schemas";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePagePermission("admin.user.manage", "/admin/users");
  const filter = UserListFilter.parse(await searchParams);
  const [data, departments] = await Promise.all([listUsers(filter), listDepartmentOptions()]);
  return (
    <>
      <PageHeader title="用户管理" description="创建、编辑、停用账户，重置密码，分配角色" actions={<Link href="/admin/users/new" className={buttonClass.primary}>新建用户</Link>} />
      <Card>
        <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">搜索</span>
            <input name="q" defaultValue={filter.q} placeholder="姓名 / 用户名 / 工号" className={inputClass} maxLength={40} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">部门</span>
            <select name="departmentId" defaultValue={filter.departmentId ?? ""} className={inputClass}>
              <option value="">全部部门</option>
              {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">角色</span>
            <select name="role" defaultValue={filter.role ?? ""} className={inputClass}>
              <option value="">全部角色</option>
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">状态</span>
            <select name="status" defaultValue={filter.status ?? ""} className={inputClass}>
              <option value="">全部</option>
              <option value="ACTIVE">启用</option>
              <option value="DISABLED">停用</option>
            </select>
          </label>
          <div className="flex items-end gap-2">
            <button className={buttonClass.secondary} type="submit">筛选</button>
            <Link href="/admin/users" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link>
          </div>
        </form>
        {data.rows.length === 0 ? (
          <EmptyState title="没有符合条件的用户" hint="调整筛选条件，或新建用户" />
        ) : (
          <Table caption="用户列表">
            <thead>
              <tr><Th>姓名</Th><Th>用户名</Th><Th>工号</Th><Th>部门 / 职务</Th><Th>角色</Th><Th>状态</Th><Th>操作</Th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((u) => (
                <tr key={u.id}>
                  <Td className="font-medium">{u.realName}</Td>
                  <Td className="font-mono text-xs">{u.username}</Td>
                  <Td className="font-mono text-xs">{u.employeeNo}</Td>
                  <Td>{u.department ?? "—"}<span className="block text-xs text-slate-500">{u.position}</span></Td>
                  <Td><span className="flex flex-wrap gap-1">{u.roles.map((r) => <Badge key={r}>{ROLE_LABELS[r]}</Badge>)}</span></Td>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      {u.status === "ACTIVE" ? <Badge tone="green">启用</Badge> : <Badge tone="gray">停用</Badge>}
                      {u.locked ? <Badge tone="red">已锁定</Badge> : null}
                      {u.mustChangePassword ? <Badge tone="amber">待改密</Badge> : null}
                    </span>
                  </Td>
                  <Td><UserRowActions id={u.id} name={u.realName} status={u.status} locked={u.locked} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={filter.page} pages={data.pages} total={data.total} basePath="/admin/users" params={{ q: filter.q, departmentId: filter.departmentId, role: filter.role, status: filter.status }} />
      </Card>
    </>
  );
}
