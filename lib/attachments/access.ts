// Who may download an attachment: whoever may see the record it belongs to.
// The caller (the download route) passes one check per owner type, written
// by the owning domain; an owner type without one is refused (fail closed).
// A refusal looks exactly like a missing file. This module imports no domain.
import "server-only";

import type { Viewer } from "../auth/session";
import { db } from "../db";

export type AttachmentViewer = Pick<Viewer, "id" | "roles" | "departmentId">;
export type OwnerCheck = (viewer: AttachmentViewer, ownerId: string) => Promise<boolean>;

/** The attachment if the viewer may download it; null otherwise. */
export async function findDownloadableAttachment(
  v: AttachmentViewer,
  id: string,
  ownerAccess: Readonly<Record<string, OwnerCheck>>,
) {
  const a = await db.attachment.findUnique({
    where: { id },
    select: {
      id: true,
      ownerType: true,
      ownerId: true,
      fileName: true,
      mimeType: true,
      size: true,
      storageKey: true,
    },
  });
  const check = a && Object.hasOwn(ownerAccess, a.ownerType) ? ownerAccess[a.ownerType] : undefined;
  if (!a || !check || !(await check(v, a.ownerId))) return null;
  return a;
}
