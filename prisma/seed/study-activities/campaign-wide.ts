// The campaign-wide activities: the year's 一把手讲党课, 党员评议, 专题辅导,
// 座谈会, the writing activity and a 三合 session per theme (story dates), and
// the three upcoming ones after the anchor. No random draws.
import type { ActivityScope, ActivityType } from "../../../lib/study/types";
import { addMonths, storyText, wallParts } from "../clock";
import type { SeedUser } from "../org";
import { BRANCHES } from "./branches";
import { at, type Plan, type StudyPeople } from "./people";

/**
 * A planner that appends campaign-wide activities to `plans`; DEPARTMENTS
 * scopes name their department codes in `codes`.
 */
function planner(study: StudyPeople, plans: Plan[]) {
  const { deptByCode } = study;
  return (
    key: string,
    type: ActivityType,
    when: string | Date,
    title: string,
    organiser: SeedUser,
    scopeType: ActivityScope,
    attendees: (d: Date) => SeedUser[],
    extra: Partial<Plan> & { codes?: string[] } = {},
  ): void => {
    const heldAt = at(when);
    const people = attendees(heldAt);
    const { codes, ...rest } = extra;
    const scopeValue =
      scopeType === "USERS"
        ? JSON.stringify(people.map((u) => u.id))
        : scopeType === "DEPARTMENTS"
          ? JSON.stringify((codes ?? []).map((c) => deptByCode.get(c)!.id))
          : "";
    plans.push({
      key,
      type,
      title,
      heldAt,
      location: "报告厅",
      scopeType,
      scopeValue,
      organiser,
      attendees: people,
      ...rest,
    });
  };
}

/** The year's campaign-wide activities, in the order they are written. */
export function campaignWidePlans(people: StudyPeople): Plan[] {
  const { zzc, leader, deputy, onStaff, inDepts, party } = people;
  const plans: Plan[] = [];
  const other = planner(people, plans);
  const all = (when: Date) => onStaff(when);
  const partyAll = (when: Date) => party(onStaff(when));
  const caseworkCodes = ["JC1", "JC2", "JC3", "JC4", "JC5", "JC6", "WJB", "AGB"];
  other(
    "chief-1",
    "CHIEF_LECTURE",
    "2025-12-16T15:00",
    "检察长讲党课：做忠诚干净担当的新时代检察人",
    leader,
    "PARTY_MEMBERS",
    partyAll,
  );
  other(
    "chief-2",
    "CHIEF_LECTURE",
    "2026-06-30T15:00",
    "“七一”专题党课：传承红色基因，践行检察初心",
    leader,
    "ALL",
    all,
  );
  other(
    "review",
    "MEMBER_REVIEW",
    "2026-01-20T14:30",
    storyText("2025年度民主评议党员", [2026, 1, 20]),
    zzc,
    "PARTY_MEMBERS",
    partyAll,
  );
  other("seminar-1", "SEMINAR", "2026-03-12T14:30", "司法责任制改革专题辅导讲座", zzc, "ALL", all);
  other(
    "seminar-2",
    "SEMINAR",
    "2026-05-21T14:30",
    "《中国共产党纪律处分条例》专题辅导",
    zzc,
    "ALL",
    all,
  );
  other(
    "seminar-3",
    "SEMINAR",
    "2026-09-17T14:30",
    "认罪认罚从宽制度适用专题辅导",
    deputy,
    "DEPARTMENTS",
    (d) => inDepts(caseworkCodes, d),
    { codes: caseworkCodes },
  );
  other(
    "forum-1",
    "FORUM",
    "2026-04-28T15:00",
    "青年干警座谈会：青春心向党，建功新时代",
    zzc,
    "USERS",
    (d) => onStaff(d).filter((u) => u.birthYear >= 1991),
    { location: "第二会议室" },
  );
  other(
    "forum-2",
    "FORUM",
    "2026-08-13T15:00",
    "员额检察官座谈会：司法责任制落实情况交流",
    leader,
    "USERS",
    (d) => onStaff(d).filter((u) => u.prosecutor),
    { location: "第二会议室" },
  );
  other(
    "writing",
    "WRITING",
    "2026-07-08T09:00",
    "“写党章、话党建、叙传承”主题征文",
    zzc,
    "PARTY_MEMBERS",
    partyAll,
    {
      location: "线上提交",
      description: "全体党员手抄党章一章并撰写心得，优秀作品在“两学一做”专栏刊发。",
    },
  );
  other(
    "edu-ideals",
    "EDUCATION",
    "2025-12-04T14:30",
    "理想信念教育：重温入党誓词，坚定理想信念",
    zzc,
    "ALL",
    all,
    { theme: "IDEALS" },
  );
  other(
    "edu-law",
    "EDUCATION",
    "2026-02-26T14:30",
    "法治理念教育：深入学习习近平法治思想",
    zzc,
    "ALL",
    all,
    { theme: "RULE_OF_LAW" },
  );
  other(
    "edu-ethics",
    "EDUCATION",
    "2026-04-16T14:30",
    "职业道德教育：检察官职业道德基本准则",
    zzc,
    "ALL",
    all,
    { theme: "ETHICS" },
  );
  other(
    "edu-discipline",
    "EDUCATION",
    "2026-10-22T14:30",
    "纪律规矩教育：以案为鉴警示教育大会",
    zzc,
    "ALL",
    all,
    { theme: "DISCIPLINE" },
  );
  return plans;
}

/** The three upcoming activities, 5, 12 and 26 days after the anchor. */
export function upcomingPlans(people: StudyPeople, upcomingAt: Date[]): Plan[] {
  const { zzc, head1, inDepts, party, onStaff } = people;
  const plans: Plan[] = [];
  const other = planner(people, plans);
  const all = (when: Date) => onStaff(when);
  other(
    "upcoming-jc1",
    "SEMINAR",
    upcomingAt[0],
    "第一检察部专题学习：新修订《人民检察院刑事诉讼规则》辅导",
    head1,
    "DEPARTMENTS",
    (d) => inDepts(["JC1"], d),
    { codes: ["JC1"], location: "第一检察部会议室" },
  );
  other(
    "upcoming-ideals",
    "EDUCATION",
    upcomingAt[1],
    "理想信念教育：观看专题片《榜样》",
    zzc,
    "ALL",
    all,
    { theme: "IDEALS" },
  );
  const biz1 = BRANCHES[1];
  other(
    "upcoming-biz1",
    "BRANCH_ASSEMBLY",
    upcomingAt[2],
    `${biz1.name}党员大会：${wallParts(addMonths(upcomingAt[2], -6)).year}年度组织生活会`,
    head1,
    "USERS",
    (d) => party(inDepts(biz1.codes, d)),
    { location: "党员活动室" },
  );
  return plans;
}
