// Checks and small builders shared by the follow-up actions and the seed.
import "server-only";

import { rolesWith } from "../auth/permissions";
import { BUSINESS_ROLES, EXCLUSIVE_ROLES } from "../auth/roles";
import type { Tx } from "../db";
import { ValidationError } from "../errors";

export const ASSIGNEE_MESSAGES = {
  missing: "承办人不存在，请重新选择",
  disabled: "该承办人账户已停用，请另选承办人",
  notBusiness: "承办人须为业务人员，系统管理员和安全审计员不能承办督办事项",
} as const;

/** The assignee must be an active business user (not SYS_ADMIN or AUDITOR). */
export async function assertAssignee(
  db: Tx,
  userId: string,
): Promise<{ id: string; realName: string }> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, realName: true, status: true, roles: { select: { role: true } } },
  });
  const fail = (message: string) => new ValidationError(message, { assigneeId: message });
  if (!u) throw fail(ASSIGNEE_MESSAGES.missing);
  if (u.status !== "ACTIVE") throw fail(ASSIGNEE_MESSAGES.disabled);
  const roles = u.roles.map((r) => r.role);
  const business = roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r));
  if (!business || roles.some((r) => (EXCLUSIVE_ROLES as readonly string[]).includes(r)))
    throw fail(ASSIGNEE_MESSAGES.notBusiness);
  return { id: u.id, realName: u.realName };
}

export async function assertDepartment(db: Tx, departmentId: string | null): Promise<void> {
  if (
    departmentId &&
    !(await db.department.findUnique({ where: { id: departmentId }, select: { id: true } }))
  ) {
    throw new ValidationError("部门不存在", { departmentId: "部门不存在，请重新选择" });
  }
}

/**
 * Whom to tell that a follow-up is resolved: the 政治处 member who last
 * assigned it, else its creator, else every active 政治处 member.
 */
export async function whoAssigned(
  db: Tx,
  f: { id: string; createdById: string | null },
): Promise<string[]> {
  const last = await db.followUpUpdate.findFirst({
    where: { followUpId: f.id, kind: { in: ["ASSIGNED", "REOPENED"] }, authorId: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { authorId: true },
  });
  if (last?.authorId) return [last.authorId];
  if (f.createdById) return [f.createdById];
  const office = await db.user.findMany({
    where: { status: "ACTIVE", roles: { some: { role: { in: rolesWith("followup.manage") } } } },
    select: { id: true },
  });
  return office.map((u) => u.id);
}
