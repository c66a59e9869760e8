// Downloads an attachment to whoever may see the record it belongs to. No
// session, no access or no file: the same 404. Every attempt is audited,
// except that anonymous denials are throttled per address (20 in 10 minutes,
// then 429 with no row), so that nobody can flood the audit log signed out.
import { findDownloadableAttachment, type OwnerCheck } from "@/lib/attachments/access";
import { contentDisposition } from "@/lib/attachments/detect";
import { signedInForFile } from "@/lib/attachments/route-guard";
import { openStoredFile } from "@/lib/attachments/storage";
import { writeAudit } from "@/lib/audit/log";
import { mayReadConduct } from "@/lib/conduct/access";
import { CONDUCT_OWNER } from "@/lib/conduct/labels";
import { findVisiblePhoto, PHOTO_OWNER } from "@/lib/culture/album/access";
import { ESSAY_ENTRY_OWNER, findVisibleEntry } from "@/lib/culture/essays/access";
import { requestMeta } from "@/lib/request";
import { ACTIVITY_OWNER, findVisibleActivity } from "@/lib/study/activities/access";

/** One check per kind of record that has attachments, from the domain that owns it. */
const OWNER_ACCESS: Record<string, OwnerCheck> = {
  [ACTIVITY_OWNER]: async (v, ownerId) => (await findVisibleActivity(v, ownerId)) !== null,
  [ESSAY_ENTRY_OWNER]: async (v, ownerId) => (await findVisibleEntry(v, ownerId)) !== null,
  [CONDUCT_OWNER]: (v, ownerId) => mayReadConduct(v, ownerId),
  [PHOTO_OWNER]: async (v, ownerId) => (await findVisiblePhoto(v, ownerId)) !== null,
};

const NO_STORE = { "Cache-Control": "no-store, max-age=0", "X-Content-Type-Options": "nosniff" };

function notFound(): Response {
  return new Response("文件不存在或您无权下载", {
    status: 404,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id: rawId } = await params;
  const id = rawId.slice(0, 40);
  const { ip } = await requestMeta();
  const base = { action: "attachment.download", objectType: "Attachment", objectId: id, ip };
  const signedIn = await signedInForFile(base, notFound, NO_STORE);
  if ("response" in signedIn) return signedIn.response;
  const { user } = signedIn;
  const who = { userId: user.id, username: user.username, roles: user.roles };
  const a = await findDownloadableAttachment(user, id, OWNER_ACCESS);
  const file = a ? await openStoredFile(a.storageKey) : null;
  if (!a || !file) {
    await writeAudit({
      ...base,
      ...who,
      result: a ? "ERROR" : "NOT_FOUND",
      detail: a ? { reason: "fileMissing" } : null,
    });
    return notFound();
  }
  await writeAudit({
    ...base,
    ...who,
    result: "SUCCESS",
    detail: { ownerType: a.ownerType, ownerId: a.ownerId, size: file.size },
  });
  return new Response(file.stream, {
    headers: {
      ...NO_STORE,
      "Content-Type": a.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(a.fileName),
    },
  });
}
