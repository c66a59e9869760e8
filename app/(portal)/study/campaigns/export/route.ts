// 导出 Excel: the 专题学习教育 list, exactly as the viewer's filtered and sorted page shows it.
import { exportStudyCampaigns } from "@/lib/study/campaigns/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "study.campaign.list.export", objectType: "StudyCampaign" },
  (user, url) => exportStudyCampaigns(user, url),
);
