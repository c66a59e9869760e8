// The GET route of a generated document (DOCX, PDF): the twin of
// xlsxExportRoute (lib/xlsx-route.ts) for files that are written whole rather
// than row by row. The same sign-in step (no session → 404, anonymous denials
// throttled); the route's builder decides what the viewer may export, or
// returns null for "not yours / not there" (404, audited NOT_FOUND). The
// response starts at once and the file follows when it is written, so the
// ExportButton shows 正在导出… and then the kilobytes as they arrive; the
// audit row (who, what, format, size, time taken) is written before the first
// byte, so no export completes unaudited, and a failed one ends the stream
// with an error (the button saves nothing) and is audited as ERROR.
import "server-only";

import { writeAudit } from "./audit/log";
import { auditRead } from "./audit/read";
import type { SessionUser } from "./auth/session";
import { downloadHeaders, openExport, type ExportTarget } from "./export-route";

export const FILE_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;
export type FileFormat = keyof typeof FILE_TYPES;

export type FileExport = {
  /** The audit action, e.g. "analysisReport.export". */
  action: string;
  objectType: string;
  objectId: string;
  format: FileFormat;
  /** The file name without date and extension, e.g. "2026年第四季度干警思想状况分析报告". */
  fileName: string;
  /** Non-secret context for the audit row, e.g. { version, rows }. */
  detail?: Record<string, string | number | boolean | null>;
  /** Writes the file; called once, after the response has started. */
  render: () => Promise<Buffer>;
};

const CHUNK = 64 * 1024;

export function fileExportRoute<P extends Record<string, string>>(
  target: ExportTarget<P>,
  build: (user: SessionUser, url: URL, params: P) => Promise<FileExport | null>,
) {
  return async (req: Request, ctx: { params?: Promise<P> }): Promise<Response> => {
    const opened = await openExport(req, ctx, target, build);
    if ("response" in opened) return opened.response;
    const { user, spec, ip } = opened;
    const exportedAt = new Date();
    const note = { action: spec.action, objectType: spec.objectType, objectId: spec.objectId, ip };
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const t0 = performance.now();
        let file: Buffer;
        try {
          file = await spec.render();
        } catch (e) {
          console.error(`${spec.action}: ${spec.format} generation failed`, e);
          await writeAudit({
            ...note,
            userId: user.id,
            username: user.username,
            roles: user.roles,
            result: "ERROR",
            detail: { format: spec.format, ...spec.detail, error: (e as Error)?.name ?? "Error" },
          });
          controller.error(new Error("导出失败"));
          return;
        }
        await auditRead(user, {
          ...note,
          found: true,
          detail: {
            format: spec.format,
            ...spec.detail,
            bytes: file.length,
            ms: Math.round(performance.now() - t0),
          },
        });
        for (let i = 0; i < file.length; i += CHUNK)
          controller.enqueue(new Uint8Array(file.subarray(i, i + CHUNK)));
        controller.close();
      },
    });
    return new Response(body, {
      headers: downloadHeaders(FILE_TYPES[spec.format], spec.fileName, spec.format, exportedAt),
    });
  };
}
