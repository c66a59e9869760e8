// 导出 Excel: the user list, exactly as SYS_ADMIN's filtered and sorted page shows it.
import { exportUsers } from "@/lib/admin/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "admin.user.list.export", objectType: "User" },
  (user, url) => exportUsers(user, url),
);
