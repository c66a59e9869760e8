// One 考评表 as XLSX (server-only): the same read as the sheet page
// (getSheet: 404 outside sheetVisibleTo, reads of others' sheets audited),
// showing what the page shows — MANUAL scores, totals, ranks and grade only
// once the viewer may see results — plus the calibration before → after.
import "server-only";

import type { SessionUser } from "../../auth/session";
import type { XlsxSheet } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import {
  CATEGORY_LABELS,
  GRADE_LABELS,
  type Category,
  type CycleState,
  type Grade,
} from "../labels";
import { getCycle, getSheet, showsResults } from "../queries";
import { AUTO_RULES, type AutoRuleKey } from "../rules";
import { scoredBy } from "../template";

const grade = (g: string | null) => (g ? (GRADE_LABELS[g as Grade] ?? g) : "");

export async function exportSheet(
  user: SessionUser,
  cycleId: string,
  sheetId: string,
): Promise<XlsxExport | null> {
  const view = await getSheet(user, cycleId, sheetId);
  const cycle = view ? await getCycle(user, cycleId) : null;
  if (!view || !cycle) return null;
  const s = view.sheet;
  const results = showsResults(user, cycle.status as CycleState);
  const indicators = cycle.categories.flatMap((c) =>
    c.indicators.filter((i) => view.results[i.id]).map((i) => ({ c, i, r: view.results[i.id] })),
  );
  const score = ({ i, r }: (typeof indicators)[number]) =>
    i.type === "MANUAL" && !results ? null : r.kind === "SCORED" ? r.centi : null;
  const state = ({ i, r }: (typeof indicators)[number]) =>
    i.type === "MANUAL" && !results
      ? "待公示"
      : r.kind === "SCORED"
        ? "已评分"
        : r.kind === "NA"
          ? "不适用"
          : "待评分";
  const snap = !!s.cycle.snapshotAt;
  const summary: { k: string; v: string | number | null; centi?: boolean }[] = results
    ? [
        { k: "考评对象", v: s.subjectName },
        { k: "部门", v: s.departmentName },
        { k: "职务", v: s.position ?? "" },
        ...cycle.categories.map((c) => ({
          k: `${CATEGORY_LABELS[c.category as Category]}（${c.weight}%）`,
          v: view.byCategory[c.category as Category] ?? null,
          centi: true,
        })),
        { k: "总分", v: snap ? s.finalTotalCenti : view.liveTotal, centi: true },
        { k: "部门名次", v: s.rankInDept },
        { k: "全院名次", v: s.rankOverall },
        { k: "等次", v: grade(s.finalGrade) },
      ]
    : [];
  const title = `${cycle.title} · ${s.subjectName}`;
  const summarySheet: XlsxSheet<(typeof summary)[number]> = {
    name: "考评结果",
    title: `${title} · 考评结果`,
    rows: summary,
    columns: [
      { header: "项目", value: (x) => x.k },
      { header: "结果", value: (x) => (typeof x.v === "number" && x.centi ? x.v / 100 : x.v) },
    ],
  };
  const adjustmentSheet: XlsxSheet<(typeof view.adjustments)[number]> = {
    name: "校准记录",
    title: `${title} · 校准与异议调整`,
    rows: view.adjustments,
    columns: [
      { header: "类型", value: (a) => (a.kind === "OBJECTION" ? "异议调整" : "校准") },
      { header: "调整前总分", value: (a) => a.beforeCenti, format: "centi" },
      { header: "调整前等次", value: (a) => grade(a.beforeGrade) },
      { header: "调整后总分", value: (a) => a.afterCenti, format: "centi" },
      { header: "调整后等次", value: (a) => grade(a.afterGrade) },
      { header: "理由", value: (a) => a.reason },
      { header: "时间", value: (a) => a.createdAt, format: "datetime" },
    ],
  };
  return {
    action: "appraisal.sheet.export",
    objectType: "AppraisalSheet",
    objectId: s.id,
    fileName: `${cycle.title}-${s.subjectName}-考评表`,
    sheets: [
      {
        name: "各项指标",
        title: `${title} · 考评表`,
        rows: indicators,
        columns: [
          { header: "类别", value: (x) => CATEGORY_LABELS[x.c.category as Category] },
          { header: "类别权重(%)", value: (x) => x.c.weight, format: "int" },
          { header: "指标", value: (x) => x.i.name },
          { header: "指标权重(%)", value: (x) => x.i.weight, format: "int" },
          { header: "评分方式", value: (x) => scoredBy(x.i) },
          { header: "得分", value: score, format: "centi" },
          { header: "状态", value: state },
          {
            header: "计算方法",
            value: (x) =>
              x.i.type === "AUTO" ? (AUTO_RULES[x.i.rule as AutoRuleKey]?.formula ?? "") : "",
          },
          {
            header: "计算依据",
            value: (x) => (x.i.type === "MANUAL" && !results ? "" : x.r.detail),
          },
        ],
      },
      ...(results ? [summarySheet, adjustmentSheet] : []),
    ],
  };
}
