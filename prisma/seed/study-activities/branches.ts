// Each party branch's 三会一课 over the story year (from 2025-11): 党员大会,
// 支委会, 党小组会 and 党课, about every five to six weeks. Draws from the
// seed's Rng, branch by branch and in schedule order.
import type { ActivityType } from "../../../lib/study/types";
import type { Rng } from "../random";
import { at, type Plan, type StudyPeople } from "./people";

type Branch = { key: string; name: string; codes: string[]; secretaryCode: string };

/** Party branches (党支部), each over several departments; the secretary heads the first. */
export const BRANCHES: Branch[] = [
  {
    key: "organ",
    name: "机关党支部",
    codes: ["ZZC", "LD", "BGS", "JWBZ", "FJDD", "JSXX"],
    secretaryCode: "ZZC",
  },
  {
    key: "biz1",
    name: "检察业务第一党支部",
    codes: ["JC1", "JC2", "JC3", "WJB"],
    secretaryCode: "JC1",
  },
  {
    key: "biz2",
    name: "检察业务第二党支部",
    codes: ["JC4", "JC5", "JC6", "AGB"],
    secretaryCode: "JC4",
  },
];

/** Each branch's 三会一课 over the year: month offset from 2025-11 and type. */
export const BRANCH_SCHEDULE: [number, ActivityType][] = [
  [0, "BRANCH_ASSEMBLY"],
  [1, "PARTY_GROUP"],
  [2, "PARTY_LECTURE"],
  [3, "BRANCH_COMMITTEE"],
  [4, "BRANCH_ASSEMBLY"],
  [6, "PARTY_GROUP"],
  [7, "PARTY_LECTURE"],
  [9, "BRANCH_COMMITTEE"],
  [10, "BRANCH_ASSEMBLY"],
];

export const BRANCH_TITLES: Record<string, string[]> = {
  BRANCH_ASSEMBLY: [
    "党员大会：学习党章党规",
    "党员大会：传达学习上级会议精神",
    "党员大会：专题学习习近平法治思想",
    "党员大会：发展党员和党费收缴情况通报",
  ],
  BRANCH_COMMITTEE: ["支委会：研究季度学习计划", "支委会：研究年度民主评议党员工作"],
  PARTY_GROUP: ["党小组会：交流“两学一做”学习体会", "党小组会：对照党章找差距"],
  PARTY_LECTURE: ["党课：做合格党员、当优秀检察官", "党课：从红色家书中汲取初心力量"],
};

/** The year's branch activities, branch by branch in schedule order. */
export function branchPlans(rng: Rng, people: StudyPeople): Plan[] {
  const { deptByCode, userById, inDepts, party } = people;
  const plans: Plan[] = [];
  const branchPlan = (
    b: Branch,
    bi: number,
    month: number,
    type: ActivityType,
    n: number,
  ): Plan => {
    const d = new Date(Date.UTC(2025, 10 + month, 1));
    const day = 6 + bi * 6 + rng.int(0, 3);
    const heldAt = at(
      `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}T${rng.pick(["14:30", "16:00"])}`,
    );
    const secretary = userById.get(deptByCode.get(b.secretaryCode)!.headId!)!;
    const members = party(inDepts(b.codes, heldAt));
    let attendees = members;
    // Titles in turn per type, so a branch does not repeat one within the year.
    const nth = BRANCH_SCHEDULE.slice(0, n).filter(([, t]) => t === type).length;
    const pickTitle = () => BRANCH_TITLES[type][(nth + bi) % BRANCH_TITLES[type].length];
    let title = `${b.name}${pickTitle()}`;
    if (type === "BRANCH_COMMITTEE") {
      attendees = [
        secretary,
        ...rng.shuffle(members.filter((m) => m.id !== secretary.id)).slice(0, 4),
      ];
    } else if (type === "PARTY_GROUP") {
      // A 党小组 is one department's party members, in turn.
      const code = b.codes[(n + bi) % b.codes.length];
      attendees = members.filter((m) => m.departmentCode === code);
      title = `${deptByCode.get(code)!.name}${pickTitle()}`;
    }
    return {
      key: `${b.key}:${n}`,
      type,
      title,
      heldAt,
      location: rng.pick(["第一会议室", "党员活动室", "第三会议室"]),
      scopeType: "USERS",
      scopeValue: JSON.stringify(attendees.map((u) => u.id)),
      organiser: secretary,
      attendees,
    };
  };
  BRANCHES.forEach((b, bi) =>
    BRANCH_SCHEDULE.forEach(([month, type], n) => plans.push(branchPlan(b, bi, month, type, n))),
  );
  return plans;
}
