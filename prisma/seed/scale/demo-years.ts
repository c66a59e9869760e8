// The demo departments' own earlier years (`db:seed -- --scale N`): the demo
// covers the 24 months before the anchor's month; this gives its departments
// and people the 36 months before those (years 3–5 back), at the same rates as
// the copies (./records.ts), so that the whole 院 has five years of records.
// It leaves the demo's own two years alone: every period it writes is older
// than the demo's first, and its ids come from keys the demo does not use.
import type { Role } from "../../../lib/auth/roles";
import type { Tx } from "../../../lib/db-client";
import type { Gender } from "../names";
import type { ScaleContext } from "../scale";
import type { ScaleOrganisation } from "./org";
import { buildRecords, type Write } from "./records";

/** How many months back the demo's own records reach (prisma/seed/reports.ts and the rest). */
export const DEMO_MONTHS = 24;

/**
 * The demo's departments that have a head and a liaison (the others file no
 * reports and hold nobody the history needs), with their active people.
 */
export async function demoOrganisation(
  tx: Tx,
  departmentIds?: string[],
): Promise<ScaleOrganisation> {
  const departments = await tx.department.findMany({
    where: {
      headId: { not: null },
      liaisonId: { not: null },
      ...(departmentIds ? { id: { in: departmentIds } } : {}),
    },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true, sortOrder: true, headId: true, liaisonId: true },
  });
  const users = await tx.user.findMany({
    where: { status: "ACTIVE", departmentId: { in: departments.map((d) => d.id) } },
    orderBy: { employeeNo: "asc" },
    select: {
      id: true,
      username: true,
      realName: true,
      employeeNo: true,
      departmentId: true,
      position: true,
      birthYear: true,
      gender: true,
      partyMember: true,
      prosecutor: true,
      joinedAt: true,
      roles: { select: { role: true } },
    },
  });
  return {
    departments: departments.map((d) => ({
      ...d,
      headId: d.headId!,
      liaisonId: d.liaisonId!,
      leaderId: "",
    })),
    users: users.map((u) => ({
      ...u,
      departmentId: u.departmentId!,
      gender: u.gender as Gender,
      joinedAt: u.joinedAt ?? new Date(0),
      roles: u.roles.map((r) => r.role as Role),
    })),
  };
}

/**
 * Adds years 3–5 back to the demo departments (or to `departmentIds`);
 * returns how many departments and people it covered.
 */
export async function addDemoYears(
  tx: Tx,
  ctx: ScaleContext,
  write: Write,
  departmentIds?: string[],
): Promise<{ departments: number; people: number }> {
  const org = await demoOrganisation(tx, departmentIds);
  // ctx.months: the 60 closed months, oldest first, then the open one.
  const periods = ctx.months.slice(0, ctx.months.length - 1 - DEMO_MONTHS);
  const rows = buildRecords({ ...ctx, org, periods, openEnd: false });
  for (const [model, r] of Object.entries(rows)) await write(model, r);
  return { departments: org.departments.length, people: org.users.length };
}
