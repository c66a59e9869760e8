// Who counts as the 院's staff for coverage, response rates, scopes and
// eligibility: active accounts holding a business role, and neither of the
// two technical roles (which by design hold no business role; see
// lib/auth/roles.ts). One definition for every domain.
import type { Prisma } from "@/prisma/generated/sqlite/client";

import { BUSINESS_ROLES, EXCLUSIVE_ROLES } from "../auth/roles";

export const activeBusinessUser: Prisma.UserWhereInput = {
  status: "ACTIVE",
  roles: {
    some: { role: { in: [...BUSINESS_ROLES] } },
    none: { role: { in: [...EXCLUSIVE_ROLES] } },
  },
};
