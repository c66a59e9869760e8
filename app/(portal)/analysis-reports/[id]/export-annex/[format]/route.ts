// The confidential annex (names of staff of concern and their follow-ups) as
// Word / PDF / Excel, marked 内部资料 注意保密: 政治处 and 院领导 read every
// department (?dept= for one), a head their own department only; anyone
// else, or a head asking for another department, gets a 404 and an audited
// NOT_FOUND row. Every read is audited with the version, department and rows.
import {
  ANNEX_EXPORT,
  annexFile,
  annexWorkbook,
  FORMATS,
} from "@/lib/analysis-report/exports/files";
import { fileExportRoute, type FileFormat } from "@/lib/file-export-route";
import { xlsxExportRoute } from "@/lib/xlsx-route";

type Params = { id: string; format: string };

const file = fileExportRoute<Params>({ ...ANNEX_EXPORT, param: "id" }, async (user, url, p) =>
  FORMATS.includes(p.format as FileFormat)
    ? annexFile(user, p.id, url, p.format as FileFormat)
    : null,
);
const workbook = xlsxExportRoute<Params>({ ...ANNEX_EXPORT, param: "id" }, (user, url, p) =>
  annexWorkbook(user, p.id, url),
);

export async function GET(req: Request, ctx: { params: Promise<Params> }): Promise<Response> {
  return (await ctx.params).format === "xlsx" ? workbook(req, ctx) : file(req, ctx);
}
