// 导出 Excel: the department list, exactly as SYS_ADMIN's searched and sorted page shows it.
import { exportDepartments } from "@/lib/admin/department-export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "admin.department.list.export", objectType: "Department" },
  (user, url) => exportDepartments(user, url),
);
