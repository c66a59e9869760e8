// 导出 Excel: one's own 个人重大事项报告 (我的报告), exactly as the reporter's filtered and sorted page shows them; metadata only.
import { exportMyMatters } from "@/lib/major-matters/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "majorMatter.mine.export", objectType: "MajorMatterReport" },
  (user, url) => exportMyMatters(user, url),
);
