// Checks and builders shared by the talk actions (and the seed): who may be
// talked to, who may conduct, and which people a campaign's scope covers.
import "server-only";

import { can } from "../auth/permissions";
import { BUSINESS_ROLES, EXCLUSIVE_ROLES, isRole, type Role } from "../auth/roles";
import { shanghaiYear } from "../dates";
import type { Tx } from "../db";
import { ValidationError } from "../errors";
import { activeBusinessUser } from "../people/active";
import { birthYearRange, type AgeLayer } from "../people/age";
import { notAdmittedFocusGroup } from "../quota/queries";
import { talksWithAnyone } from "./access";
import { TALK_MESSAGES } from "./labels";

const fieldError = (field: string, message: string) =>
  new ValidationError(message, { [field]: message });

function isBusiness(roles: string[]): boolean {
  return (
    roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r)) &&
    !roles.some((r) => (EXCLUSIVE_ROLES as readonly string[]).includes(r))
  );
}

/** The interviewee: an active business user other than the recorder; a head's own department only. */
export async function assertInterviewee(
  tx: Tx,
  id: string,
  recorder: { id: string; roles: readonly Role[]; departmentId: string | null },
) {
  const u = await tx.user.findUnique({
    where: { id },
    select: { id: true, status: true, departmentId: true, roles: { select: { role: true } } },
  });
  if (!u) throw fieldError("intervieweeId", TALK_MESSAGES.intervieweeMissing);
  if (u.status !== "ACTIVE") throw fieldError("intervieweeId", TALK_MESSAGES.intervieweeDisabled);
  if (!isBusiness(u.roles.map((r) => r.role)))
    throw fieldError("intervieweeId", TALK_MESSAGES.intervieweeNotBusiness);
  if (u.id === recorder.id) throw fieldError("intervieweeId", TALK_MESSAGES.intervieweeSelf);
  if (
    !talksWithAnyone(recorder.roles) &&
    (!recorder.departmentId || u.departmentId !== recorder.departmentId)
  ) {
    throw fieldError("intervieweeId", TALK_MESSAGES.intervieweeOutsideDepartment);
  }
  return u;
}

/** An interviewer: an active business user who may record talks ("talk.record": LEADER, 政治处 or DEPT_HEAD). */
export async function assertInterviewer(tx: Tx, id: string, field = "interviewerId") {
  const u = await tx.user.findUnique({
    where: { id },
    select: { id: true, status: true, roles: { select: { role: true } } },
  });
  const roles = u?.roles.map((r) => r.role) ?? [];
  if (
    !u ||
    u.status !== "ACTIVE" ||
    !isBusiness(roles) ||
    !can(roles.filter(isRole), "talk.record")
  ) {
    throw fieldError(field, TALK_MESSAGES.interviewerInvalid);
  }
  return u;
}

export type CampaignScopeInput = {
  scopeType: string;
  departmentIds: string[];
  ageLayer?: AgeLayer;
  userIds: string[];
  quotaRoundId?: string | null;
};

/** The active business users a scope covers today, and the JSON kept as scopeValue. */
export async function resolveCampaignMembers(
  tx: Tx,
  s: CampaignScopeInput,
  now = new Date(),
): Promise<{ userIds: string[]; scopeValue: string }> {
  if (s.scopeType === "DEPARTMENTS") {
    const ids = [...new Set(s.departmentIds)];
    if ((await tx.department.count({ where: { id: { in: ids } } })) !== ids.length)
      throw fieldError("departmentIds", TALK_MESSAGES.departmentInvalid);
    const users = await tx.user.findMany({
      where: { AND: [activeBusinessUser, { departmentId: { in: ids } }] },
      select: { id: true },
    });
    return { userIds: users.map((u) => u.id), scopeValue: JSON.stringify(ids) };
  }
  if (s.scopeType === "AGE_LAYER" && s.ageLayer) {
    const users = await tx.user.findMany({
      where: {
        AND: [activeBusinessUser, { birthYear: birthYearRange(s.ageLayer, shanghaiYear(now)) }],
      },
      select: { id: true },
    });
    return { userIds: users.map((u) => u.id), scopeValue: JSON.stringify(s.ageLayer) };
  }
  if (s.scopeType === "FOCUS_GROUP") {
    const picked = [...new Set(s.userIds)];
    const users = await tx.user.findMany({
      where: { AND: [activeBusinessUser, { id: { in: picked } }] },
      select: { id: true },
    });
    if (users.length !== picked.length) throw fieldError("userIds", TALK_MESSAGES.focusInvalid);
    const ids = s.quotaRoundId
      ? [...new Set([...picked, ...(await quotaFocusGroup(tx, s.quotaRoundId))])]
      : picked;
    return { userIds: ids, scopeValue: JSON.stringify(ids) };
  }
  const users = await tx.user.findMany({ where: activeBusinessUser, select: { id: true } });
  return { userIds: users.map((u) => u.id), scopeValue: "" };
}

/** The people a 入额 round did not admit (lib/quota), as a focus group. */
async function quotaFocusGroup(tx: Tx, roundId: string): Promise<string[]> {
  if (!(await tx.quotaRound.count({ where: { id: roundId } })))
    throw fieldError("quotaRoundId", TALK_MESSAGES.quotaRoundInvalid);
  const people = await notAdmittedFocusGroup(tx, roundId);
  if (people.length === 0) throw fieldError("quotaRoundId", TALK_MESSAGES.quotaRoundEmpty);
  return people.map((p) => p.id);
}
