// 导出 Excel: one 专题's activities, exactly as the filtered, sorted table on
// /study/campaigns/[id] shows them.
import { exportCampaignActivities } from "@/lib/study/campaigns/activities";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "study.campaign.activities.export", objectType: "StudyCampaign" },
  exportCampaignActivities,
);
