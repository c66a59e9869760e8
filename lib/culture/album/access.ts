// Who sees a photo. Approved photos are seen by every business user
// (culture.participate); a pending or hidden one only by 政治处
// (culture.manage) and by whoever uploaded it. Anyone else gets the same
// answer as for an id that does not exist. The full image (an Attachment of
// owner type "Photo") and the thumbnail are served under this same rule.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { Role } from "../../auth/roles";
import type { Viewer } from "../../auth/session";
import { db, type Tx } from "../../db";

/** Attachment.ownerType of a photo's full image (ownerId = the photo's id). */
export const PHOTO_OWNER = "Photo";

export type PhotoViewer = Pick<Viewer, "id" | "roles">;

export function managesAlbums(roles: readonly Role[]): boolean {
  return can(roles, "culture.manage");
}

export function photoVisibleWhere(v: PhotoViewer): Prisma.PhotoWhereInput {
  if (managesAlbums(v.roles)) return {};
  if (!can(v.roles, "culture.participate")) return { id: "__none__" };
  return { OR: [{ status: "APPROVED" }, { uploadedById: v.id }] };
}

/** The photo if the viewer may see it; null otherwise (the caller answers 404). */
export async function findVisiblePhoto(v: PhotoViewer, id: string, tx: Tx = db) {
  return tx.photo.findFirst({
    where: { AND: [{ id }, photoVisibleWhere(v)] },
    select: {
      id: true,
      albumId: true,
      status: true,
      uploadedById: true,
      thumbKey: true,
      attachmentId: true,
    },
  });
}

/** Albums are open to every business user; only their photos are filtered. */
export function seesAlbums(roles: readonly Role[]): boolean {
  return can(roles, "culture.participate") || can(roles, "culture.manage");
}
