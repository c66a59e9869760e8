// 导出 Excel of the user list: the same query as the page (lib/admin/list.ts),
// with the same filters, keyword and order, streamed page by page. Account
// fields only — never a password hash, a secret or session data.
import "server-only";

import { can } from "../auth/permissions";
import { ROLE_LABELS } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allUserRows, type UserRow } from "./list";
import { UserListFilter } from "./schemas";

export const USER_STATUS_LABELS: Record<string, string> = { ACTIVE: "启用", DISABLED: "停用" };

export async function exportUsers(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "admin.user.manage")) return null;
  const f = UserListFilter.parse(Object.fromEntries(url.searchParams));
  const dept = f.departmentId
    ? await db.department.findUnique({ where: { id: f.departmentId }, select: { name: true } })
    : null;
  return {
    action: "admin.user.list.export",
    objectType: "User",
    objectId: "",
    fileName: "用户列表",
    filter: filterText({
      部门: dept?.name,
      角色: f.role ? ROLE_LABELS[f.role] : undefined,
      状态: f.status ? USER_STATUS_LABELS[f.status] : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "用户列表",
        title: "用户列表",
        rows: allUserRows(f),
        columns: [
          { header: "姓名", value: (r: UserRow) => r.realName },
          { header: "用户名", value: (r: UserRow) => r.username },
          { header: "工号", value: (r: UserRow) => r.employeeNo },
          { header: "部门", value: (r: UserRow) => r.department ?? "" },
          { header: "职务", value: (r: UserRow) => r.position },
          { header: "角色", value: (r: UserRow) => r.roles.map((x) => ROLE_LABELS[x]).join("、") },
          { header: "状态", value: (r: UserRow) => USER_STATUS_LABELS[r.status] ?? r.status },
          { header: "锁定", value: (r: UserRow) => (r.locked ? "已锁定" : "") },
          { header: "待改密", value: (r: UserRow) => (r.mustChangePassword ? "待改密" : "") },
        ],
      },
    ],
  };
}
