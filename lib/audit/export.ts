// 导出 Excel of the audit log: the same query as the page (lib/audit/list.ts),
// with the same filters, keyword and order, streamed page by page. The export
// is itself audited (xlsxExportRoute): who took which part of the log.
// lib/auth imports lib/audit, so this module never imports lib/auth: the
// route decides who may have the file (audit.read) and names the roles.
import "server-only";

import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { AUDIT_RESULT_LABELS, auditActionLabel } from "./labels";
import { allAuditRows, type AuditRow } from "./list";
import { AuditFilter } from "./schemas";

/** Excel holds at most 32,767 characters in a cell; a longer detail is cut, and says so. */
const CELL_MAX = 32_767;
export function detailCell(detail: string | null): string {
  if (!detail || detail.length <= CELL_MAX) return detail ?? "";
  const note = `…（共 ${detail.length} 字，已截断）`;
  return detail.slice(0, CELL_MAX - note.length) + note;
}

/** The file of the audit log as `url`'s filter and order select it. */
export function exportAuditLog(url: URL, roleLabel: (code: string) => string): XlsxExport {
  const f = AuditFilter.parse(Object.fromEntries(url.searchParams));
  const roles = (r: AuditRow) => (r.roles ? r.roles.split(",").map(roleLabel).join("、") : "");
  return {
    action: "audit.list.export",
    objectType: "AuditLog",
    objectId: "",
    fileName: "审计日志",
    filter: filterText({
      用户: f.user,
      操作: f.action ? auditActionLabel(f.action) : undefined,
      结果: f.result ? AUDIT_RESULT_LABELS[f.result] : undefined,
      起始日期: f.from,
      截止日期: f.to,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "审计日志",
        title: "审计日志",
        rows: allAuditRows(f),
        columns: [
          { header: "序号", value: (r: AuditRow) => r.seq, format: "int" },
          { header: "时间", value: (r: AuditRow) => r.at, format: "datetime" },
          { header: "用户", value: (r: AuditRow) => r.username ?? "（匿名）" },
          { header: "角色", value: roles },
          { header: "操作", value: (r: AuditRow) => auditActionLabel(r.action) },
          { header: "操作代码", value: (r: AuditRow) => r.action },
          { header: "对象类型", value: (r: AuditRow) => r.objectType ?? "" },
          { header: "对象", value: (r: AuditRow) => r.objectId ?? "" },
          {
            header: "结果",
            value: (r: AuditRow) => AUDIT_RESULT_LABELS[r.result] ?? r.result,
          },
          { header: "IP", value: (r: AuditRow) => r.ip ?? "" },
          { header: "详情", value: (r: AuditRow) => detailCell(r.detail), format: "text" },
        ],
      },
    ],
  };
}
