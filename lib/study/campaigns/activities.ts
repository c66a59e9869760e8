// One 专题's activities (/study/campaigns/[id]) as a list people work with:
// the 学习活动 list's own query (lib/study/activities/list.ts) pinned to the
// campaign, searched by title or organiser, filtered by type and sorted
// through the URL, for the page and — page by page — for its XLSX export,
// which therefore holds exactly the rows the screen would. The page is 政治处's
// and 院领导's, who see every activity (seesAllActivities); anyone else gets
// null (404).
import "server-only";

import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { seesAllActivities, type ActivityViewer } from "../activities/access";
import { allActivityRows, type ActivityListRow as R } from "../activities/queries";
import type { ActivityListFilter } from "../activities/schemas";
import { activityKindLabel, activityTypeLabel } from "../types";
import { CampaignActivityFilter } from "./schemas";

/** The campaign, if the viewer may have its page; null → 404. */
export async function campaignForActivities(v: Pick<ActivityViewer, "roles">, id: string) {
  if (!seesAllActivities(v.roles)) return null;
  return db.studyCampaign.findUnique({ where: { id }, select: { id: true, title: true } });
}

/** The 学习活动 list's filter for this campaign's table. */
export function campaignActivityListFilter(
  campaignId: string,
  f: CampaignActivityFilter,
): ActivityListFilter {
  return { ...f, campaignId, month: undefined };
}

export async function exportCampaignActivities(
  user: SessionUser,
  url: URL,
  { id }: { id: string },
): Promise<XlsxExport | null> {
  const c = await campaignForActivities(user, id);
  if (!c) return null;
  const f = CampaignActivityFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "study.campaign.activities.export",
    objectType: "StudyCampaign",
    objectId: c.id,
    fileName: `${c.title}-学习活动`,
    filter: filterText({ 活动类型: f.type ? activityTypeLabel(f.type) : undefined, 关键词: f.q }),
    sheets: [
      {
        name: "学习活动",
        title: `${c.title} 学习活动`,
        rows: allActivityRows(user, campaignActivityListFilter(c.id, f)),
        columns: [
          { header: "时间", value: (r: R) => r.heldAt, format: "datetime" },
          { header: "活动", value: (r: R) => r.title },
          { header: "类型", value: (r: R) => activityKindLabel(r.type, r.theme) },
          { header: "组织人", value: (r: R) => r.organiser.realName },
          { header: "应到", value: (r: R) => r.tally.expected, format: "int" },
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
