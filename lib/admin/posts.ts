// The department posts (部门管理): the head and the liaison of each department,
// who may fill them, and the DEPT_HEAD and LIAISON roles that follow them.
import "server-only";

import type { Role } from "../auth/roles";
import type { Tx } from "../db";
import { ValidationError } from "../errors";

// DEPT_HEAD and LIAISON follow the department posts (部门管理), one of each per
// department; they are never assigned by hand, so role and post cannot disagree.
export const POST_ROLES: readonly Role[] = ["DEPT_HEAD", "LIAISON"];

/** The post roles a user holds by the departments' posts they fill. */
export async function postRolesOf(db: Tx, userId: string): Promise<Role[]> {
  const [head, liaison] = await Promise.all([
    db.department.count({ where: { headId: userId } }),
    db.department.count({ where: { liaisonId: userId } }),
  ]);
  return [...(head ? (["DEPT_HEAD"] as const) : []), ...(liaison ? (["LIAISON"] as const) : [])];
}

type DeptPeople = { headId: string | null; liaisonId: string | null; leaderId: string | null };

/** Checks who may fill a department's posts and be its supervising leader. */
export async function assertDepartmentPeople(db: Tx, departmentId: string | null, p: DeptPeople) {
  const ids = [p.headId, p.liaisonId, p.leaderId].filter((x): x is string => !!x);
  const people = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, departmentId: true, roles: { select: { role: true } } },
  });
  const byId = new Map(people.map((u) => [u.id, u]));
  const errors: Record<string, string> = {};
  // Who may fill a post is a role-set rule (三权分立; 分管领导 is a 院领导), not a permission.
  for (const [field, label] of [
    ["headId", "部门负责人"],
    ["liaisonId", "信息员"],
  ] as const) {
    const uid = p[field];
    if (!uid) continue;
    const u = byId.get(uid);
    if (!u || u.status !== "ACTIVE") errors[field] = `${label}须为在职、已启用的账户`;
    else if (u.departmentId !== departmentId) errors[field] = `${label}须为本部门人员`;
    else if (u.roles.some((r) => r.role === "SYS_ADMIN" || r.role === "AUDITOR"))
      errors[field] = `${label}不能由系统管理员或审计员担任`;
  }
  if (p.headId && p.headId === p.liaisonId) errors.liaisonId = "信息员不能由部门负责人兼任";
  if (p.leaderId) {
    const u = byId.get(p.leaderId);
    if (!u || u.status !== "ACTIVE" || !u.roles.some((r) => r.role === "LEADER"))
      errors.leaderId = "分管领导须为院领导";
  }
  if (Object.keys(errors).length) throw new ValidationError("部门人员设置有误", errors);
}

/** Keeps DEPT_HEAD / LIAISON roles in step with the departments' head and liaison. */
export async function syncPostRole(
  db: Tx,
  role: "DEPT_HEAD" | "LIAISON",
  userIds: (string | null)[],
) {
  for (const userId of new Set(userIds.filter((x): x is string => !!x))) {
    const holds =
      (await db.department.count({
        where: role === "DEPT_HEAD" ? { headId: userId } : { liaisonId: userId },
      })) > 0;
    const has = (await db.roleAssignment.count({ where: { userId, role } })) > 0;
    if (holds === has) continue;
    if (holds) await db.roleAssignment.create({ data: { userId, role } });
    else await db.roleAssignment.deleteMany({ where: { userId, role } });
    await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  }
}
