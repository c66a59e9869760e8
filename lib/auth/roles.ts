// The seven roles (README.md, Demo accounts; docs/architecture.md) and the rule that keeps SYS_ADMIN and AUDITOR
// apart from each other and from every business role (三权分立, MLPS level 3).
import { z } from "zod";

export const ROLES = [
  "LEADER",
  "POLITICAL_OFFICE",
  "DEPT_HEAD",
  "LIAISON",
  "STAFF",
  "SYS_ADMIN",
  "AUDITOR",
] as const;
export type Role = (typeof ROLES)[number];

export const BUSINESS_ROLES = [
  "LEADER",
  "POLITICAL_OFFICE",
  "DEPT_HEAD",
  "LIAISON",
  "STAFF",
] as const satisfies readonly Role[];
export const EXCLUSIVE_ROLES = ["SYS_ADMIN", "AUDITOR"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  LEADER: "院领导",
  POLITICAL_OFFICE: "政治处",
  DEPT_HEAD: "部门负责人",
  LIAISON: "信息员",
  STAFF: "干警",
  SYS_ADMIN: "系统管理员",
  AUDITOR: "安全审计员",
};

export const RoleSchema = z.enum(ROLES, { error: "角色无效" });

/** SYS_ADMIN or AUDITOR: held alone, and outside the business (三权分立). */
export function isExclusiveRole(role: Role): boolean {
  return (EXCLUSIVE_ROLES as readonly Role[]).includes(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Normalises a requested role set. Business users always hold STAFF.
 * Returns an error message (Chinese) when the set breaks separation of duties.
 */
export function normalizeRoleSet(
  requested: readonly Role[],
): { ok: true; roles: Role[] } | { ok: false; message: string } {
  const set = new Set(requested);
  const exclusive = EXCLUSIVE_ROLES.filter((r) => set.has(r));
  if (exclusive.length > 0) {
    if (set.size > 1) {
      return { ok: false, message: "系统管理员、安全审计员不得与其他任何角色兼任（三权分立）" };
    }
    return { ok: true, roles: [exclusive[0]] };
  }
  set.add("STAFF");
  return { ok: true, roles: ROLES.filter((r) => set.has(r)) };
}
