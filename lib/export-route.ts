// The start and the headers every export route shares: xlsxExportRoute
// (lib/xlsx-route.ts, lists and sheets row by row) and fileExportRoute
// (lib/file-export-route.ts, documents written whole). The sign-in step of the
// file routes (no session → 404, anonymous denials throttled), then the route's
// own builder decides what the viewer may export, or returns null for "not
// yours / not there": a 404, audited NOT_FOUND.
import "server-only";

import { contentDisposition } from "./attachments/detect";
import { signedInForFile } from "./attachments/route-guard";
import { auditRead } from "./audit/read";
import type { SessionUser } from "./auth/session";
import { shanghaiDayKey } from "./dates";
import { requestMeta } from "./request";

const NO_STORE = { "Cache-Control": "no-store, max-age=0", "X-Content-Type-Options": "nosniff" };

function notFound(): Response {
  return new Response("内容不存在或您无权导出", {
    status: 404,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** What a refused export is audited as; `param` names the route parameter holding the object's id (default: the first). */
export type ExportTarget<P> = { action: string; objectType: string; param?: keyof P };

/** Signs the viewer in and asks the builder for the export: the spec, or the response that refuses it. */
export async function openExport<P extends Record<string, string>, S>(
  req: Request,
  ctx: { params?: Promise<P> },
  target: ExportTarget<P>,
  build: (user: SessionUser, url: URL, params: P) => Promise<S | null>,
): Promise<{ response: Response } | { user: SessionUser; spec: S; ip: string }> {
  // A route without dynamic segments gets no params at all (ctx.params undefined).
  const params = ((await ctx?.params) ?? {}) as P;
  const { ip } = await requestMeta();
  const objectId = String(
    (target.param ? params[target.param] : Object.values(params)[0]) ?? "",
  ).slice(0, 40);
  const base = { action: target.action, objectType: target.objectType, objectId, ip };
  const signedIn = await signedInForFile(base, notFound, NO_STORE);
  if ("response" in signedIn) return signedIn;
  const { user } = signedIn;
  const spec = await build(user, new URL(req.url), params);
  if (!spec) {
    await auditRead(user, { ...base, found: false });
    return { response: notFound() };
  }
  return { user, spec, ip };
}

/** A download's headers: never cached, its type, and the file named `<fileName>-<day>.<ext>`. */
export function downloadHeaders(type: string, fileName: string, ext: string, at: Date) {
  return {
    ...NO_STORE,
    "Content-Type": type,
    "Content-Disposition": contentDisposition(`${fileName}-${shanghaiDayKey(at)}.${ext}`),
  };
}
