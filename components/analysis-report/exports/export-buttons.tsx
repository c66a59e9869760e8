// The report page's downloads: Word (GB/T 9704 公文), PDF and Excel of the
// version on screen, and print. ExportButton shows 正在导出… and the kilobytes
// as the file arrives, so a report that takes a while to write shows progress.
// The annex's downloads sit on the annex page, marked 内部资料 注意保密.
import { ExportButton } from "@/components/ui/export-button";

import { PrintButton } from "./print-button";

const href = (reportId: string, kind: "export" | "export-annex", format: string, version: string) =>
  `/analysis-reports/${encodeURIComponent(reportId)}/${kind}/${format}?version=${encodeURIComponent(version)}`;

export function ReportExportButtons({
  reportId,
  versionId,
}: {
  reportId: string;
  versionId: string;
}) {
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <ExportButton href={href(reportId, "export", "docx", versionId)} label="导出 Word" />
      <ExportButton href={href(reportId, "export", "pdf", versionId)} label="导出 PDF" />
      <ExportButton href={href(reportId, "export", "xlsx", versionId)} label="导出 Excel" />
      <PrintButton />
    </div>
  );
}

export function AnnexExportButtons({
  reportId,
  versionId,
}: {
  reportId: string;
  versionId: string;
}) {
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <ExportButton
        href={href(reportId, "export-annex", "docx", versionId)}
        label="导出附件 Word"
      />
      <ExportButton href={href(reportId, "export-annex", "pdf", versionId)} label="导出附件 PDF" />
      <ExportButton
        href={href(reportId, "export-annex", "xlsx", versionId)}
        label="导出附件 Excel"
      />
    </div>
  );
}
