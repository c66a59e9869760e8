import type { Metadata } from "next";
import Link from "next/link";

import { UserRowActions } from "@/components/admin/user-row-actions";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { listDepartmentOptions, listUsers } from "@/lib/admin/queries";
import { UserListFilter } from "@/lib/admin/schemas";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/session";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("admin.user.manage", "/admin/users");
  const params = await searchParams;
  const filter = UserListFilter.parse(params);
  const sort = { key: filter.sort ?? "department", dir: filter.dir ?? "asc" } as const;
  const sortable = { sort, basePath: "/admin/users", params };
  const [data, departments] = await Promise.all([listUsers(filter), listDepartmentOptions()]);
  return (
    <>
      <PageHeader
        title="用户管理"
        description="创建、编辑、停用账户，重置密码，分配角色"
        actions={
          <Link href="/admin/users/new" className={buttonClass.primary}>
            新建用户
          </Link>
        }
      />
      <Card>
        <FilterBar
          label="筛选用户"
          clearHref="/admin/users"
          columns={5}
          hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
        >
          <FilterInput
            label="搜索"
            name="q"
            type="search"
            value={filter.q}
            placeholder="姓名 / 用户名 / 工号"
            maxLength={50}
          />
          <FilterSelect
            label="部门"
            name="departmentId"
            value={filter.departmentId}
            all="全部部门"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          <FilterSelect
            label="角色"
            name="role"
            value={filter.role}
            all="全部角色"
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
          <FilterSelect
            label="状态"
            name="status"
            value={filter.status}
            options={{ ACTIVE: "启用", DISABLED: "停用" }}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 个用户</span>
          {data.total > 0 ? (
            <ExportButton href={`/admin/users/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState title="没有符合条件的用户" hint="调整筛选条件，或新建用户" />
        ) : (
          <Table caption="用户列表">
            <thead>
              <tr>
                <SortTh label="姓名" column="realName" {...sortable} />
                <SortTh label="用户名" column="username" {...sortable} />
                <SortTh label="工号" column="employeeNo" {...sortable} />
                <SortTh label="部门 / 职务" column="department" {...sortable} />
                <Th>角色</Th>
                <SortTh label="状态" column="status" {...sortable} />
                <Th>操作</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((u) => (
                <tr key={u.id}>
                  <Td className="font-medium">{u.realName}</Td>
                  <Td className="font-mono text-xs">{u.username}</Td>
                  <Td className="font-mono text-xs">{u.employeeNo}</Td>
                  <Td>
                    {u.department ?? "—"}
                    <span className="block text-xs text-slate-500">{u.position}</span>
                  </Td>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      {u.roles.map((r) => (
                        <Badge key={r}>{ROLE_LABELS[r]}</Badge>
                      ))}
                    </span>
                  </Td>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      {u.status === "ACTIVE" ? (
                        <Badge tone="green">启用</Badge>
                      ) : (
                        <Badge tone="gray">停用</Badge>
                      )}
                      {u.locked ? <Badge tone="red">已锁定</Badge> : null}
                      {u.mustChangePassword ? <Badge tone="amber">待改密</Badge> : null}
                    </span>
                  </Td>
                  <Td>
                    <UserRowActions
                      id={u.id}
                      name={u.realName}
                      status={u.status}
                      locked={u.locked}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/admin/users"
          params={{
            q: filter.q,
            sort: filter.sort,
            dir: filter.dir,
            departmentId: filter.departmentId,
            role: filter.role,
            status: filter.status,
          }}
        />
      </Card>
    </>
  );
}
