// 导出 Excel: 政治处's list of 个人重大事项报告 (metadata only), exactly as the
// filtered and sorted page shows it.
import { exportMatters } from "@/lib/major-matters/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "majorMatter.list.export", objectType: "MajorMatterReport" },
  (user, url) => exportMatters(user, url),
);
