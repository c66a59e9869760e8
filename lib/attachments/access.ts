// Who may download an attachment: whoever may see the record it belongs to.
// Each owner type names its own check; an owner type without one is refused
// (fail closed). A refusal looks exactly like a missing file.
import "server-only";
import { db } from "../db";
import type { Role } from "../auth/roles";
import { ACTIVITY_OWNER, findVisibleActivity } from "../study/activities/access";

type Viewer = { id: string; roles: readonly Role[] };
type OwnerCheck = (viewer: Viewer, ownerId: string) => Promise<boolean>;

const OWNER_ACCESS: Record<string, OwnerCheck> = {
  [ACTIVITY_OWNER]: async (v, ownerId) => (await findVisibleActivity(v, ownerId)) !== null,
};

/** The attachment if the viewer may download it; null otherwise. */
export async function findDownloadableAttachment(v: Viewer, id: string) {
  const a = await db.attachment.findUnique({
    where: { id },
    select: { id: true, ownerType: true, ownerId: true, fileName: true, mimeType: true, size: true, storageKey: true },
  });
  const check = a ? OWNER_ACCESS[a.ownerType] : undefined;
  if (!a || !check || !(await check(v, a.ownerId))) return null;
  return a;
}
