// What the export routes hand to fileExportRoute / xlsxExportRoute: the
// version the viewer may read (or null → 404, audited), the file name, the
// audit detail (which version, issued or not, how many annex rows) and the
// writer. The report itself (DOCX, PDF, XLSX) is LEADER's and 政治处's; the
// annex (DOCX, PDF, XLSX) is also a head's, holding their department's rows.
import "server-only";

import type { SessionUser } from "@/lib/auth/session";
import { officialDocx } from "@/lib/documents/docx";
import type { OfficialDocument } from "@/lib/documents/model";
import { officialPdf } from "@/lib/documents/pdf";
import type { FileExport, FileFormat } from "@/lib/file-export-route";
import type { XlsxExport } from "@/lib/xlsx-route";

import { annexDocument, annexTitle } from "./annex-document";
import { reportDocument } from "./document";
import { annexSheets, reportSheets } from "./sheets";
import { annexFor, exportableVersion, type ExportVersion } from "./source";

export const REPORT_EXPORT = { action: "analysisReport.export", objectType: "AnalysisReport" };
export const ANNEX_EXPORT = { action: "analysisReport.annex.export", objectType: "AnalysisReport" };

export const FORMATS = ["docx", "pdf"] as const satisfies readonly FileFormat[];

const versionText = (v: ExportVersion) => `第${v.number}版（${v.issuedAt ? "已签发" : "草稿"}）`;

function written(format: FileFormat, doc: () => Promise<OfficialDocument>) {
  return async () => (format === "docx" ? officialDocx(await doc()) : officialPdf(await doc()));
}

/** ?version= (as on the report page) picks a version; without it, the newest. */
const versionParam = (url: URL) => url.searchParams.get("version")?.slice(0, 40) || null;

export async function reportFile(
  user: SessionUser,
  reportId: string,
  url: URL,
  format: FileFormat,
): Promise<FileExport | null> {
  const v = await exportableVersion(user, reportId, versionParam(url));
  if (!v) return null;
  return {
    ...REPORT_EXPORT,
    objectId: v.reportId,
    format,
    fileName: `${v.content.title}-${versionText(v)}`,
    detail: { versionId: v.id, version: v.number, issued: v.issuedAt !== null },
    render: written(format, () => reportDocument(v.content)),
  };
}

export async function reportWorkbook(
  user: SessionUser,
  reportId: string,
  url: URL,
): Promise<XlsxExport | null> {
  const v = await exportableVersion(user, reportId, versionParam(url));
  if (!v) return null;
  return {
    ...REPORT_EXPORT,
    objectId: v.reportId,
    fileName: `${v.content.title}-${versionText(v)}`,
    filter: `版本：${versionText(v)}`,
    sheets: reportSheets(v.content),
  };
}

/** The annex for this viewer, or null (no right to it, or ?dept= not theirs). */
async function annexOf(user: SessionUser, reportId: string, url: URL) {
  const dept = url.searchParams.get("dept")?.slice(0, 40) || null;
  return annexFor(user, reportId, versionParam(url), dept);
}

export async function annexFile(
  user: SessionUser,
  reportId: string,
  url: URL,
  format: FileFormat,
): Promise<FileExport | null> {
  const a = await annexOf(user, reportId, url);
  if (!a) return null;
  return {
    ...ANNEX_EXPORT,
    objectId: a.version.reportId,
    format,
    fileName: `${annexTitle(a.version.content)}-内部资料`,
    detail: {
      versionId: a.version.id,
      version: a.version.number,
      department: a.departmentName ?? "全院",
      rows: a.rows.length,
    },
    render: written(format, async () =>
      annexDocument(a.version.content, a.rows, { departmentName: a.departmentName }),
    ),
  };
}

export async function annexWorkbook(
  user: SessionUser,
  reportId: string,
  url: URL,
): Promise<XlsxExport | null> {
  const a = await annexOf(user, reportId, url);
  if (!a) return null;
  return {
    ...ANNEX_EXPORT,
    objectId: a.version.reportId,
    fileName: `${annexTitle(a.version.content)}-内部资料`,
    filter: `版本：${versionText(a.version)}；部门：${a.departmentName ?? "全院"}`,
    sheets: annexSheets(a.version.content, a.rows),
  };
}
