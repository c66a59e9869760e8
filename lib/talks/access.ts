// Who sees a talk record. Holders of "talk.readAll" (政治处) see every record;
// anyone else holding "talk.record" (a 院领导, a department head) only the
// talks they conducted. The interviewee never sees a record about themselves.
// Who may be talked to is separate: 院领导 and 政治处 anyone ("talk.recordAny"),
// a head their own department.
import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Role } from "../auth/roles";
import type { Viewer } from "../auth/session";

/** 政治处 oversees every talk ("talk.readAll"); others only their own as interviewer. */
export function seesAllTalks(roles: readonly Role[]): boolean {
  return can(roles, "talk.readAll");
}

/** 院领导 and 政治处 may talk with anyone ("talk.recordAny"); a head only with their own department. */
export function talksWithAnyone(roles: readonly Role[]): boolean {
  return can(roles, "talk.recordAny");
}

/** Only 政治处 may record a talk on another interviewer's behalf. */
export function recordsForOthers(roles: readonly Role[]): boolean {
  return can(roles, "talk.campaign");
}

/** The records a viewer may see; never those about the viewer. */
export function talkScope(v: Viewer): Prisma.TalkRecordWhereInput {
  if (!can(v.roles, "talk.record")) return { id: "__none__" };
  return {
    intervieweeId: { not: v.id },
    ...(seesAllTalks(v.roles) ? {} : { interviewerId: v.id }),
  };
}
