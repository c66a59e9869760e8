// The study activities a scaled organisation holds itself (prisma/seed/scale.ts):
// each party branch's 三会一课 on the demo's yearly schedule
// (prisma/seed/study-activities/branches.ts: 党员大会, 支委会, 党小组会 and 党课,
// nine a year per branch), organised by its secretary for the branch's party
// members (USERS scope), and each department's own 专题学习 twice a year
// (DEPARTMENTS scope), organised by its head. Past activities have their
// attendance recorded by the organiser, as lib/study/activities records it
// (about 85–95 % present, most of the rest on leave); later ones are open.
// Pure row builders, deterministic for a given Rng.
import type { ActivityType, EducationTheme } from "../../../lib/study/types";
import { stableId } from "../random";
import { BRANCH_SCHEDULE, BRANCH_TITLES, BRANCHES } from "../study-activities/branches";
import type { HistoryInput, Rows } from "./history";
import type { ScaleDepartment, ScaleUser } from "./org";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Each department's own 专题学习: month of the year (0 = the period's first of 12) and theme. */
const DEPARTMENT_SESSIONS: [number, EducationTheme, string][] = [
  [2, "RULE_OF_LAW", "专题学习：习近平法治思想与检察履职"],
  [8, "ETHICS", "专题学习：检察官职业道德基本准则"],
];

/** "JC1-2" → "JC1"; a demo code is its own base. */
export const baseCode = (code: string) => code.replace(/-\d+$/, "");
/** The copy number of an organisation ("1" for the demo's own departments). */
export const orgTag = (departments: readonly ScaleDepartment[]) =>
  departments[0]?.code.match(/-(\d+)$/)?.[1] ?? "1";

type Planned = {
  key: string;
  type: ActivityType;
  theme?: EducationTheme;
  title: string;
  heldAt: Date;
  scopeType: "USERS" | "DEPARTMENTS";
  scopeValue: string;
  organiserId: string;
  attendees: string[];
  location: string;
};

function branchPlans(x: HistoryInput, people: Map<string, ScaleUser[]>): Planned[] {
  const { rng, org, periods } = x;
  const byBase = new Map(org.departments.map((d) => [baseCode(d.code), d]));
  const tag = orgTag(org.departments);
  const suffix = tag === "1" ? "" : `（${tag}）`;
  const plans: Planned[] = [];
  BRANCHES.forEach((b, bi) => {
    const depts = b.codes.map((c) => byBase.get(c)).filter((d) => d !== undefined);
    if (depts.length === 0) return;
    const secretary = (byBase.get(b.secretaryCode) ?? depts[0]).headId;
    const members = depts.flatMap((d) => people.get(d.id) ?? []).filter((u) => u.partyMember);
    periods.forEach((p, i) => {
      // The schedule's months counted from each period's position in its year of 12.
      BRANCH_SCHEDULE.forEach(([month, type], n) => {
        if (month !== i % 12) return;
        const titles = BRANCH_TITLES[type];
        let title = `${b.name}${suffix}${titles[(n + bi + Math.floor(i / 12)) % titles.length]}`;
        let attendees = members.map((u) => u.id);
        if (type === "BRANCH_COMMITTEE")
          attendees = [secretary, ...rng.shuffle(attendees.filter((u) => u !== secretary))].slice(
            0,
            5,
          );
        else if (type === "PARTY_GROUP") {
          const d = depts[(n + i) % depts.length];
          attendees = members.filter((u) => u.departmentId === d.id).map((u) => u.id);
          title = `${d.name}${titles[(n + bi) % titles.length]}`;
        }
        if (attendees.length === 0) return;
        plans.push({
          key: `${b.key}:${p.key}:${n}`,
          type,
          title,
          heldAt: new Date(
            p.startsAt.getTime() + (5 + bi * 6 + rng.int(0, 3)) * DAY + rng.pick([6.5, 8]) * HOUR,
          ),
          scopeType: "USERS",
          scopeValue: JSON.stringify(attendees),
          organiserId: secretary,
          attendees,
          location: rng.pick(["第一会议室", "党员活动室", "第三会议室"]),
        });
      });
    });
  });
  return plans;
}

function departmentPlans(x: HistoryInput, people: Map<string, ScaleUser[]>): Planned[] {
  const { rng, org, periods } = x;
  const plans: Planned[] = [];
  org.departments.forEach((d, di) =>
    periods.forEach((p, i) => {
      for (const [month, theme, title] of DEPARTMENT_SESSIONS) {
        if (month !== i % 12) continue;
        plans.push({
          key: `${d.code}:${p.key}:${theme}`,
          type: "EDUCATION",
          theme,
          title: `${d.name}${title}`,
          heldAt: new Date(p.startsAt.getTime() + (8 + (di % 12) + rng.int(0, 3)) * DAY + 7 * HOUR),
          scopeType: "DEPARTMENTS",
          scopeValue: JSON.stringify([d.id]),
          organiserId: d.headId,
          attendees: (people.get(d.id) ?? []).map((u) => u.id),
          location: "部门会议室",
        });
      }
    }),
  );
  return plans;
}

export function studyActivityRows(x: HistoryInput, rows: Rows) {
  const { rng, org, now } = x;
  rows.studyActivity ??= [];
  rows.studyAttendance ??= [];
  const people = new Map(org.departments.map((d) => [d.id, [] as ScaleUser[]]));
  for (const u of org.users) people.get(u.departmentId)?.push(u);
  const tag = orgTag(org.departments);
  for (const a of [...branchPlans(x, people), ...departmentPlans(x, people)]) {
    const id = stableId(`scale-study:${tag}:${a.key}`);
    const past = a.heldAt.getTime() + 3 * HOUR < now.getTime();
    const recordedAt = past
      ? new Date(Math.min(now.getTime() - HOUR, a.heldAt.getTime() + rng.int(2, 26) * HOUR))
      : null;
    rows.studyActivity.push({
      id,
      type: a.type,
      theme: a.theme ?? null,
      title: a.title,
      description: "",
      location: a.location,
      heldAt: a.heldAt,
      scopeType: a.scopeType,
      scopeValue: a.scopeValue,
      organiserId: a.organiserId,
      createdById: a.organiserId,
      createdAt: new Date(Math.min(now.getTime() - DAY, a.heldAt.getTime() - rng.int(6, 14) * DAY)),
      recordedAt,
    });
    const present = 0.85 + rng.float() * 0.1;
    for (const userId of a.attendees) {
      const r = rng.float();
      const status = !recordedAt
        ? null
        : r < present
          ? "PRESENT"
          : r < present + (1 - present) * 0.75
            ? "LEAVE"
            : "ABSENT";
      rows.studyAttendance.push({
        activityId: id,
        userId,
        status,
        recordedById: status ? a.organiserId : null,
        recordedAt: status ? recordedAt : null,
      });
    }
  }
}
