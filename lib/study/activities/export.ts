// 导出 Excel of the 学习活动 list: the same query as the page
// (lib/study/activities/list.ts), with the same scope, filters, keyword and
// order, streamed page by page with each activity's attendance counts.
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { activityKindLabel, activityTypeLabel, attendanceStatusLabel } from "../types";
import { allActivityRows, type ActivityListRow as R } from "./list";
import { ActivityListFilter } from "./schemas";

export async function exportActivities(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "study.log") && !can(user.roles, "study.manage")) return null;
  const f = ActivityListFilter.parse(Object.fromEntries(url.searchParams));
  const campaign = f.campaignId
    ? await db.studyCampaign.findUnique({ where: { id: f.campaignId }, select: { title: true } })
    : null;
  return {
    action: "study.activity.list.export",
    objectType: "StudyActivity",
    objectId: "",
    fileName: "学习活动",
    filter: filterText({
      专题: campaign?.title,
      活动类型: f.type ? activityTypeLabel(f.type) : undefined,
      月份: f.month,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "学习活动",
        title: "学习活动",
        rows: allActivityRows(user, f),
        columns: [
          { header: "时间", value: (r: R) => r.heldAt, format: "datetime" },
          { header: "活动", value: (r: R) => r.title },
          { header: "专题", value: (r: R) => r.campaign?.title ?? "" },
          { header: "类型", value: (r: R) => activityKindLabel(r.type, r.theme) },
          { header: "组织人", value: (r: R) => r.organiser.realName },
          { header: "地点", value: (r: R) => r.location },
          { header: "应到", value: (r: R) => r.tally.expected, format: "int" },
          { header: "出席", value: (r: R) => r.tally.present, format: "int" },
          { header: "请假", value: (r: R) => r.tally.leave, format: "int" },
          { header: "缺席", value: (r: R) => r.tally.absent, format: "int" },
          { header: "未记录", value: (r: R) => r.tally.unrecorded, format: "int" },
          { header: "出席率", value: (r: R) => r.tally.rate, format: "percent" },
          {
            header: "本人考勤",
            value: (r: R) => (r.expectedMe ? attendanceStatusLabel(r.myStatus) : "不在范围"),
          },
        ],
      },
    ],
  };
}
