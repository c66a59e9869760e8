// 导出 Excel of the 专题学习教育 list: the same query as the page
// (lib/study/campaigns/list.ts), with the same keyword and order, streamed
// page by page with each campaign's activity count and attendance.
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allStudyCampaignRows, type StudyCampaignRow as R } from "./list";
import { StudyCampaignListFilter } from "./schemas";

export async function exportStudyCampaigns(
  user: SessionUser,
  url: URL,
): Promise<XlsxExport | null> {
  if (!can(user.roles, "study.manage") && !can(user.roles, "study.rankings")) return null;
  const f = StudyCampaignListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "study.campaign.list.export",
    objectType: "StudyCampaign",
    objectId: "",
    fileName: "专题学习教育",
    filter: filterText({ 关键词: f.q }),
    sheets: [
      {
        name: "专题学习教育",
        title: "专题学习教育",
        rows: allStudyCampaignRows(f),
        columns: [
          { header: "专题", value: (r: R) => r.title },
          { header: "创建人", value: (r: R) => r.createdBy.realName },
          { header: "开始日期", value: (r: R) => r.startsOn, format: "date" },
          { header: "结束日期", value: (r: R) => r.endsOn, format: "date" },
          { header: "活动数", value: (r: R) => r.activities, format: "int" },
          { header: "应到人次", value: (r: R) => r.tally.expected, format: "int" },
          { header: "出席", value: (r: R) => r.tally.present, format: "int" },
          { header: "请假", value: (r: R) => r.tally.leave, format: "int" },
          { header: "缺席", value: (r: R) => r.tally.absent, format: "int" },
          { header: "未记录", value: (r: R) => r.tally.unrecorded, format: "int" },
          { header: "出席率", value: (r: R) => r.tally.rate, format: "percent" },
        ],
      },
    ],
  };
}
