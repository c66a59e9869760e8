// 导出 Excel of the 部署事项 list: the same query as the page
// (lib/direction/deployments/list.ts), with the same year, state, keyword,
// ?mine= and order, streamed page by page. One row per deployment, with its
// progress summed up and each department's state in words; never the
// description or the progress notes.
import "server-only";

import type { SessionUser } from "../../auth/session";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { assignmentStatusLabel, meetingTypeLabel } from "../labels";
import { allDeploymentRows, readsDirection, type DeploymentRow } from "./list";
import { DEPLOYMENT_STATE_LABELS, DeploymentListFilter } from "./schemas";

/** Each department's state, as the list's chips show it: "第一检察部·已完成；…". */
const departmentsText = (r: DeploymentRow) =>
  r.assignments
    .map(
      (a) =>
        `${a.department}·${a.overdue ? `已逾期（${assignmentStatusLabel(a.status)}）` : assignmentStatusLabel(a.status)}`,
    )
    .join("；");

export async function exportDeployments(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!readsDirection(user)) return null;
  const f = DeploymentListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "direction.deployment.list.export",
    objectType: "Deployment",
    objectId: "",
    fileName: "部署事项",
    filter: filterText({
      年度: f.year ? `${f.year} 年` : undefined,
      落实情况: f.state ? DEPLOYMENT_STATE_LABELS[f.state] : undefined,
      关键词: f.q,
      范围: f.mine ? "需我落实的" : undefined,
    }),
    sheets: [
      {
        name: "部署事项",
        title: "部署事项及落实情况",
        rows: allDeploymentRows(user, f),
        columns: [
          { header: "部署事项", value: (r: DeploymentRow) => r.title },
          { header: "下达日期", value: (r: DeploymentRow) => r.createdAt, format: "date" },
          { header: "年度目标", value: (r: DeploymentRow) => r.goal?.title ?? "" },
          {
            header: "来源会议",
            value: (r: DeploymentRow) =>
              r.meeting ? `${meetingTypeLabel(r.meeting.type)}「${r.meeting.title}」` : "",
          },
          { header: "部门数", value: (r: DeploymentRow) => r.summary.total, format: "int" },
          { header: "已完成", value: (r: DeploymentRow) => r.summary.done, format: "int" },
          { header: "逾期", value: (r: DeploymentRow) => r.summary.overdue, format: "int" },
          { header: "完成率", value: (r: DeploymentRow) => r.summary.percent, format: "percent" },
          { header: "各部门落实情况", value: departmentsText },
        ],
      },
    ],
  };
}
