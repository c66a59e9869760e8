// 导出 Excel: the audit log, exactly as the auditor's filtered and sorted page
// shows it; the export leaves its own audit row (filter and row count). The
// permission is checked here, not in lib/audit (which lib/auth imports).
import { exportAuditLog } from "@/lib/audit/export";
import { can } from "@/lib/auth/permissions";
import { isRole, ROLE_LABELS } from "@/lib/auth/roles";
import { xlsxExportRoute } from "@/lib/xlsx-route";

const roleLabel = (code: string) => (isRole(code) ? ROLE_LABELS[code] : code);

export const GET = xlsxExportRoute(
  { action: "audit.list.export", objectType: "AuditLog" },
  async (user, url) => (can(user.roles, "audit.read") ? exportAuditLog(url, roleLabel) : null),
);
