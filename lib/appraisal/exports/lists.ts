// XLSX exports of the appraisal's lists (server-only). Each takes the viewer
// and reads through the same query, with the same scope, as the page that
// shows the list, so an export never holds a row the viewer's screen would not.
// The 异议 list, filtered and sorted through the URL, is objections.ts.
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allCycleRows, type CycleListRow } from "../cycles/list";
import { CycleListFilter } from "../cycles/schemas";
import { CYCLE_STATE_LABELS, GRADE_LABELS, type CycleState, type Grade } from "../labels";
import { periodLabel } from "../period";
import {
  getCycle,
  listCalibrationSheets,
  listHeadedSheets,
  managesAppraisal,
  scoringProgress,
  showsResults,
} from "../queries";
import { exportObjections } from "./objections";

const grade = (g: string | null) => (g ? (GRADE_LABELS[g as Grade] ?? g) : "");

/** 导出 Excel of the cycle list (政治处, 院领导): the page's query, state, keyword and order. */
export async function exportCycles(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "appraisal.read")) return null;
  const f = CycleListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "appraisal.cycles.export",
    objectType: "AppraisalCycle",
    objectId: "",
    fileName: "考评周期",
    filter: filterText({
      阶段: f.status ? CYCLE_STATE_LABELS[f.status] : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "考评周期",
        title: "绩效考评周期",
        rows: await allCycleRows(user, f),
        columns: [
          { header: "周期", value: (c: CycleListRow) => c.title },
          { header: "考评期", value: (c: CycleListRow) => periodLabel(c.year, c.half) },
          {
            header: "阶段",
            value: (c: CycleListRow) => CYCLE_STATE_LABELS[c.status as CycleState] ?? c.status,
          },
          { header: "评分截止", value: (c: CycleListRow) => c.scoringDueAt, format: "date" },
          { header: "公示截止", value: (c: CycleListRow) => c.publicityEndsAt, format: "date" },
          { header: "考评表数", value: (c: CycleListRow) => c._count.sheets, format: "int" },
        ],
      },
    ],
  };
}

/** The cycle's exportable lists, by the route's last segment. */
export const CYCLE_LISTS = ["sheets", "progress", "objections", "department"] as const;
export type CycleList = (typeof CYCLE_LISTS)[number];

export async function exportCycleList(
  user: SessionUser,
  cycleId: string,
  list: string,
  url: URL,
): Promise<XlsxExport | null> {
  const cycle = await getCycle(user, cycleId);
  if (!cycle) return null;
  const base = {
    objectType: "AppraisalCycle",
    objectId: cycle.id,
    action: `appraisal.${list}.export`,
  };
  switch (list) {
    case "sheets": {
      if (!can(user.roles, "appraisal.read")) return null;
      const dept = url.searchParams.get("dept")?.slice(0, 40) || undefined;
      const rows = await listCalibrationSheets(cycle.id, dept);
      return {
        ...base,
        fileName: `${cycle.title}-考评结果`,
        filter: dept ? `部门：${rows[0]?.departmentName ?? dept}` : undefined,
        sheets: [
          {
            name: "考评结果",
            title: `${cycle.title} · 个人考评结果`,
            rows,
            columns: [
              { header: "全院名次", value: (s) => s.rankOverall, format: "int" },
              { header: "部门名次", value: (s) => s.rankInDept, format: "int" },
              { header: "姓名", value: (s) => s.subjectName },
              { header: "部门", value: (s) => s.departmentName },
              { header: "计算总分", value: (s) => s.totalCenti, format: "centi" },
              { header: "最终总分", value: (s) => s.finalTotalCenti, format: "centi" },
              { header: "等次", value: (s) => grade(s.finalGrade) },
              { header: "校准次数", value: (s) => s._count.adjustments, format: "int" },
            ],
          },
        ],
      };
    }
    case "progress": {
      if (!managesAppraisal(user) || !cycle.launchedAt) return null;
      const { scorers, peer } = await scoringProgress(cycle.id, new Date());
      const rows = [
        ...scorers,
        {
          scorerId: "",
          name: "民主测评（匿名，合计）",
          department: "",
          total: peer.total,
          scored: peer.scored,
          late: null,
        },
      ];
      return {
        ...base,
        fileName: `${cycle.title}-评分进度`,
        sheets: [
          {
            name: "评分进度",
            title: `${cycle.title} · 评分进度`,
            rows,
            columns: [
              { header: "评分人", value: (r) => r.name },
              { header: "部门", value: (r) => r.department },
              { header: "评分任务", value: (r) => r.total, format: "int" },
              { header: "已评", value: (r) => r.scored, format: "int" },
              { header: "未评", value: (r) => r.total - r.scored, format: "int" },
              { header: "已逾期", value: (r) => r.late, format: "int" },
            ],
          },
        ],
      };
    }
    case "objections":
      return exportObjections(user, cycle, url);
    case "department": {
      const rows = await listHeadedSheets(user, cycle.id);
      if (rows.length === 0) return null;
      const results = showsResults(user, cycle.status as CycleState);
      return {
        ...base,
        fileName: `${cycle.title}-本部门考评表`,
        sheets: [
          {
            name: "本部门考评表",
            title: `${cycle.title} · 本部门考评表`,
            rows,
            columns: [
              { header: "考评表", value: (s) => (s.subjectType === "PERSON" ? "个人" : "部门") },
              { header: "姓名/部门", value: (s) => s.subjectName },
              { header: "所在部门", value: (s) => s.departmentName },
              {
                header: "最终总分",
                value: (s) => (results ? s.finalTotalCenti : null),
                format: "centi",
              },
              { header: "等次", value: (s) => (results ? grade(s.finalGrade) : "待公示") },
              { header: "部门名次", value: (s) => (results ? s.rankInDept : null), format: "int" },
            ],
          },
        ],
      };
    }
    default:
      return null;
  }
}
