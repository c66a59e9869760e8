// 导出 Excel of one 谈话计划's member table (/talks/campaigns/[id]): the same
// query (lib/talks/campaign-members.ts), keyword, state and order, streamed
// page by page, for 政治处 and 院领导 as the page is. Who is covered, never
// what was said: no talk's date, occasion or notes.
import "server-only";

import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allCampaignMembers, campaignForMembers, type MemberRow } from "./campaign-members";
import { CampaignMemberFilter } from "./schemas";

export const MEMBER_STATE_LABELS = { covered: "已谈", pending: "未谈" } as const;

export async function exportCampaignMembers(
  user: SessionUser,
  url: URL,
  { id }: { id: string },
): Promise<XlsxExport | null> {
  const c = await campaignForMembers(user, id);
  if (!c) return null;
  const f = CampaignMemberFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "talk.campaign.members.export",
    objectType: "TalkCampaign",
    objectId: c.id,
    fileName: `${c.title}-计划人员`,
    filter: filterText({
      关键词: f.q,
      状态: f.state ? MEMBER_STATE_LABELS[f.state] : undefined,
    }),
    sheets: [
      {
        name: "计划人员",
        title: `${c.title} 计划人员`,
        rows: allCampaignMembers(c, f),
        columns: [
          { header: "姓名", value: (r: MemberRow) => r.realName },
          { header: "职务", value: (r: MemberRow) => r.position },
          { header: "部门", value: (r: MemberRow) => r.department ?? "未分配部门" },
          { header: "谈话人", value: (r: MemberRow) => r.interviewer ?? "未分配" },
          { header: "状态", value: (r: MemberRow) => (r.covered ? "已谈" : "未谈") },
        ],
      },
    ],
  };
}
