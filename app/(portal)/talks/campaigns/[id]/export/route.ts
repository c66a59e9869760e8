// 导出 Excel: one 谈话计划's members with their coverage, exactly as the
// filtered, sorted table on /talks/campaigns/[id] shows them.
import { exportCampaignMembers } from "@/lib/talks/campaign-members-export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string }>(
  { action: "talk.campaign.members.export", objectType: "TalkCampaign" },
  exportCampaignMembers,
);
