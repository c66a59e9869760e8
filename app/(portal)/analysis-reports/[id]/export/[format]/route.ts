// 导出 Word / PDF / Excel of one version of an analysis report (?version=, else the
// newest): LEADER and 政治处 only; anyone else, or an
// unknown format, gets a 404 and an audited NOT_FOUND row. Each export is
// audited with the version and the format.
import {
  FORMATS,
  REPORT_EXPORT,
  reportFile,
  reportWorkbook,
} from "@/lib/analysis-report/exports/files";
import { fileExportRoute, type FileFormat } from "@/lib/file-export-route";
import { xlsxExportRoute } from "@/lib/xlsx-route";

type Params = { id: string; format: string };

const file = fileExportRoute<Params>({ ...REPORT_EXPORT, param: "id" }, async (user, url, p) =>
  FORMATS.includes(p.format as FileFormat)
    ? reportFile(user, p.id, url, p.format as FileFormat)
    : null,
);
const workbook = xlsxExportRoute<Params>({ ...REPORT_EXPORT, param: "id" }, (user, url, p) =>
  reportWorkbook(user, p.id, url),
);

export async function GET(req: Request, ctx: { params: Promise<Params> }): Promise<Response> {
  return (await ctx.params).format === "xlsx" ? workbook(req, ctx) : file(req, ctx);
}
