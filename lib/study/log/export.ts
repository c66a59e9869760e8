// 导出 Excel of the study-log lists: the person's own entries and the review
// list, each the same query as its page (lib/study/log/list.ts), with the same
// scope, filters, keyword and order, streamed page by page. The reflection is
// never exported (neither list shows it).
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allMyLogRows, allReviewRows, type MyLogRow, type ReviewRow } from "./list";
import { logKindLabel, logStatusLabel, MyLogFilter, ReviewFilter } from "./schemas";

const hours = (tenths: number) => tenths / 10;

/** The caller's own entries (/study/log). */
export async function exportMyLogs(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "study.log")) return null;
  const f = MyLogFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "study.log.list.export",
    objectType: "StudyLog",
    objectId: "",
    fileName: "我的学习日志",
    filter: filterText({ 状态: f.status ? logStatusLabel(f.status) : undefined, 关键词: f.q }),
    sheets: [
      {
        name: "我的学习日志",
        title: `我的学习日志 · ${user.realName}`,
        rows: allMyLogRows(user, f),
        columns: [
          { header: "学习日期", value: (r: MyLogRow) => r.studiedOn, format: "date" },
          { header: "类型", value: (r: MyLogRow) => logKindLabel(r.kind) },
          { header: "学习内容", value: (r: MyLogRow) => r.title },
          { header: "时长（小时）", value: (r: MyLogRow) => hours(r.tenths) },
          { header: "状态", value: (r: MyLogRow) => logStatusLabel(r.status) },
          {
            header: "退回意见",
            value: (r: MyLogRow) => (r.status === "RETURNED" ? r.reviewComment : ""),
          },
        ],
      },
    ],
  };
}

/** The review list (/study/review): null (→ 404) for anyone who reviews nothing. */
export async function exportReviewLogs(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "study.log")) return null;
  const f = ReviewFilter.parse(Object.fromEntries(url.searchParams));
  const rows = await allReviewRows(user, f);
  if (!rows) return null;
  const dept = f.dept
    ? await db.department.findUnique({ where: { id: f.dept }, select: { name: true } })
    : null;
  return {
    action: "study.log.review.export",
    objectType: "StudyLog",
    objectId: "",
    fileName: "学习日志审核",
    filter: filterText({
      状态: f.status === "ALL" ? "全部" : logStatusLabel(f.status),
      学习类型: f.kind ? logKindLabel(f.kind) : undefined,
      部门: dept?.name,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "学习日志",
        title: "学习日志审核",
        rows,
        columns: [
          { header: "学习内容", value: (r: ReviewRow) => r.title },
          { header: "类型", value: (r: ReviewRow) => logKindLabel(r.kind) },
          { header: "干警", value: (r: ReviewRow) => r.user.realName },
          { header: "部门", value: (r: ReviewRow) => r.user.department?.name ?? "" },
          { header: "提交时间", value: (r: ReviewRow) => r.createdAt, format: "datetime" },
          { header: "学习日期", value: (r: ReviewRow) => r.studiedOn, format: "date" },
          { header: "时长（小时）", value: (r: ReviewRow) => hours(r.tenths) },
          { header: "状态", value: (r: ReviewRow) => logStatusLabel(r.status) },
          { header: "审核时间", value: (r: ReviewRow) => r.reviewedAt, format: "datetime" },
        ],
      },
    ],
  };
}
