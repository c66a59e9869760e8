// 导出 Excel of a cycle's 异议 (the 异议处理 page): the same query as the page
// (review/objection-list.ts) — scope, state, keyword, order — streamed page
// by page, for those who have the page (appraisal.read or appraisal.manage);
// anyone else gets 404. An objection is personal: the file holds what the
// page shows these readers and nothing more.
import "server-only";

import type { SessionUser } from "../../auth/session";
import { formatCenti } from "../../scores";
import { filterText, type XlsxColumn } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { managesAppraisal, readsAllSheets } from "../access";
import { GRADE_LABELS, type Grade } from "../labels";
import { allObjectionRows, type ObjectionRow } from "../review/objection-list";
import { OBJECTION_STATUS_LABELS, ObjectionListFilter } from "../review/schemas";

const grade = (g: string | null) => (g ? (GRADE_LABELS[g as Grade] ?? g) : "");
const withGrade = (centi: number | null, g: string | null) =>
  `${formatCenti(centi)}${g ? `（${grade(g)}）` : ""}`;
const statusLabel = (s: string) =>
  OBJECTION_STATUS_LABELS[s as keyof typeof OBJECTION_STATUS_LABELS] ?? s;

const COLUMNS: XlsxColumn<ObjectionRow>[] = [
  { header: "姓名", value: (o) => o.sheet.subjectName },
  { header: "部门", value: (o) => o.sheet.departmentName },
  { header: "提出时间", value: (o) => o.filedAt, format: "datetime" },
  { header: "异议内容", value: (o) => o.body },
  { header: "状态", value: (o) => statusLabel(o.status) },
  { header: "答复", value: (o) => o.answer },
  { header: "答复时间", value: (o) => o.answeredAt, format: "datetime" },
  {
    header: "调整",
    value: (o) => {
      const a = o.status === "ADJUSTED" ? o.sheet.adjustments[0] : undefined;
      return a
        ? `${withGrade(a.beforeCenti, a.beforeGrade)} → ${withGrade(a.afterCenti, a.afterGrade)}`
        : "";
    },
  },
  { header: "最终总分", value: (o) => o.sheet.finalTotalCenti, format: "centi" },
  { header: "等次", value: (o) => grade(o.sheet.finalGrade) },
];

export function exportObjections(
  user: SessionUser,
  cycle: { id: string; title: string },
  url: URL,
): XlsxExport | null {
  if (!readsAllSheets(user) && !managesAppraisal(user)) return null;
  const f = ObjectionListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "appraisal.objections.export",
    objectType: "AppraisalCycle",
    objectId: cycle.id,
    fileName: `${cycle.title}-异议`,
    filter: filterText({ 状态: f.status ? statusLabel(f.status) : undefined, 关键词: f.q }),
    sheets: [
      {
        name: "异议",
        title: `${cycle.title} · 异议处理`,
        rows: allObjectionRows(user, cycle.id, f),
        columns: COLUMNS,
      },
    ],
  };
}
