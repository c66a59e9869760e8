// Who organises an event and who may register for it. A 集体活动 (clubId
// null) is organised by 政治处 (culture.manage) and open to every business
// user; a club event is organised by the club's officers and open to the
// club's active members only (a reading circle's places are for its members:
// staff join the club first, which its officers approve).
import "server-only";

import { can } from "../../auth/permissions";
import type { Viewer } from "../../auth/session";
import type { Tx } from "../../db";
import { isActiveMember, isClubOfficer } from "../clubs/access";

export type EventViewer = Pick<Viewer, "id" | "roles">;
type EventRow = { clubId: string | null };

export async function mayOrganise(tx: Tx, v: EventViewer, e: EventRow): Promise<boolean> {
  if (e.clubId === null) return can(v.roles, "culture.manage");
  return isClubOfficer(tx, v.id, e.clubId);
}

export async function mayRegister(tx: Tx, v: EventViewer, e: EventRow): Promise<boolean> {
  if (!can(v.roles, "culture.participate")) return false;
  return e.clubId === null || isActiveMember(tx, v.id, e.clubId);
}
