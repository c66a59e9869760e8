// Who may see which follow-up. 政治处 (followup.manage) sees and works every
// one; 院领导 (followup.readAll) reads every one's facts, but not its notes and
// with no controls; any other business user sees only those assigned to them.
// Everything else is "not found" (docs/security.md item 10), for pages and
// actions alike. Writes always start from followUpScope, never the read scope.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";

export type { Viewer };

export function canManageFollowUps(viewer: Pick<Viewer, "roles">): boolean {
  return can(viewer.roles, "followup.manage");
}

/** Lists every follow-up (政治处, 院领导): the board, not "我的督办". */
export function readsAllFollowUps(viewer: Pick<Viewer, "roles">): boolean {
  return canManageFollowUps(viewer) || can(viewer.roles, "followup.readAll");
}

/** The where clause every follow-up write starts from: 政治处, or the assignee. */
export function followUpScope(viewer: Viewer): Prisma.FollowUpWhereInput {
  return canManageFollowUps(viewer) ? {} : { assigneeId: viewer.id };
}

/** The where clause every follow-up read starts from. */
export function followUpReadScope(viewer: Viewer): Prisma.FollowUpWhereInput {
  return readsAllFollowUps(viewer) ? {} : { assigneeId: viewer.id };
}

/**
 * Whether the viewer reads this follow-up's notes and the name in its title:
 * 政治处 and its assignee. A reader of facts only (followup.readAll) does not.
 */
export function readsFollowUpDetail(viewer: Viewer, f: { assigneeId: string | null }): boolean {
  return canManageFollowUps(viewer) || (f.assigneeId !== null && f.assigneeId === viewer.id);
}
