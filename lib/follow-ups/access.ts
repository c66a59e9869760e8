// Who may see which follow-up. 政治处 (followup.manage) sees every one; any
// other business user sees only those assigned to them. Everything else is
// "not found" (docs/security.md item 10), for pages and actions alike.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";

export type { Viewer };

export function canManageFollowUps(viewer: Pick<Viewer, "roles">): boolean {
  return can(viewer.roles, "followup.manage");
}

/** The where clause every follow-up read and write starts from. */
export function followUpScope(viewer: Viewer): Prisma.FollowUpWhereInput {
  return canManageFollowUps(viewer) ? {} : { assigneeId: viewer.id };
}
