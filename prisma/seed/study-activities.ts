// 两学一做 study activities (deterministic):
//   - the campaign "两学一做学习教育" (2025-11-01 … 2026-12-31);
//   - 40 activities in the year before the reference date: 三会一课 in each of
//     three party branches about every five to six weeks, two 一把手讲党课,
//     党员评议, three 专题辅导讲座, two 座谈会, the 写党章、话党建、叙传承 writing
//     activity, and a 三合 education session for each theme;
//   - attendance recorded by the organiser: about 85–95% present per activity,
//     some on leave, a few absent;
//   - three upcoming activities, not yet recorded, whose expected attendees
//     were notified: one for 第一检察部 (staff1 expected) organised by head1.
// The year's activities are story dates, moved by whole months onto the
// anchor (prisma/seed/clock.ts); the upcoming ones are 5, 12 and 26 days
// after the anchor day, and the campaign runs to the end of the month of the last.
import type { Tx } from "../../lib/db-client";
import { formatDateTime } from "../../lib/format";
import {
  activityKindLabel,
  type ActivityScope,
  type ActivityType,
  type AttendanceStatus,
  type EducationTheme,
} from "../../lib/study/types";
import { addMonths, daysAfter, SEED_REFERENCE_DATE, storyAt, storyText, wallParts } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const at = (s: string | Date) => (s instanceof Date ? s : storyAt(s));

type Branch = { key: string; name: string; codes: string[]; secretaryCode: string };

/** Party branches (党支部), each over several departments; the secretary heads the first. */
const BRANCHES: Branch[] = [
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
const BRANCH_SCHEDULE: [number, ActivityType][] = [
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

const BRANCH_TITLES: Record<string, string[]> = {
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

type Plan = {
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

export async function seedStudyActivities(tx: Tx, org: Organisation) {
  const rng = new Rng(20261101);
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

  // Upcoming, after the anchor: not recorded yet, attendees notified.
  const upcomingAt = [daysAfter(5, 14, 30), daysAfter(12, 14, 30), daysAfter(26, 14, 30)];
  const lastUpcoming = wallParts(upcomingAt[2]);
  const endOfLastMonth = new Date(
    Date.UTC(lastUpcoming.year, lastUpcoming.month, 0) - 8 * 3600_000,
  );
  const storyEnd = at("2026-12-31T00:00");
  const campaign = {
    id: stableId("study-campaign:lxyz"),
    startsOn: at("2025-11-01T00:00"),
    endsOn: storyEnd > endOfLastMonth ? storyEnd : endOfLastMonth,
  };
  await tx.studyCampaign.create({
    data: {
      ...campaign,
      title: "两学一做学习教育",
      createdById: zzc.id,
      createdAt: at("2025-10-24T10:00"),
      description:
        "学党章党规、学系列讲话，做合格党员。以三会一课为基本制度，结合一把手讲党课、专题辅导、座谈交流、主题征文和“三合”教育培训，推动学习教育常态化制度化。",
    },
  });

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

  const all = (when: Date) => onStaff(when);
  const partyAll = (when: Date) => party(onStaff(when));
  const caseworkCodes = ["JC1", "JC2", "JC3", "JC4", "JC5", "JC6", "WJB", "AGB"];
  /** A campaign-wide activity; DEPARTMENTS scopes name their department codes in `codes`. */
  const other = (
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
  const pastCount = plans.length;

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

  let attendanceRows = 0;
  let present = 0;
  let recorded = 0;
  for (const [i, p] of plans.entries()) {
    const id = stableId(`study-activity:${p.key}`);
    const upcoming = p.heldAt.getTime() > SEED_REFERENCE_DATE.getTime();
    const createdAt = new Date(
      Math.min(
        p.heldAt.getTime() - rng.int(6, 14) * DAY,
        SEED_REFERENCE_DATE.getTime() - (plans.length - i) * HOUR,
      ),
    );
    const recordedAt = upcoming ? null : new Date(p.heldAt.getTime() + rng.int(2, 26) * HOUR);
    await tx.studyActivity.create({
      data: {
        id,
        campaignId: campaign.id,
        type: p.type,
        theme: p.theme ?? null,
        title: p.title,
        description: p.description ?? "",
        location: p.location,
        heldAt: p.heldAt,
        scopeType: p.scopeType,
        scopeValue: p.scopeValue,
        organiserId: p.organiser.id,
        createdById: zzc.id,
        createdAt,
        recordedAt,
      },
    });
    const presentShare = 0.85 + rng.float() * 0.1;
    const rows = p.attendees.map((u) => {
      let status: AttendanceStatus | null = null;
      if (!upcoming) {
        const r = rng.float();
        status =
          r < presentShare
            ? "PRESENT"
            : r < presentShare + (1 - presentShare) * 0.75
              ? "LEAVE"
              : "ABSENT";
        recorded++;
        if (status === "PRESENT") present++;
      }
      return {
        activityId: id,
        userId: u.id,
        status,
        recordedById: status ? p.organiser.id : null,
        recordedAt: status ? recordedAt : null,
      };
    });
    for (let k = 0; k < rows.length; k += 500)
      await tx.studyAttendance.createMany({ data: rows.slice(k, k + 500) });
    attendanceRows += rows.length;
    if (upcoming) {
      const body = `${activityKindLabel(p.type, p.theme)}，${formatDateTime(p.heldAt)}，${p.location}`;
      await tx.notification.createMany({
        data: p.attendees.map((u) => ({
          userId: u.id,
          title: `您有一项学习活动：${p.title}`,
          body,
          link: `/study/activities/${id}`,
          createdAt,
        })),
      });
    }
  }
  return {
    activities: plans.length,
    past: pastCount,
    upcoming: plans.length - pastCount,
    attendance: attendanceRows,
    rate: Math.round((present / recorded) * 1000) / 10,
  };
}
