// The reads behind the exports, scoped in their where by the viewer: the
// version of a report the viewer may export, and the annex rows they may
// read (through the core's annexRows). 院领导 and 政治处 export any version
// of the report, as its page shows them; the annex is theirs in full and a
// head's for their own department.
import "server-only";

import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import type { AnnexRow, ReportContent } from "../content";
import { annexRows, parseContent } from "../queries";

export type ExportVersion = {
  id: string;
  reportId: string;
  number: number;
  issuedAt: Date | null;
  content: ReportContent;
};

type Viewer = Pick<SessionUser, "id" | "username" | "roles" | "departmentId">;

/** The version asked for, or the newest, as the report page shows it (lib/analysis-report/queries.ts). */
async function versionOf(reportId: string, versionId: string | null) {
  const row = await db.analysisReportVersion.findFirst({
    where: { reportId, ...(versionId ? { id: versionId } : {}) },
    orderBy: { number: "desc" },
    select: { id: true, reportId: true, number: true, issuedAt: true, content: true },
  });
  if (!row) return null;
  return { ...row, content: parseContent(row.content) };
}

/** The version (?version=, else the newest) of a report the viewer may export, or null. */
export async function exportableVersion(
  v: Viewer,
  reportId: string,
  versionId: string | null,
): Promise<ExportVersion | null> {
  if (!can(v.roles, "analysisReport.read")) return null;
  return versionOf(reportId, versionId);
}

export type AnnexRead = {
  version: ExportVersion;
  rows: AnnexRow[];
  /** The one department the rows are limited to, or null for the whole 院. */
  departmentName: string | null;
};

/**
 * The annex of a report version for this viewer: 政治处 and 院领导
 * read every department (or the one asked for), a head only their own; a
 * head asking for another department, or anyone else, gets null.
 */
export async function annexFor(
  v: Viewer,
  reportId: string,
  versionId: string | null,
  departmentId: string | null,
): Promise<AnnexRead | null> {
  if (!can(v.roles, "analysisReport.annex")) return null;
  const all = can(v.roles, "analysisReport.read");
  if (!all && (!v.departmentId || (departmentId && departmentId !== v.departmentId))) return null;
  const version = await versionOf(reportId, versionId);
  if (!version) return null;
  // annexRows scopes its where by the viewer (a head: their department) and audits the read.
  const scoped = await annexRows(v, version.id);
  if (scoped === null) return null;
  const only = all ? departmentId : v.departmentId;
  const rows = only ? scoped.filter((r) => r.departmentId === only) : scoped;
  const departmentName = only
    ? ((await db.department.findUnique({ where: { id: only }, select: { name: true } }))?.name ??
      null)
    : null;
  if (only && !departmentName) return null;
  return { version, rows, departmentName };
}
