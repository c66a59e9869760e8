// 导出 Excel: the 谈话计划 list, exactly as the viewer's filtered and sorted page shows it.
import { exportTalkCampaigns } from "@/lib/talks/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "talk.campaign.list.export", objectType: "TalkCampaign" },
  (user, url) => exportTalkCampaigns(user, url),
);
