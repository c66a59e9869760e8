// Two years of liaison reports (思想动态报告) for every department with a
// liaison, with the shape the dashboards should show:
//   - a clear dip around 司法责任制改革 and 入额 (story 2025-03 … 2025-06,
//     moved with the months onto the anchor, prisma/seed/clock.ts);
//   - 第四检察部 with a persistent problem over the last eight months;
//   - a few late, missing and returned reports;
//   - the previous month filed as of the anchor day: its reports are due on
//     day 5 of the anchor's month, so on day 1–5 some are still to come and
//     after that the ones not in are late (or missing); the anchor's own month
//     is open, with a few drafts late in the month (none for 第一检察部, whose
//     liaison1 files it in the e2e walk-through).
// Staff-of-concern entries are encrypted like the app's own (docs/security.md item 19).
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { periodFromKey, type Period } from "../../lib/reports/periods";
import { monthKeyOf, SEED_ANCHOR, storyKey, wallParts } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

export const HOT_TOPICS = [
  "司法改革",
  "入额",
  "员额退出",
  "职级晋升",
  "薪酬待遇",
  "工作压力",
  "家庭",
  "健康",
  "岗位调整",
  "区院合并",
  "办案责任",
  "学习培训",
] as const;

const REFORM_MONTHS = new Set(["2025-03", "2025-04", "2025-05", "2025-06"].map((k) => storyKey(k)));
const PROBLEM_DEPARTMENT = "JC4";
const PROBLEM_FROM = storyKey("2026-03");
/** Two reports stay returned, waiting for the liaison to fix them: this period's. */
const RETURNED_NOW = storyKey("2026-09");
const DAY = 24 * 3600_000;

export type SeededConcern = {
  id: string;
  reportId: string;
  departmentId: string;
  personId: string;
  kind: string;
  reviewedAt: Date;
  reviewedById: string;
};

const SUMMARIES = {
  good: [
    "本月部门干警思想稳定，工作积极性高，办案质效稳步提升。",
    "部门整体状态良好，青年干警学习热情高，老同志传帮带作用明显。",
    "干警对院党组各项部署理解到位，队伍团结，未发现明显思想波动。",
  ],
  mixed: [
    "部门总体稳定，个别干警对职级晋升进度有所关注，已及时沟通。",
    "案件量上升，部分干警反映加班较多，情绪总体可控。",
    "多数干警工作状态正常，少数同志家庭负担较重，需持续关注。",
  ],
  reform: [
    "司法责任制改革推进中，部分干警对入额标准和员额退出存在疑虑，思想有波动。",
    "入额考试临近，备考压力较大，未入额人员对今后发展方向有顾虑。",
    "改革方案公布后，部门内讨论较多，个别同志出现消极情绪，已开展谈心谈话。",
  ],
  problem: [
    "部门人员调整后案件压力明显上升，干警普遍反映疲惫，士气偏低。",
    "连续多月加班，部分干警出现倦怠情绪，人员流动意向增加，需院党组关注。",
    "部门内部协作不畅，个别干警之间存在矛盾，情绪波动较大。",
  ],
} as const;

const CONCERNS: Record<string, { description: string[]; suggestion: string[] }> = {
  PRESSURE: {
    description: [
      "长期承办重大复杂案件，连续加班，睡眠不足。",
      "近期办案量翻倍，多次表示难以承受。",
    ],
    suggestion: ["合理调配案件，部门负责人谈心谈话。", "安排轮休，关注身心健康。"],
  },
  REFORM: {
    description: [
      "入额未果，情绪低落，对今后发展方向感到迷茫。",
      "对员额退出机制存在误解，担心影响职级待遇。",
    ],
    suggestion: [
      "政治处开展政策解读，帮助其理性规划职业发展。",
      "安排分管领导个别谈话，讲清政策。",
    ],
  },
  FAMILY: {
    description: ["父亲重病住院，家中事务繁重，工作时常分心。", "子女入学问题困扰，近期请假较多。"],
    suggestion: ["协调工作安排，必要时给予困难帮扶。", "工会了解情况，提供力所能及的帮助。"],
  },
  MOOD: {
    description: ["近期言语消极，与同事交流明显减少。", "因评优未果情绪波动，工作积极性下降。"],
    suggestion: ["部门负责人及时谈心，了解思想症结。", "加强正面引导，肯定其工作成绩。"],
  },
  HEALTH: {
    description: ["体检发现健康问题，需定期复查，思想负担较重。"],
    suggestion: ["合理安排工作强度，关心治疗情况。"],
  },
  POST_CHANGE: {
    description: ["岗位调整后不适应新岗位，业务上有畏难情绪。"],
    suggestion: ["安排业务骨干结对帮带，组织岗位培训。"],
  },
};

function monthKeys(fromKey: string, count: number): string[] {
  const [y, m] = fromKey.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export async function seedReports(
  tx: Tx,
  org: Organisation,
): Promise<{ reports: number; concerns: SeededConcern[] }> {
  const rng = new Rng(20161107);
  const topics = HOT_TOPICS.map((name, i) => ({
    id: stableId(`topic:${name}`),
    name,
    sortOrder: (i + 1) * 10,
    active: true,
  }));
  await tx.hotTopic.createMany({ data: topics });
  const topicId = (name: string) => topics.find((t) => t.name === name)!.id;

  const keys = monthKeys(storyKey("2024-11"), 24); // the 24 months before the anchor's month
  const periods = keys.map((k) => periodFromKey(k)!) as Period[];
  const current = periodFromKey(monthKeyOf(SEED_ANCHOR))!; // the anchor's month: open
  const now = SEED_ANCHOR.getTime() - 3600_000; // nothing later than an hour before the anchor
  await tx.reportPeriod.createMany({
    data: [...periods, current].map((p) => ({
      id: stableId(`period:${p.key}`),
      key: p.key,
      label: p.label,
      frequency: p.frequency,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      dueAt: p.dueAt,
      createdAt: p.startsAt,
    })),
  });

  const usersByDept = new Map<string, SeedUser[]>();
  for (const u of org.users)
    if (u.departmentId)
      usersByDept.set(u.departmentId, [...(usersByDept.get(u.departmentId) ?? []), u]);

  const reports: Record<string, unknown>[] = [];
  const topicRows: { reportId: string; topicId: string }[] = [];
  const events: Record<string, unknown>[] = [];
  const concernRows: Record<string, unknown>[] = [];
  const concerns: SeededConcern[] = [];

  for (const dept of org.departments.filter((d) => d.liaisonId && d.headId)) {
    const base = 3.7 + rng.float() * 0.6;
    const members = (usersByDept.get(dept.id) ?? []).filter(
      (u) => u.id !== dept.headId && u.id !== dept.liaisonId,
    );
    for (const p of periods) {
      const isLatest = p.key === keys[keys.length - 1];
      const reform = REFORM_MONTHS.has(p.key);
      const problem = dept.code === PROBLEM_DEPARTMENT && p.key >= PROBLEM_FROM;
      // A few periods were never filed (not the demo department's). The same
      // draws for every anchor, so the story does not change with the day.
      const currentlyReturned =
        p.key === RETURNED_NOW && (dept.code === "JC3" || dept.code === "WJB");
      if (dept.code !== "JC1" && rng.chance(0.025) && !currentlyReturned) continue;

      const mood = clamp(
        Math.round(base + (rng.float() - 0.5) * 0.9 - (reform ? 1.2 : 0) - (problem ? 1.6 : 0)),
        1,
        5,
      );
      const stability = mood >= 4 ? "STABLE" : mood === 3 ? "MOSTLY_STABLE" : "FLUCTUATING";
      const summaries = problem
        ? SUMMARIES.problem
        : reform
          ? SUMMARIES.reform
          : mood >= 4
            ? SUMMARIES.good
            : SUMMARIES.mixed;
      const id = stableId(`report:${dept.code}:${p.key}`);

      const late = rng.chance(0.06);
      const firstSubmittedAt = late
        ? new Date(p.dueAt.getTime() + rng.int(1, 5) * DAY - 6 * 3600_000)
        : new Date(p.dueAt.getTime() - rng.int(1, 6) * DAY - rng.int(2, 8) * 3600_000);
      const returnedOnce = rng.chance(0.05);
      // Heads review in the day or two after the last day before the due date, or after a late report.
      const reviewBase = Math.max(firstSubmittedAt.getTime(), p.dueAt.getTime() - DAY);
      const reviewAfter =
        reviewBase -
        firstSubmittedAt.getTime() +
        rng.int(1, 2) * DAY +
        (returnedOnce ? 3 * DAY : 0);
      const created = new Date(firstSubmittedAt.getTime() - rng.int(1, 3) * DAY);
      // What has happened by the anchor: the previous month's reports come in around the anchor.
      let status = "REVIEWED";
      if (currentlyReturned) status = "RETURNED";
      let returned = returnedOnce;
      // Not even a draft yet: the same draws below, nothing written.
      const exists = !isLatest || created.getTime() <= now;
      if (isLatest) {
        if (firstSubmittedAt.getTime() > now) status = "DRAFT";
        else if (returnedOnce && firstSubmittedAt.getTime() + DAY > now) status = "SUBMITTED";
        else if (returnedOnce && firstSubmittedAt.getTime() + 2 * DAY > now) status = "RETURNED";
        else if (firstSubmittedAt.getTime() + reviewAfter > now) status = "SUBMITTED";
        returned =
          returnedOnce && status !== "RETURNED" && firstSubmittedAt.getTime() + 2 * DAY <= now;
      }
      const submitted = status !== "DRAFT";
      const reviewedAt =
        status === "REVIEWED"
          ? new Date(Math.min(firstSubmittedAt.getTime() + reviewAfter, now))
          : null;
      const returnedOnceShown = returned;

      const summary = rng.pick(summaries);
      const topicPool = reform
        ? ["入额", "司法改革", "员额退出", "职级晋升"]
        : problem
          ? ["工作压力", "岗位调整", "健康", "家庭"]
          : [...HOT_TOPICS];
      const picked = rng.shuffle(topicPool).slice(0, rng.int(1, 3));
      const concernCount =
        members.length === 0
          ? 0
          : problem
            ? rng.int(1, 2)
            : reform
              ? rng.int(0, 2)
              : rng.chance(0.12)
                ? 1
                : 0;
      const concernDraws = rng
        .shuffle(members)
        .slice(0, concernCount)
        .map((person) => {
          const kind = problem
            ? rng.pick(["PRESSURE", "MOOD", "HEALTH"])
            : reform
              ? "REFORM"
              : rng.pick(["FAMILY", "MOOD", "HEALTH", "POST_CHANGE", "PRESSURE"]);
          const c = CONCERNS[kind];
          return {
            person,
            kind,
            description: rng.pick(c.description),
            suggestion: rng.pick(c.suggestion),
          };
        });
      if (!exists) continue;

      reports.push({
        id,
        departmentId: dept.id,
        periodId: stableId(`period:${p.key}`),
        kind: "PERIODIC",
        authorId: dept.liaisonId,
        status,
        mood,
        stability,
        summary,
        submittedAt: submitted
          ? returnedOnceShown
            ? new Date(firstSubmittedAt.getTime() + 2 * DAY)
            : firstSubmittedAt
          : null,
        firstSubmittedAt: submitted ? firstSubmittedAt : null,
        reviewedAt,
        reviewedById: reviewedAt ? dept.headId : null,
        returnComment:
          status === "RETURNED" ? "关注人员情况描述过于简略，请补充具体表现和已采取的措施。" : null,
        createdAt: created,
        updatedAt:
          reviewedAt ??
          (status === "RETURNED"
            ? new Date(firstSubmittedAt.getTime() + DAY)
            : submitted
              ? firstSubmittedAt
              : created),
      });

      for (const t of picked) topicRows.push({ reportId: id, topicId: topicId(t) });

      events.push({
        id: stableId(`event:${id}:c`),
        reportId: id,
        actorId: dept.liaisonId,
        action: "CREATED",
        createdAt: created,
      });
      if (submitted)
        events.push({
          id: stableId(`event:${id}:s`),
          reportId: id,
          actorId: dept.liaisonId,
          action: "SUBMITTED",
          createdAt: firstSubmittedAt,
        });
      if (returnedOnceShown || status === "RETURNED") {
        events.push({
          id: stableId(`event:${id}:r`),
          reportId: id,
          actorId: dept.headId,
          action: "RETURNED",
          comment: "请补充关注人员的具体情况。",
          createdAt: new Date(firstSubmittedAt.getTime() + DAY),
        });
        if (returnedOnceShown)
          events.push({
            id: stableId(`event:${id}:s2`),
            reportId: id,
            actorId: dept.liaisonId,
            action: "SUBMITTED",
            createdAt: new Date(firstSubmittedAt.getTime() + 2 * DAY),
          });
      }
      if (reviewedAt)
        events.push({
          id: stableId(`event:${id}:v`),
          reportId: id,
          actorId: dept.headId,
          action: "REVIEWED",
          createdAt: reviewedAt,
        });

      for (const [i, { person, kind, description, suggestion }] of concernDraws.entries()) {
        const cid = stableId(`concern:${id}:${i}`);
        concernRows.push({
          id: cid,
          reportId: id,
          personId: person.id,
          kind,
          descriptionEnc: encryptText(description),
          suggestionEnc: encryptText(suggestion),
          createdAt: created,
        });
        if (reviewedAt)
          concerns.push({
            id: cid,
            reportId: id,
            departmentId: dept.id,
            personId: person.id,
            kind,
            reviewedAt,
            reviewedById: dept.headId!,
          });
      }
    }
  }

  // The anchor's own month: from day 20, a few liaisons have a draft (never 第一检察部's).
  if (wallParts(SEED_ANCHOR).day >= 20) {
    for (const [i, dept] of org.departments
      .filter((d) => d.liaisonId && d.headId && d.code !== "JC1")
      .entries()) {
      if (i % 3 !== 1) continue;
      const id = stableId(`report:${dept.code}:${current.key}`);
      const created = new Date(SEED_ANCHOR.getTime() - (1 + (i % 4)) * DAY + 15 * 3600_000);
      reports.push({
        id,
        departmentId: dept.id,
        periodId: stableId(`period:${current.key}`),
        kind: "PERIODIC",
        authorId: dept.liaisonId,
        status: "DRAFT",
        mood: 4,
        stability: "STABLE",
        summary: SUMMARIES.good[i % SUMMARIES.good.length],
        submittedAt: null,
        firstSubmittedAt: null,
        reviewedAt: null,
        reviewedById: null,
        returnComment: null,
        createdAt: created,
        updatedAt: created,
      });
      events.push({
        id: stableId(`event:${id}:c`),
        reportId: id,
        actorId: dept.liaisonId,
        action: "CREATED",
        createdAt: created,
      });
      topicRows.push({ reportId: id, topicId: topicId("工作压力") });
    }
  }

  // Ad-hoc reports (即时报告) on urgent events.
  const adhoc = [
    { code: "JC2", key: "2025-04", day: 18, title: "入额考试成绩公布后部分干警情绪波动", mood: 2 },
    { code: "AGB", key: "2025-05", day: 9, title: "案管系统切换期间工作量激增", mood: 3 },
    { code: "JC4", key: "2026-06", day: 22, title: "干警家属来院反映加班问题", mood: 2 },
    { code: "FJDD", key: "2026-08", day: 3, title: "高温执勤期间人员身体状况", mood: 3 },
    { code: "JC4", key: "2026-10", day: 15, title: "骨干干警提出调岗申请", mood: 2 },
  ];
  for (const a of adhoc.map((x) => ({ ...x, key: storyKey(x.key) }))) {
    const dept = org.departments.find((d) => d.code === a.code);
    if (!dept?.liaisonId || !dept.headId) continue;
    const p = periods.find((x) => x.key === a.key)!;
    const at = new Date(p.startsAt.getTime() + (a.day - 1) * DAY + 10 * 3600_000);
    const id = stableId(`adhoc:${a.code}:${a.key}`);
    reports.push({
      id,
      departmentId: dept.id,
      periodId: null,
      kind: "ADHOC",
      authorId: dept.liaisonId,
      status: "REVIEWED",
      title: a.title,
      mood: a.mood,
      stability: a.mood >= 3 ? "MOSTLY_STABLE" : "FLUCTUATING",
      summary: `${a.title}。信息员已第一时间了解情况，部门负责人已开展谈心谈话，建议政治处跟进。`,
      submittedAt: at,
      firstSubmittedAt: at,
      reviewedAt: new Date(at.getTime() + 4 * 3600_000),
      reviewedById: dept.headId,
      createdAt: at,
      updatedAt: at,
    });
    events.push({
      id: stableId(`event:${id}:c`),
      reportId: id,
      actorId: dept.liaisonId,
      action: "CREATED",
      createdAt: at,
    });
    events.push({
      id: stableId(`event:${id}:s`),
      reportId: id,
      actorId: dept.liaisonId,
      action: "SUBMITTED",
      createdAt: at,
    });
    events.push({
      id: stableId(`event:${id}:v`),
      reportId: id,
      actorId: dept.headId,
      action: "REVIEWED",
      createdAt: new Date(at.getTime() + 4 * 3600_000),
    });
    topicRows.push({ reportId: id, topicId: topicId(a.code === "JC2" ? "入额" : "工作压力") });
  }

  for (let i = 0; i < reports.length; i += 100)
    await tx.liaisonReport.createMany({ data: reports.slice(i, i + 100) as never });
  for (let i = 0; i < topicRows.length; i += 200)
    await tx.reportTopic.createMany({ data: topicRows.slice(i, i + 200) });
  for (let i = 0; i < events.length; i += 200)
    await tx.reportEvent.createMany({ data: events.slice(i, i + 200) as never });
  for (let i = 0; i < concernRows.length; i += 100)
    await tx.staffConcern.createMany({ data: concernRows.slice(i, i + 100) as never });
  return { reports: reports.length, concerns };
}
