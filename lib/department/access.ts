// Who sees which department's dashboard (/department). The permission table
// decides who may use the page at all (department.view) and who sees every
// department (department.viewAll, 政治处); everyone else sees the departments
// whose post they hold: its head (Department.headId), its liaison (liaisonId)
// or its 分管院领导 (leaderId). The DEPT_HEAD and LIAISON roles follow those
// posts (lib/admin), and only a 院领导 may be named leader, so the posts are
// the object-level scope, in the database's where, as for every other domain.
import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";

export type DepartmentViewer = Pick<Viewer, "id" | "roles" | "departmentId">;

/** The departments the viewer may open; null when none at all. */
export function departmentScope(v: DepartmentViewer): Prisma.DepartmentWhereInput | null {
  if (!can(v.roles, "department.view")) return null;
  if (can(v.roles, "department.viewAll")) return {};
  return { OR: [{ headId: v.id }, { liaisonId: v.id }, { leaderId: v.id }] };
}

export type Posts = { headId: string | null; liaisonId: string | null; leaderId: string | null };

/** How the viewer comes to see the department, for the page's wording. */
export function relationOf(
  v: DepartmentViewer,
  d: Posts,
): "HEAD" | "LIAISON" | "LEADER" | "OFFICE" {
  if (d.headId === v.id) return "HEAD";
  if (d.liaisonId === v.id) return "LIAISON";
  if (d.leaderId === v.id) return "LEADER";
  return "OFFICE";
}

export const RELATION_LABELS = {
  HEAD: "部门负责人",
  LIAISON: "信息员",
  LEADER: "分管院领导",
  OFFICE: "政治处",
} as const;
