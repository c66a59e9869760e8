// 导出 Excel of the follow-up list: the same query as the page
// (lib/follow-ups/list.ts) — scope, filters, keyword, order — streamed page by
// page. 政治处 and 院领导 export the board, anyone else only the follow-ups
// assigned to them; a 院领导's file holds the masked title of a
// staff-of-concern follow-up, as the screen does. Timeline notes are never
// exported. Without the list (SYS_ADMIN, AUDITOR): 404.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { filterText, type XlsxColumn } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { readsAllFollowUps } from "./access";
import { labelOf, PRIORITY_LABELS, SOURCE_LABELS, STATUS_LABELS } from "./labels";
import { allFollowUpRows, type FollowUpRow } from "./list";
import { FollowUpListFilter } from "./schemas";

export async function exportFollowUps(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "followup.work")) return null;
  const f = FollowUpListFilter.parse(Object.fromEntries(url.searchParams));
  const all = readsAllFollowUps(user);
  const [dept, assignee] = await Promise.all([
    f.departmentId
      ? db.department.findUnique({ where: { id: f.departmentId }, select: { name: true } })
      : null,
    all && f.assigneeId
      ? db.user.findUnique({ where: { id: f.assigneeId }, select: { realName: true } })
      : null,
  ]);
  const name = all ? "督办事项" : "我的督办";
  const columns: XlsxColumn<FollowUpRow>[] = [
    { header: "督办事项", value: (r) => r.title },
    { header: "来源", value: (r) => labelOf(SOURCE_LABELS, r.sourceType) },
    { header: "部门", value: (r) => r.department ?? "" },
    ...(all ? [{ header: "承办人", value: (r: FollowUpRow) => r.assignee ?? "待分派" }] : []),
    { header: "优先级", value: (r) => labelOf(PRIORITY_LABELS, r.priority) },
    { header: "立项日期", value: (r) => r.createdAt, format: "date" },
    { header: "办结期限", value: (r) => r.dueDate, format: "date" },
    { header: "状态", value: (r) => labelOf(STATUS_LABELS, r.status) },
    { header: "逾期", value: (r) => (r.overdue ? "逾期" : "") },
  ];
  return {
    action: "followup.list.export",
    objectType: "FollowUp",
    objectId: "",
    fileName: name,
    filter: filterText({
      来源: f.source ? labelOf(SOURCE_LABELS, f.source) : undefined,
      部门: dept?.name,
      承办人: assignee?.realName,
      状态: f.status
        ? f.status === "ACTIVE"
          ? "未办结"
          : labelOf(STATUS_LABELS, f.status)
        : undefined,
      只看逾期: f.overdue ? "是" : undefined,
      关键词: f.q,
    }),
    sheets: [{ name, title: name, rows: allFollowUpRows(user, f), columns }],
  };
}
