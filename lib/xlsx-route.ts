// The GET route of an XLSX export: the same sign-in step as the file routes
// (no session → 404, anonymous denials throttled), then the route's own
// builder decides what the viewer may export — the same query, scoped the same
// way, as the page the export button sits on — or null for "not yours / not
// there" (404). Every export leaves one audit row: who, which list or record,
// the format, the filter and the number of rows (SECURITY item 28).
import "server-only";

import { auditRead } from "./audit/read";
import type { SessionUser } from "./auth/session";
import { downloadHeaders, openExport, type ExportTarget } from "./export-route";
import { xlsxStream, type XlsxSheet } from "./xlsx";

export type XlsxExport = {
  /** The audit action, e.g. "appraisal.sheets.export". */
  action: string;
  objectType: string;
  objectId: string;
  /** The file name without date and extension, e.g. "2026年度考评-考评表". */
  fileName: string;
  /** The filter in words, printed in the file and kept in the audit row. */
  filter?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
  sheets: readonly XlsxSheet<any>[];
};

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxExportRoute<P extends Record<string, string>>(
  target: ExportTarget<P>,
  build: (user: SessionUser, url: URL, params: P) => Promise<XlsxExport | null>,
) {
  return async (req: Request, ctx: { params?: Promise<P> }): Promise<Response> => {
    const opened = await openExport(req, ctx, target, build);
    if ("response" in opened) return opened.response;
    const { user, spec, ip } = opened;
    const exportedAt = new Date();
    const { body, rows } = xlsxStream(spec.sheets, {
      exportedBy: user.realName || user.username,
      exportedAt,
      filter: spec.filter,
    });
    const note = (count: number | null, error?: string) =>
      auditRead(user, {
        action: spec.action,
        objectType: spec.objectType,
        objectId: spec.objectId,
        found: true,
        ip,
        detail: {
          format: "xlsx",
          filter: spec.filter ?? null,
          rows: count,
          ...(error ? { error } : {}),
        },
      });
    const counted = spec.sheets.every((s) => Array.isArray(s.rows));
    rows.catch(() => undefined);
    let out = body;
    if (counted) await note(spec.sheets.reduce((n, s) => n + (s.rows as unknown[]).length, 0));
    else {
      // Streamed rows are counted as they go: the audit row is written when
      // the last row is, and the response ends only after it, so no export
      // is ever complete without its audit row (an aborted one is noted too).
      const audited = rows.then(
        (n) => note(n),
        () => note(null, "stream"),
      );
      out = body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          async flush() {
            await audited;
          },
        }),
      );
    }
    return new Response(out, {
      headers: downloadHeaders(XLSX_TYPE, spec.fileName, "xlsx", exportedAt),
    });
  };
}
