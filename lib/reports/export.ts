// 导出 Excel of the report list: the same query as the page (lib/reports/list.ts),
// with the same scope, filters, keyword and order, streamed page by page. The
// staff-of-concern entries are never exported, for anyone: the sheet carries
// only what the list shows a leader (the number of people, not who or why)
// and the summary he may read. A liaison's or head's sheet is their own
// department's, because the scope is theirs. The file names its filter.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { monthLabel } from "../dates";
import { db } from "../db";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { readsAllDepartments, reportScope } from "./access";
import { allReportRows, filterMonths, type ReportRow } from "./list";
import {
  REPORT_KIND_LABELS,
  REPORT_STATUS_LABELS,
  reportHeading,
  ReportListFilter,
  STABILITY_LABELS,
} from "./schemas";

const isLate = (r: ReportRow) =>
  Boolean(r.period && r.firstSubmittedAt && r.firstSubmittedAt > r.period.dueAt);

export async function exportReports(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  const lists =
    can(user.roles, "report.readAll") ||
    can(user.roles, "report.readSummary") ||
    can(user.roles, "report.readDepartment");
  if (!lists || !reportScope(user)) return null;
  const f = ReportListFilter.parse(Object.fromEntries(url.searchParams));
  const all = readsAllDepartments(user);
  const months = filterMonths(f);
  const [dept, topic] = await Promise.all([
    f.departmentId && all
      ? db.department.findUnique({ where: { id: f.departmentId }, select: { name: true } })
      : null,
    f.topicId ? db.hotTopic.findUnique({ where: { id: f.topicId }, select: { name: true } }) : null,
  ]);
  return {
    action: "report.list.export",
    objectType: "LiaisonReport",
    objectId: "",
    fileName: "思想动态报告",
    filter: filterText({
      部门: dept?.name,
      状态: f.status ? REPORT_STATUS_LABELS[f.status] : undefined,
      类型: f.kind ? REPORT_KIND_LABELS[f.kind] : undefined,
      热点话题: topic?.name,
      起始月份: months.length ? monthLabel(months[0]) : undefined,
      截止月份: months.length ? monthLabel(months[months.length - 1]) : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "思想动态报告",
        title: "思想动态报告",
        rows: allReportRows(user, f),
        columns: [
          { header: "周期 / 标题", value: (r: ReportRow) => reportHeading(r) },
          {
            header: "类型",
            value: (r: ReportRow) =>
              REPORT_KIND_LABELS[r.kind as keyof typeof REPORT_KIND_LABELS] ?? r.kind,
          },
          { header: "部门", value: (r: ReportRow) => r.department.name },
          { header: "整体情绪（1–5）", value: (r: ReportRow) => r.mood, format: "int" },
          {
            header: "稳定性",
            value: (r: ReportRow) =>
              STABILITY_LABELS[r.stability as keyof typeof STABILITY_LABELS] ?? r.stability,
          },
          {
            header: "热点话题",
            value: (r: ReportRow) => r.topics.map((t) => t.topic.name).join("、"),
          },
          { header: "关注人员（人数）", value: (r: ReportRow) => r._count.concerns, format: "int" },
          { header: "状态", value: (r: ReportRow) => REPORT_STATUS_LABELS[r.status] ?? r.status },
          { header: "迟报", value: (r: ReportRow) => (isLate(r) ? "迟报" : "") },
          { header: "截止日期", value: (r: ReportRow) => r.period?.dueAt, format: "date" },
          { header: "提交时间", value: (r: ReportRow) => r.submittedAt, format: "datetime" },
          { header: "信息员", value: (r: ReportRow) => r.author.realName },
          { header: "情况综述", value: (r: ReportRow) => r.summary },
        ],
      },
    ],
  };
}
