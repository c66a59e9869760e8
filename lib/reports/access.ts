// Who sees a liaison report. 政治处 (report.readAll) sees every department's
// submitted reports in full; 院领导 (report.readSummary) sees the same reports
// without the staff-of-concern detail; a head or liaison (report.readDepartment)
// sees only their own department's; everyone else sees nothing
// (docs/security.md item 10).
import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Role } from "../auth/roles";
import type { SessionUser } from "../auth/session";

type Who = Pick<SessionUser, "roles" | "departmentId">;

/** Reads every department's reports (in full or as a summary). */
export function readsAllDepartments(user: { roles: readonly Role[] }): boolean {
  return can(user.roles, "report.readAll") || can(user.roles, "report.readSummary");
}

/** The reports whose staff-of-concern entries the viewer may read: null means none. */
export function concernScope(user: Who): Prisma.LiaisonReportWhereInput | null {
  // Drafts stay within their own department until submitted.
  if (can(user.roles, "report.readAll"))
    return {
      OR: [
        { status: { not: "DRAFT" } },
        ...(user.departmentId ? [{ departmentId: user.departmentId }] : []),
      ],
    };
  if (can(user.roles, "report.readDepartment") && user.departmentId)
    return { departmentId: user.departmentId };
  return null;
}

/** The where-clause every report read starts from: null means "no access". */
export function reportScope(user: Who): Prisma.LiaisonReportWhereInput | null {
  const full = concernScope(user);
  if (!can(user.roles, "report.readSummary")) return full;
  const submitted: Prisma.LiaisonReportWhereInput = { status: { not: "DRAFT" } };
  return full ? { OR: [full, submitted] } : submitted;
}
