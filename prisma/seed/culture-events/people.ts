// Who is in 东林法学社 in the seed (pure: no database, no clock, so the e2e
// spec can find the officer to sign in as). The officers and members are
// ordinary staff, never a demo account of accounts.ts, with one exception:
// liaison1 is a plain member, so the demo shows a membership on a person's
// page. staff1 is never in the club: the e2e joins as staff1.
import { DEMO_ACCOUNTS } from "../accounts";
import type { Organisation, SeedUser } from "../org";
import { Rng } from "../random";

const DEMO = new Set(DEMO_ACCOUNTS.map((a) => a.username));

/** Plain staff (no other role), not a demo account, in department order then employee number. */
function plainStaff(org: Organisation): SeedUser[] {
  return org.users
    .filter((u) => !DEMO.has(u.username) && u.roles.length === 1 && u.roles[0] === "STAFF")
    .filter((u) => u.departmentCode !== "LD")
    .sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));
}

export type ClubPeople = {
  officers: SeedUser[];
  /** Approved members in the order they joined (officers not included). */
  members: SeedUser[];
  left: SeedUser[];
  rejected: SeedUser[];
  pending: SeedUser[];
};

export function donglinPeople(org: Organisation): ClubPeople {
  const staff = plainStaff(org);
  const officerOf = (code: string) => staff.find((u) => u.departmentCode === code)!;
  const officers = [officerOf("JC2"), officerOf("JC3")];
  const taken = new Set(officers.map((o) => o.id));
  const pool = new Rng(20250920).shuffle(staff.filter((u) => !taken.has(u.id)));
  const liaison1 = org.users.find((u) => u.username === "liaison1")!;
  const members = [...pool.slice(0, 4), liaison1, ...pool.slice(4, 19)];
  return {
    officers,
    members,
    left: pool.slice(19, 20),
    rejected: pool.slice(20, 21),
    pending: pool.slice(21, 23),
  };
}
