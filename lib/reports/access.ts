// Who sees a liaison report. 政治处 (report.readAll) sees every department's
// submitted reports; a head or liaison (report.readDepartment) sees only their
// own department's; everyone else sees nothing (docs/security.md item 10).
import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";

/** The where-clause every report read starts from: null means "no access". */
export function reportScope(user: SessionUser): Prisma.LiaisonReportWhereInput | null {
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
