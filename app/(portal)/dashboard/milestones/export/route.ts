// 导出 Excel: 政治处's 改革节点 list, exactly as the searched, filtered and sorted page shows it.
import { exportMilestones } from "@/lib/dashboard/milestone-export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "dashboard.milestone.list.export", objectType: "Milestone" },
  (user, url) => exportMilestones(user, url),
);
