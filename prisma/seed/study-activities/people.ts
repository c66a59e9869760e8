// The people the study-activities seed plans with, and the plan of one
// activity before it is written (study-activities.ts).
import type { ActivityScope, ActivityType, EducationTheme } from "../../../lib/study/types";
import { storyAt } from "../clock";
import type { Organisation, SeedUser } from "../org";

/** A story date-time string (moved onto the anchor), or a date already moved. */
export const at = (s: string | Date) => (s instanceof Date ? s : storyAt(s));

export type Plan = {
  key: string;
  type: ActivityType;
  theme?: EducationTheme;
  title: string;
  heldAt: Date;
  location: string;
  scopeType: ActivityScope;
  scopeValue: string;
  organiser: SeedUser;
  attendees: SeedUser[];
  description?: string;
};

export type StudyPeople = ReturnType<typeof studyPeople>;

/** Business users and the lookups the plans use: on staff, in departments, in the party on a day. */
export function studyPeople(org: Organisation) {
  const business = org.users.filter(
    (u) => !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  const byUsername = (n: string) => org.users.find((u) => u.username === n)!;
  const zzc = byUsername("zzc");
  const leader = byUsername("leader");
  const head1 = byUsername("head1");
  const deputy = business.find((u) => u.position === "副检察长")!;
  const deptByCode = new Map(org.departments.map((d) => [d.code, d]));
  const userById = new Map(org.users.map((u) => [u.id, u]));
  const onStaff = (when: Date) => business.filter((u) => u.joinedAt.getTime() <= when.getTime());
  const inDepts = (codes: string[], when: Date) =>
    onStaff(when).filter((u) => u.departmentCode && codes.includes(u.departmentCode));
  const party = (people: SeedUser[]) => people.filter((u) => u.partyMember);
  return { business, zzc, leader, head1, deputy, deptByCode, userById, onStaff, inDepts, party };
}
