// The people an activity's scope covers, fixed when it is created: active
// business users only (never SYS_ADMIN or AUDITOR, never disabled accounts).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Tx } from "../../db";
import { ValidationError } from "../../errors";
import { activeBusinessUser } from "../../people/active";
import type { ActivityScope } from "../types";
import { ACTIVITY_MESSAGES } from "./schemas";

const fieldError = (field: string, message: string) =>
  new ValidationError(message, { [field]: message });

export type ScopeInput = {
  scopeType: ActivityScope;
  departmentIds: string[];
  attendeeIds: string[];
};

/** The expected attendees' ids and the JSON kept as scopeValue. */
export async function resolveExpectedAttendees(
  tx: Tx,
  s: ScopeInput,
): Promise<{ userIds: string[]; scopeValue: string }> {
  let where: Prisma.UserWhereInput = activeBusinessUser;
  let scopeValue = "";
  if (s.scopeType === "DEPARTMENTS") {
    const ids = [...new Set(s.departmentIds)];
    if ((await tx.department.count({ where: { id: { in: ids } } })) !== ids.length)
      throw fieldError("departmentIds", ACTIVITY_MESSAGES.departmentInvalid);
    where = { AND: [activeBusinessUser, { departmentId: { in: ids } }] };
    scopeValue = JSON.stringify(ids);
  } else if (s.scopeType === "PARTY_MEMBERS") {
    where = { AND: [activeBusinessUser, { partyMember: true }] };
  } else if (s.scopeType === "USERS") {
    const ids = [...new Set(s.attendeeIds)];
    where = { AND: [activeBusinessUser, { id: { in: ids } }] };
    scopeValue = JSON.stringify(ids);
    if ((await tx.user.count({ where })) !== ids.length)
      throw fieldError("attendeeIds", ACTIVITY_MESSAGES.attendeeInvalid);
  }
  const users = await tx.user.findMany({ where, select: { id: true } });
  if (users.length === 0) throw fieldError("scopeType", ACTIVITY_MESSAGES.noAttendees);
  return { userIds: users.map((u) => u.id), scopeValue };
}

/** The organiser: any active business user. */
export async function assertOrganiser(
  tx: Tx,
  id: string,
): Promise<{ id: string; realName: string }> {
  const u = await tx.user.findFirst({
    where: { AND: [activeBusinessUser, { id }] },
    select: { id: true, realName: true },
  });
  if (!u) throw fieldError("organiserId", ACTIVITY_MESSAGES.organiserInvalid);
  return u;
}
