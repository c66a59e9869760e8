// The scaled organisation (`db:seed -- --scale N`): N−1 more copies of every
// business department of the demo 院 (not 院领导 or 政治处, which stay one),
// staffed as the demo department is, supervised by the same 院领导. Pure:
// the same Rng gives the same people.
import type { Role } from "../../../lib/auth/roles";
import { DEPARTMENT_PLANS, isProsecutorPosition, LEADERSHIP_CODE } from "../departments";
import { anyName, type Gender } from "../names";
import { stableId, type Rng } from "../random";

export type ScaleDepartment = {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  headId: string;
  liaisonId: string;
  leaderId: string;
};

export type ScaleUser = {
  id: string;
  username: string;
  realName: string;
  employeeNo: string;
  departmentId: string;
  position: string;
  birthYear: number;
  gender: Gender;
  partyMember: boolean;
  prosecutor: boolean;
  joinedAt: Date;
  roles: Role[];
};

export type ScaleOrganisation = { departments: ScaleDepartment[]; users: ScaleUser[] };

/** The code of copy k of a department: "JC1-2" … ; the marker that a database is scaled. */
export const copyCode = (code: string, k: number) => `${code}-${k}`;
const COPIED = DEPARTMENT_PLANS.filter((p) => p.code !== LEADERSHIP_CODE && p.code !== "ZZC");

function birthYear(rng: Rng, position: string): number {
  if (position === "部门主任") return rng.int(1966, 1980);
  if (position === "副主任") return rng.int(1970, 1986);
  return rng.weighted([
    [rng.int(1964, 1975), 2],
    [rng.int(1976, 1989), 4],
    [rng.int(1990, 2001), 4],
  ] as const);
}

/** Copy k (2, 3, …) of the business departments, with their people. */
export function buildCopy(rng: Rng, k: number, leaderIds: readonly string[]): ScaleOrganisation {
  const departments: ScaleDepartment[] = [];
  const users: ScaleUser[] = [];
  let n = 0;
  for (const plan of COPIED) {
    const code = copyCode(plan.code, k);
    const id = stableId(`department:${code}`);
    const members: ScaleUser[] = [];
    for (const [position, count] of plan.staffing)
      for (let i = 0; i < count; i++) {
        n++;
        const no = `${String(k).padStart(3, "0")}${String(n).padStart(3, "0")}`;
        const year = birthYear(rng, position);
        const gender: Gender = rng.chance(0.45) ? "F" : "M";
        const joined = Math.max(year + 22, 1995) + rng.int(0, 8);
        members.push({
          id: stableId(`user:x${no}`),
          username: `x${no}`,
          realName: anyName(rng, gender, year),
          employeeNo: `X${no}`,
          departmentId: id,
          position,
          birthYear: year,
          gender,
          partyMember: rng.chance(0.75),
          prosecutor: isProsecutorPosition(plan.code, position),
          joinedAt: new Date(Date.UTC(Math.min(joined, 2024), rng.int(0, 11), 1)),
          roles: ["STAFF"],
        });
      }
    const head = members[0];
    const liaison = members[members.length > 2 ? 2 : members.length - 1];
    head.roles.push("DEPT_HEAD");
    liaison.roles.push("LIAISON");
    departments.push({
      id,
      code,
      name: `${plan.name}（${k}）`,
      sortOrder: 1000 + k * 100 + departments.length,
      headId: head.id,
      liaisonId: liaison.id,
      leaderId: leaderIds[plan.supervisedBy % leaderIds.length],
    });
    users.push(...members);
  }
  return { departments, users };
}
