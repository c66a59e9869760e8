// Personal study logs and the points table:
//   - the six point rules at their defaults (lib/study/points/rules.ts);
//   - about 420 study-log entries over the year before the reference date,
//     from most business users (some study a lot, some little), more in the
//     run-up to 七一 and before year end, fewer around 春节;
//   - older entries mostly approved, a few returned with a comment; entries
//     from the last month half still awaiting review, plus four pending ones
//     in 第一检察部, so that zzc (everyone) and head1 (their department) have a
//     queue;
//   - staff1 has seven entries in every state.
// Reviewers: the owner's department head (the branch secretary), otherwise a
// 政治处 member; never the owner (lib/study/log/access.ts).
import type { Tx } from "../../lib/db-client";
import { DEFAULT_RULES, RULE_KEYS } from "../../lib/study/points/rules";
import { DEMO_ACCOUNTS } from "./accounts";
import { SEED_LAUNCH_DATE, SEED_REFERENCE_DATE } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const TARGET = 420;

type Kind = "READING" | "ONLINE" | "REFLECTION" | "OTHER";
type Row = {
  id: string;
  userId: string;
  kind: Kind;
  title: string;
  studiedOn: Date;
  tenths: number;
  reflection: string;
  status: string;
  reviewedById: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const TITLES: Record<Kind, string[]> = {
  READING: [
    "《习近平谈治国理政》第四卷",
    "《习近平法治思想学习纲要》",
    "《中国共产党章程》",
    "《中国共产党纪律处分条例》",
    "《中国共产党廉洁自律准则》",
    "《中华人民共和国检察官法》",
    "《人民检察院刑事诉讼规则》",
    "《中国共产党简史》",
    "《论坚持全面依法治国》",
    "《检察官职业道德基本准则》",
    "《之江新语》",
    "《习近平新时代中国特色社会主义思想三十讲》",
  ],
  ONLINE: [
    "学习强国：党的二十大精神专题",
    "中国检察教育培训网络学院：认罪认罚从宽制度适用",
    "中国检察教育培训网络学院：检察公益诉讼实务",
    "学习强国：习近平法治思想专题",
    "干部网络学院：新时代党的建设总要求",
    "中国检察教育培训网络学院：刑事检察证据审查",
    "学习强国：中共党史专题",
    "检察官在线课堂：未成年人检察工作",
    "干部网络学院：保密知识专题",
    "中国检察教育培训网络学院：司法责任制改革解读",
  ],
  REFLECTION: [
    "学习党章心得体会",
    "“两学一做”学习体会",
    "参加一把手讲党课的体会",
    "学习习近平法治思想的体会",
    "观看警示教育片有感",
    "“我眼中的梁溪检察”随感",
    "学习检察官职业道德准则的体会",
    "司法责任制改革中的思考",
    "重温入党誓词的感悟",
  ],
  OTHER: [
    "参观无锡革命陈列馆",
    "观看廉政教育片《警钟》",
    "旁听庭审观摩",
    "参加市院业务竞赛培训",
    "参观东林书院",
    "参加主题党日志愿服务",
  ],
};

const NOTES = [
  "结合本部门办案实际，重点学习了相关章节，做了读书笔记。",
  "系统学习了课程内容，对实务中的几个难点有了新的认识。",
  "学习后与部门同事进行了交流讨论。",
  "对照自身工作查找不足，明确了下一步改进方向。",
];

const REFLECTIONS = [
  "通过学习，进一步坚定了理想信念，深刻认识到作为一名检察干警必须始终把讲政治放在首位。在今后的工作中，我将把学习成果转化为办案动力，严格依法履职，守住廉洁底线。",
  "这次学习使我对“以人民为中心”的司法理念有了更深的理解。办案不仅要追求法律效果，也要兼顾社会效果，让人民群众在每一个司法案件中感受到公平正义。",
  "结合司法责任制改革，我认识到“谁办案谁负责”既是权力也是责任。今后要加强业务学习，提升证据审查和文书写作能力，确保经手的每一件案件经得起检验。",
  "重温党的光辉历程，深感今天的成绩来之不易。作为年轻党员，要从党史中汲取力量，在平凡岗位上踏实工作，做到学思用贯通、知信行统一。",
  "警示教育案例触目惊心，再次提醒我们要慎独慎微、防微杜渐。我将严格遵守“三个规定”，主动报告有关事项，自觉接受监督。",
];

const RETURN_COMMENTS = [
  "学习时长与学习内容不符，请核实后重新提交。",
  "心得体会内容过于简略，请结合工作实际补充具体体会。",
  "请写明学习材料的具体名称或课程名称。",
  "同一内容已登记过，请核实是否重复填报。",
];

/** Relative weight of each month (1–12) for study activity. */
const MONTH_WEIGHT = [0.5, 0.4, 1, 1, 1.1, 1.4, 1.5, 0.8, 1, 1.1, 1.2, 1.3];

function hoursFor(rng: Rng, kind: Kind): number {
  const [lo, hi] =
    kind === "READING"
      ? [2, 6]
      : kind === "ONLINE"
        ? [1, 5]
        : kind === "REFLECTION"
          ? [2, 4]
          : [2, 8];
  return rng.int(lo, hi) * 5; // half-hour steps, in tenths
}

export async function seedStudyLogs(
  tx: Tx,
  org: Organisation,
): Promise<{
  total: number;
  approved: number;
  submitted: number;
  returned: number;
  rules: number;
}> {
  const rng = new Rng(20261101);
  await tx.studyPointRule.createMany({
    data: RULE_KEYS.map((key) => ({
      key,
      tenths: DEFAULT_RULES[key],
      updatedById: null,
      updatedAt: SEED_LAUNCH_DATE,
    })),
  });

  const testOnly = new Set(DEMO_ACCOUNTS.filter((a) => a.e2eOnly).map((a) => a.username));
  const business = org.users.filter(
    (u) => !testOnly.has(u.username) && u.roles.some((r) => r !== "SYS_ADMIN" && r !== "AUDITOR"),
  );
  const office = org.users.filter((u) => u.roles.includes("POLITICAL_OFFICE"));
  const headOf = new Map(org.departments.map((d) => [d.id, d.headId]));
  const byName = (username: string) => org.users.find((u) => u.username === username)!;
  const staff1 = byName("staff1");

  const reviewerFor = (owner: SeedUser): string => {
    const head = owner.departmentId ? headOf.get(owner.departmentId) : null;
    if (head && head !== owner.id) return head;
    return rng.pick(office.filter((u) => u.id !== owner.id)).id;
  };

  const rows: Row[] = [];
  const taken = new Set<string>();
  const add = (
    owner: SeedUser,
    daysAgo: number,
    kind: Kind,
    status: "APPROVED" | "SUBMITTED" | "RETURNED",
    title?: string,
    tenths?: number,
    comment?: string,
  ) => {
    const key = `${owner.id}:${daysAgo}`;
    if (taken.has(key)) return false;
    taken.add(key);
    const studiedOn = new Date(SEED_REFERENCE_DATE.getTime() - daysAgo * DAY);
    // Logged the same evening or within two days, never after the reference date.
    const createdAt = new Date(
      Math.min(
        studiedOn.getTime() + rng.int(0, 2) * DAY + rng.int(18, 22) * HOUR,
        SEED_REFERENCE_DATE.getTime() - HOUR,
      ),
    );
    const decided = status !== "SUBMITTED";
    const reviewedAt = decided
      ? new Date(
          Math.min(
            createdAt.getTime() + rng.int(1, 5) * DAY + rng.int(1, 6) * HOUR,
            SEED_REFERENCE_DATE.getTime() - HOUR / 2,
          ),
        )
      : null;
    rows.push({
      id: stableId(`study-log:${owner.username}:${daysAgo}`),
      userId: owner.id,
      kind,
      title: title ?? rng.pick(TITLES[kind]),
      studiedOn,
      tenths: tenths ?? hoursFor(rng, kind),
      reflection:
        kind === "REFLECTION" ? rng.pick(REFLECTIONS) : rng.chance(0.5) ? rng.pick(NOTES) : "",
      status,
      reviewedById: decided ? reviewerFor(owner) : null,
      reviewedAt,
      reviewComment: status === "RETURNED" ? (comment ?? rng.pick(RETURN_COMMENTS)) : null,
      createdAt,
      updatedAt: reviewedAt ?? createdAt,
    });
    return true;
  };

  // staff1: a handful of entries in every state.
  const mine: [number, Kind, "APPROVED" | "SUBMITTED" | "RETURNED", string, number, string?][] = [
    [320, "READING", "APPROVED", "《习近平法治思想学习纲要》", 20],
    [230, "ONLINE", "APPROVED", "中国检察教育培训网络学院：认罪认罚从宽制度适用", 15],
    [120, "REFLECTION", "APPROVED", "学习党章心得体会", 10],
    [50, "READING", "APPROVED", "《中国共产党纪律处分条例》", 25],
    [
      17,
      "OTHER",
      "RETURNED",
      "旁听庭审观摩",
      25,
      "请写明观摩的案件名称，并补充本人体会后重新提交。",
    ],
    [5, "ONLINE", "SUBMITTED", "学习强国：习近平法治思想专题", 10],
    [2, "READING", "SUBMITTED", "《检察官职业道德基本准则》", 15],
  ];
  for (const [d, kind, status, title, tenths, comment] of mine)
    add(staff1, d, kind, status, title, tenths, comment);

  // Four pending entries in 第一检察部 for head1's queue (besides staff1's).
  const jc1 = business.filter(
    (u) =>
      u.departmentId === staff1.departmentId &&
      u.id !== staff1.id &&
      u.id !== headOf.get(u.departmentId!),
  );
  for (const [i, u] of rng.shuffle(jc1).slice(0, 4).entries())
    add(u, 3 + i * 4, rng.pick(["READING", "ONLINE", "REFLECTION"] as const), "SUBMITTED");

  // Everyone else: some study a lot, some little.
  const others = business.filter((u) => u.id !== staff1.id);
  const activity = others.map(
    (u) => [u, rng.chance(0.12) ? 0.1 : 0.3 + rng.float() * rng.float() * 4] as const,
  );
  const dayWeights = Array.from({ length: 365 }, (_, i) => {
    const d = new Date(SEED_REFERENCE_DATE.getTime() - (i + 1) * DAY + 8 * HOUR);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 0.6 : 1;
    return [i + 1, MONTH_WEIGHT[d.getUTCMonth()] * weekend] as const;
  });
  while (rows.length < TARGET) {
    const owner = rng.weighted(activity);
    const daysAgo = rng.weighted(dayWeights);
    const kind = rng.weighted([
      ["READING", 35],
      ["ONLINE", 35],
      ["REFLECTION", 20],
      ["OTHER", 10],
    ] as const);
    const status =
      daysAgo <= 30 && rng.chance(0.5) ? "SUBMITTED" : rng.chance(0.04) ? "RETURNED" : "APPROVED";
    add(owner, daysAgo, kind, status);
  }

  for (let i = 0; i < rows.length; i += 100)
    await tx.studyLog.createMany({ data: rows.slice(i, i + 100) });
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  return {
    total: rows.length,
    approved: count("APPROVED"),
    submitted: count("SUBMITTED"),
    returned: count("RETURNED"),
    rules: RULE_KEYS.length,
  };
}
