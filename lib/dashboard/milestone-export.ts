// 导出 Excel of 政治处's 改革节点 list: the page's query (lib/dashboard/milestone-list.ts),
// keyword, kind and order alike, streamed page by page.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { monthLabel } from "../dates";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allMilestoneRows, type MilestoneListRow as Row } from "./milestone-list";
import { MILESTONE_KINDS, type MilestoneKind } from "./milestones";
import { MilestoneListFilter } from "./schemas";

export const MILESTONE_SOURCE_LABELS: Record<string, string> = {
  QuotaRound: "入额遴选",
  Deployment: "部署事项",
};

const kindLabel = (k: string) => MILESTONE_KINDS[k as MilestoneKind] ?? k;

export async function exportMilestones(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "milestone.manage")) return null;
  const f = MilestoneListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "dashboard.milestone.list.export",
    objectType: "Milestone",
    objectId: "",
    fileName: "改革节点",
    filter: filterText({ 分类: f.kind ? kindLabel(f.kind) : undefined, 关键词: f.q }),
    sheets: [
      {
        name: "改革节点",
        title: "改革节点",
        rows: allMilestoneRows(f),
        columns: [
          { header: "节点", value: (m: Row) => m.label },
          { header: "分类", value: (m: Row) => kindLabel(m.kind) },
          { header: "起始月份", value: (m: Row) => monthLabel(m.fromMonth) },
          { header: "结束月份", value: (m: Row) => monthLabel(m.toMonth) },
          {
            header: "来源",
            value: (m: Row) =>
              m.sourceType ? (MILESTONE_SOURCE_LABELS[m.sourceType] ?? m.sourceType) : "手工添加",
          },
          { header: "添加人", value: (m: Row) => m.createdBy?.realName ?? "" },
          { header: "添加时间", value: (m: Row) => m.createdAt, format: "datetime" },
        ],
      },
    ],
  };
}
