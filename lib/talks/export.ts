// 导出 Excel of the talk list: the same query as the page (lib/talks/list.ts),
// with the same scope, filters, keyword and order, streamed page by page.
// The notes are never exported; the file names its filter.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allCampaignRows, type CampaignRow as C } from "./campaign-list";
import { CAMPAIGN_SCOPE_LABELS, campaignScopeLabel, talkOccasionLabel } from "./labels";
import { allTalkRows, type TalkRow } from "./list";
import { CampaignListFilter, TalkListFilter } from "./schemas";

export async function exportTalks(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "talk.record")) return null;
  const f = TalkListFilter.parse(Object.fromEntries(url.searchParams));
  const [dept, campaign] = await Promise.all([
    f.departmentId
      ? db.department.findUnique({ where: { id: f.departmentId }, select: { name: true } })
      : null,
    f.campaignId
      ? db.talkCampaign.findUnique({ where: { id: f.campaignId }, select: { title: true } })
      : null,
  ]);
  return {
    action: "talk.list.export",
    objectType: "TalkRecord",
    objectId: "",
    fileName: "谈心谈话记录",
    filter: filterText({
      部门: dept?.name,
      谈话类型: f.occasion ? talkOccasionLabel(f.occasion) : undefined,
      谈话计划: campaign?.title,
      起始日期: f.from,
      截止日期: f.to,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "谈心谈话记录",
        title: "谈心谈话记录",
        rows: allTalkRows(user, f),
        columns: [
          { header: "谈话日期", value: (r: TalkRow) => r.heldOn, format: "date" },
          { header: "谈话对象", value: (r: TalkRow) => r.interviewee.realName },
          { header: "部门", value: (r: TalkRow) => r.interviewee.department?.name ?? "" },
          { header: "谈话人", value: (r: TalkRow) => r.interviewer.realName },
          { header: "类型", value: (r: TalkRow) => talkOccasionLabel(r.occasion) },
          {
            header: "主题",
            value: (r: TalkRow) => (r.topics ? r.topics.split(",").join("、") : ""),
          },
          { header: "谈话计划", value: (r: TalkRow) => r.campaign?.title ?? "" },
          {
            header: "跟进",
            value: (r: TalkRow) => (r.followUpId ? "已发起" : r.needsFollowUp ? "需跟进" : ""),
          },
        ],
      },
    ],
  };
}

/** 导出 Excel of the 谈话计划 list: the page's query and its coverage figures, nobody's name. */
export async function exportTalkCampaigns(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "talk.campaign") && !can(user.roles, "talk.campaignRead")) return null;
  const f = CampaignListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "talk.campaign.list.export",
    objectType: "TalkCampaign",
    objectId: "",
    fileName: "谈话计划",
    filter: filterText({
      谈话范围: f.scopeType ? CAMPAIGN_SCOPE_LABELS[f.scopeType] : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "谈话计划",
        title: "谈话计划",
        rows: allCampaignRows(f),
        columns: [
          { header: "计划名称", value: (r: C) => r.title },
          { header: "范围", value: (r: C) => campaignScopeLabel(r.scopeType) },
          { header: "开始日期", value: (r: C) => r.startsOn, format: "date" },
          { header: "结束日期", value: (r: C) => r.endsOn, format: "date" },
          { header: "人数", value: (r: C) => r.members, format: "int" },
          { header: "已谈", value: (r: C) => r.covered, format: "int" },
          { header: "覆盖率", value: (r: C) => r.percent, format: "percent" },
        ],
      },
    ],
  };
}
