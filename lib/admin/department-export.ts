// 导出 Excel of the department list: the same rows, filter and order as
// SYS_ADMIN's page (lib/admin/department-list.ts). Names only, as the page.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { listDepartmentRows, type DepartmentRow } from "./department-list";
import { DepartmentListFilter } from "./schemas";

export async function exportDepartments(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "admin.department.manage")) return null;
  const f = DepartmentListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "admin.department.list.export",
    objectType: "Department",
    objectId: "",
    fileName: "部门列表",
    filter: filterText({ 关键词: f.q }),
    sheets: [
      {
        name: "部门列表",
        title: "部门列表",
        rows: await listDepartmentRows(f),
        columns: [
          { header: "排序", value: (d: DepartmentRow) => d.sortOrder, format: "int" },
          { header: "部门", value: (d: DepartmentRow) => d.name },
          { header: "代码", value: (d: DepartmentRow) => d.code },
          { header: "在职人数", value: (d: DepartmentRow) => d.members, format: "int" },
          { header: "负责人", value: (d: DepartmentRow) => d.head?.realName ?? "未设置" },
          { header: "信息员", value: (d: DepartmentRow) => d.liaison?.realName ?? "未设置" },
          { header: "分管领导", value: (d: DepartmentRow) => d.leader?.realName ?? "" },
        ],
      },
    ],
  };
}
