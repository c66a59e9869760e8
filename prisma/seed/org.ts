// Builds the seeded organisation (departments, people, roles) as plain
// records. Pure: no database, no clock; the same Rng gives the same result.
import type { Role } from "../../lib/auth/roles";
import { DEMO_ACCOUNTS, type DemoAccount } from "./accounts";
import { laterOf, SEED_LAUNCH_DATE, story } from "./clock";
import { DEPARTMENT_PLANS, isProsecutorPosition, LEADERSHIP_CODE } from "./departments";
import { uniqueName, type Gender } from "./names";
import { stableId, type Rng } from "./random";

export type SeedDepartment = {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  headId: string | null;
  liaisonId: string | null;
  leaderId: string;
};

export type SeedUser = {
  id: string;
  username: string;
  realName: string;
  employeeNo: string;
  email: string;
  departmentId: string | null;
  departmentCode: string | null;
  position: string;
  birthYear: number;
  gender: Gender;
  partyMember: boolean;
  prosecutor: boolean;
  joinedAt: Date;
  createdAt: Date;
  roles: Role[];
};

export type Organisation = { departments: SeedDepartment[]; users: SeedUser[] };

type Profile = {
  /** Birth-year bands [from, to, weight]. */
  birth: readonly (readonly [number, number, number])[];
  female: number;
  party: number;
};

const PROFILES: Record<string, Profile> = {
  检察长: { birth: [[1967, 1971, 1]], female: 0.1, party: 1 },
  副检察长: {
    birth: [
      [1966, 1975, 2],
      [1976, 1980, 1],
    ],
    female: 0.3,
    party: 1,
  },
  检察委员会专职委员: { birth: [[1963, 1967, 1]], female: 0.2, party: 1 },
  政治处主任: { birth: [[1970, 1975, 1]], female: 0.3, party: 1 },
  部门主任: {
    birth: [
      [1966, 1975, 1.3],
      [1976, 1986, 1],
    ],
    female: 0.35,
    party: 1,
  },
  副主任: {
    birth: [
      [1972, 1975, 0.4],
      [1976, 1989, 1.6],
    ],
    female: 0.45,
    party: 0.95,
  },
  大队长: { birth: [[1968, 1980, 1]], female: 0, party: 1 },
  副大队长: { birth: [[1976, 1988, 1]], female: 0.1, party: 1 },
  检察官: {
    birth: [
      [1965, 1975, 1.3],
      [1976, 1991, 2.2],
      [1992, 1994, 0.3],
    ],
    female: 0.45,
    party: 0.85,
  },
  检察官助理: {
    birth: [
      [1984, 1991, 1],
      [1992, 2000, 1.7],
    ],
    female: 0.55,
    party: 0.65,
  },
  书记员: {
    birth: [
      [1986, 1991, 0.3],
      [1992, 2000, 1],
    ],
    female: 0.6,
    party: 0.45,
  },
  司法警察: {
    birth: [
      [1966, 1975, 1.1],
      [1976, 1991, 1.2],
      [1992, 1999, 1.1],
    ],
    female: 0.15,
    party: 0.7,
  },
  综合行政人员: {
    birth: [
      [1963, 1975, 1.5],
      [1976, 1991, 1.1],
      [1992, 2000, 0.9],
    ],
    female: 0.6,
    party: 0.75,
  },
  检察技术人员: {
    birth: [
      [1970, 1975, 0.5],
      [1976, 1991, 1.5],
      [1992, 1999, 1],
    ],
    female: 0.3,
    party: 0.7,
  },
  系统管理员: { birth: [[1985, 1990, 1]], female: 0.2, party: 0.8 },
  安全审计员: { birth: [[1986, 1993, 1]], female: 0.5, party: 0.8 },
};

// Ordinary staff who may serve as a department's 信息员, most preferred first.
const LIAISON_POSITIONS = ["检察官助理", "综合行政人员", "司法警察", "检察技术人员", "书记员"];

type Slot = { code: string | null; position: string; demo?: DemoAccount };

function planSlots(): Slot[] {
  const slots: Slot[] = [];
  for (const plan of DEPARTMENT_PLANS) {
    for (const [position, count] of plan.staffing) {
      for (let i = 0; i < count; i++) slots.push({ code: plan.code, position });
    }
  }
  // The auditor sits outside every department (三权分立).
  slots.push({ code: null, position: "安全审计员" });
  for (const account of DEMO_ACCOUNTS) {
    const slot = slots.find(
      (s) => !s.demo && s.code === account.departmentCode && s.position === account.position,
    );
    if (!slot)
      throw new Error(
        `no ${account.departmentCode ?? "无部门"} ${account.position} slot for demo account ${account.username}`,
      );
    slot.demo = account;
  }
  return slots;
}

function birthYearFor(rng: Rng, profile: Profile): number {
  const [from, to] = rng.weighted(profile.birth.map((band) => [band, band[2]] as const));
  return rng.int(from, to);
}

function joinedAtFor(rng: Rng, birthYear: number): Date {
  // Most hires start in the summer after graduating, at 22–25.
  const year = Math.min(birthYear + rng.int(22, 25), 2025);
  const month = rng.weighted([
    [7, 3],
    [8, 3],
    [9, 2],
    [3, 1],
    [10, 1],
  ] as const);
  const day = rng.int(1, 28);
  // Written as story dates (before 2026-11), moved onto the anchor.
  return year * 100 + month < 202611 ? story(year, month, day) : story(2025, 8, 1);
}

function buildUser(
  rng: Rng,
  slot: Slot,
  index: number,
  taken: Set<string>,
  departmentIds: Map<string, string>,
): SeedUser {
  const profile = PROFILES[slot.position];
  if (!profile) throw new Error(`no profile for position ${slot.position}`);
  const birthYear = birthYearFor(rng, profile);
  const gender: Gender = slot.demo?.gender ?? (rng.chance(profile.female) ? "F" : "M");
  const generatedName = uniqueName(rng, gender, birthYear, taken);
  const partyMember = rng.chance(profile.party);
  const joinedAt = joinedAtFor(rng, birthYear);
  const employeeNo = `LX${String(index + 1).padStart(4, "0")}`;
  const username = slot.demo?.username ?? employeeNo.toLowerCase();
  return {
    id: stableId(`user:${username}`),
    username,
    realName: slot.demo?.realName ?? generatedName,
    employeeNo,
    email: `${username}@lx.jcy`,
    departmentId: slot.code ? departmentIds.get(slot.code)! : null,
    departmentCode: slot.code,
    position: slot.position,
    birthYear,
    gender,
    partyMember: slot.demo?.role === "LEADER" ? true : partyMember,
    prosecutor: slot.code ? isProsecutorPosition(slot.code, slot.position) : false,
    joinedAt,
    createdAt: laterOf(SEED_LAUNCH_DATE, joinedAt),
    roles: [],
  };
}

function chooseLiaison(
  rng: Rng,
  members: SeedUser[],
  head: SeedUser,
  demoUsernames: Set<string>,
): SeedUser {
  const explicit = members.find((m) =>
    DEMO_ACCOUNTS.some((a) => a.username === m.username && a.role === "LIAISON"),
  );
  if (explicit) return explicit;
  for (const position of LIAISON_POSITIONS) {
    const eligible = members.filter(
      (m) => m !== head && m.position === position && !demoUsernames.has(m.username),
    );
    if (eligible.length === 0) continue;
    const preferred = eligible.filter((m) => m.partyMember && m.birthYear >= 1980);
    return rng.pick(preferred.length > 0 ? preferred : eligible);
  }
  throw new Error(`no liaison candidate in ${head.departmentCode}`);
}

function assignRoles(user: SeedUser, department: SeedDepartment | undefined): Role[] {
  const demo = DEMO_ACCOUNTS.find((a) => a.username === user.username);
  if (demo && (demo.role === "SYS_ADMIN" || demo.role === "AUDITOR")) return [demo.role];
  const roles = new Set<Role>(["STAFF"]);
  if (user.departmentCode === LEADERSHIP_CODE) roles.add("LEADER");
  if (user.departmentCode === "ZZC") roles.add("POLITICAL_OFFICE");
  if (department?.headId === user.id) roles.add("DEPT_HEAD");
  if (department?.liaisonId === user.id) roles.add("LIAISON");
  return [...roles];
}

export function buildOrganisation(rng: Rng): Organisation {
  const departmentIds = new Map(
    DEPARTMENT_PLANS.map((p) => [p.code, stableId(`department:${p.code}`)]),
  );
  const taken = new Set(DEMO_ACCOUNTS.map((a) => a.realName));
  const slots = planSlots();
  const users = slots.map((slot, i) => buildUser(rng, slot, i, taken, departmentIds));
  const demoUsernames = new Set(DEMO_ACCOUNTS.map((a) => a.username));

  const leadership = users.filter((u) => u.departmentCode === LEADERSHIP_CODE);
  const departments: SeedDepartment[] = DEPARTMENT_PLANS.map((plan, i) => {
    const members = users.filter((u) => u.departmentCode === plan.code);
    const isLeadership = plan.code === LEADERSHIP_CODE;
    const head = isLeadership ? null : members[0];
    const liaison = head ? chooseLiaison(rng, members, head, demoUsernames) : null;
    return {
      id: departmentIds.get(plan.code)!,
      code: plan.code,
      name: plan.name,
      sortOrder: (i + 1) * 10,
      headId: head?.id ?? null,
      liaisonId: liaison?.id ?? null,
      leaderId: leadership[plan.supervisedBy].id,
    };
  });

  const byCode = new Map(departments.map((d) => [d.code, d]));
  for (const user of users) {
    user.roles = assignRoles(
      user,
      user.departmentCode ? byCode.get(user.departmentCode) : undefined,
    );
  }
  checkDemoAccounts(users);
  return { departments, users };
}

/** The demo table in accounts.ts is what README and tests promise; hold the seed to it. */
function checkDemoAccounts(users: SeedUser[]): void {
  for (const account of DEMO_ACCOUNTS) {
    const user = users.find((u) => u.username === account.username)!;
    const expected = [...account.roles].sort().join(",");
    const actual = [...user.roles].sort().join(",");
    if (expected !== actual) {
      throw new Error(
        `demo account ${account.username}: roles ${actual}, accounts.ts says ${expected}`,
      );
    }
  }
}
