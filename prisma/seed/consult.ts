// Two years of reform consultations (改革咨询) and the 政策解读 FAQ:
//   - 216 consultations ("200余人次"), heavily concentrated in the reform
//     months 2025-02 … 2025-07 around the first 入额 round;
//   - 入额 and 员额退出 the most frequent topics, 电话 and 微信 the main channels;
//   - about 100 distinct askers, almost all answered within 1–20 hours, six
//     answered late (30–60 h) and four still open at the anchor, asked 40, 15,
//     8 and 3 hours before it (the first already past 24 hours then);
// Months are story months (2024-11 … 2026-10), moved onto the 24 months before
// the anchor's month (prisma/seed/clock.ts).
//   - 11 FAQ entries whose text was generalised before publishing: no names.
import type { Tx } from "../../lib/db-client";
import { DEMO_ACCOUNTS } from "./accounts";
import { SEED_REFERENCE_DATE, storyKey } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Consultations per month from 2024-11 to 2026-10 (sums to 216). */
const MONTH_COUNTS: [string, number][] = [
  ["2024-11", 3],
  ["2024-12", 4],
  ["2025-01", 8],
  ["2025-02", 18],
  ["2025-03", 30],
  ["2025-04", 31],
  ["2025-05", 28],
  ["2025-06", 22],
  ["2025-07", 14],
  ["2025-08", 6],
  ["2025-09", 5],
  ["2025-10", 4],
  ["2025-11", 4],
  ["2025-12", 3],
  ["2026-01", 3],
  ["2026-02", 3],
  ["2026-03", 4],
  ["2026-04", 5],
  ["2026-05", 4],
  ["2026-06", 3],
  ["2026-07", 3],
  ["2026-08", 3],
  ["2026-09", 3],
  ["2026-10", 5],
];
/** Still open at the reference date: hours before it. The first is past 24 h. */
const OPEN_HOURS_BEFORE = [40, 15, 8, 3];
/** Indices (in time order) of the consultations answered late. */
const LATE_INDICES = new Set([21, 48, 77, 95, 130, 160]);

type Template = { tag: string; q: string; a: string; faqQ?: string };

const TEMPLATES: Template[] = [
  {
    tag: "QUOTA",
    q: "我在检察官助理岗位工作满五年，这次入额遴选报名需要满足哪些条件？",
    faqQ: "检察官助理报名参加入额遴选需要满足哪些条件？",
    a: "根据省院员额检察官遴选办法，报名人员须具有法律职业资格，在检察业务岗位工作满五年（具有法学硕士以上学位的可适当放宽），近三年年度考核均为称职以上，且无违纪违法记录。具体以院遴选公告为准，报名材料请于截止日前交政治处审核。",
  },
  {
    tag: "QUOTA",
    q: "入额考试的笔试和业绩考核各占多少比重？业绩考核看哪些年份的数据？",
    faqQ: "入额遴选中笔试、业绩考核、面试如何计分？",
    a: "本轮遴选总成绩由笔试、业绩考核和面试三部分组成，权重分别为 30%、50%、20%。业绩考核以近三年办案数量、质量和效果为主要依据，由院检察官考评委员会审核评定。各项成绩及总成绩将在院内公示。",
  },
  {
    tag: "QUOTA",
    q: "原来是助理检察员但没有入额，现在还能以检察官名义办案吗？",
    faqQ: "未入额的原助理检察员还能否以检察官名义独立办案？",
    a: "改革后，只有入额的检察官才能以检察官名义独立办理案件、签发法律文书。未入额的原助理检察员转为检察官助理，在检察官指导下开展工作，原有法律职务待遇按有关过渡政策执行。",
  },
  {
    tag: "QUOTA",
    q: "这次没入额，下一批遴选什么时候？需要重新报名吗？",
    faqQ: "本轮未入额，下一批遴选何时开展、是否需要重新报名？",
    a: "员额实行动态管理，院里将根据员额空缺情况适时组织下一批遴选，原则上每年一次。每一批遴选均需重新报名、重新考核，前一批的成绩不予保留。请继续积累办案业绩，政治处会提前发布通知。",
  },
  {
    tag: "EXIT",
    q: "入额以后如果调到综合部门，员额会不会被退出？",
    faqQ: "入额检察官调整到非业务部门后员额如何处理？",
    a: "入额检察官因工作需要调离办案岗位、到综合行政部门任职的，应当退出员额。退出员额后按照所任职务确定待遇，今后回到办案岗位的，须重新参加遴选。",
  },
  {
    tag: "EXIT",
    q: "员额检察官办案数量达不到要求会被退出吗？标准是什么？",
    faqQ: "员额检察官办案量不达标是否会被退出员额？",
    a: "按照员额退出管理规定，员额检察官年度办案数量、质量连续两年达不到岗位基本要求，经考评委员会审议的，应当退出员额。具体考核标准由院检察官考评委员会结合各部门案件类型另行制定并公布。",
  },
  {
    tag: "EXIT",
    q: "快到退休年龄了，员额是自动退出吗？退出后待遇有变化吗？",
    faqQ: "员额检察官临近退休时员额如何退出、待遇是否变化？",
    a: "员额检察官达到退休年龄的，自然退出员额。退休前仍在办案岗位的，退休待遇按国家规定执行，不因退出员额而降低。院里将提前做好案件交接安排。",
  },
  {
    tag: "RANK",
    q: "检察官助理的职级晋升和原来的行政职级怎么衔接？",
    faqQ: "检察官助理的职级晋升与原行政职级如何衔接？",
    a: "检察官助理按照司法辅助人员序列管理，实行职级制度。改革前已确定的行政职级，按套改办法对应确定助理职级，任职年限连续计算，晋升按照规定的任职年限和考核结果逐级进行。",
  },
  {
    tag: "RANK",
    q: "职级并行后，在部门副主任岗位上能同时晋升职级吗？",
    faqQ: "担任部门副职的人员能否同时晋升职级？",
    a: "职务与职级并行，担任领导职务的人员可以按规定晋升职级，职级晋升主要看任职年限和考核结果。具体名额和条件以上级批复的职数为准，政治处将统一组织。",
  },
  {
    tag: "PAY",
    q: "入额后的工资会涨多少？绩效考核奖金怎么发？",
    faqQ: "入额检察官的工资待遇如何确定，绩效考核奖金如何发放？",
    a: "员额检察官实行单独职务序列工资制度，工资水平高于当地公务员平均水平，按检察官等级确定。绩效考核奖金根据办案数量、质量、效率和效果考核结果分档发放，向一线办案人员倾斜。",
  },
  {
    tag: "PAY",
    q: "司法警察的待遇在这次改革中有变化吗？",
    a: "司法警察按照人民警察序列管理，工资待遇执行人民警察有关规定，本次司法责任制改革不降低其现有待遇。如有新的政策出台，政治处会第一时间传达。",
  },
  {
    tag: "POST",
    q: "改革后内设机构调整，我原来的科室合并了，岗位怎么安排？",
    faqQ: "内设机构改革后原科室合并，人员岗位如何安排？",
    a: "内设机构改革后，原有科室按照业务类别整合为若干检察部，人员随业务划转。院党组将综合考虑个人专业特长和工作需要统一调配，调整方案会与每位干警沟通后实施。",
  },
  {
    tag: "POST",
    q: "我想从书记员岗位转到检察官助理，需要什么条件？",
    a: "书记员转任检察官助理，需具有全日制大学本科以上学历和法律职业资格，工作满两年且考核合格，经院党组研究同意后办理转任。",
  },
  {
    tag: "LIABILITY",
    q: "司法责任制下，检察官办案出现错误要承担什么责任？",
    faqQ: "司法责任制下检察官办案出现错误如何追责？",
    a: "司法责任制坚持“谁办案谁负责、谁决定谁负责”。检察官在职权范围内对办案事项作出决定的，承担相应司法责任；因故意违反法律法规或重大过失导致案件错误并造成严重后果的，依法追究责任。一般性瑕疵不属于追责范围，通过案件质量评查予以纠正。",
  },
  {
    tag: "LIABILITY",
    q: "检察官助理协助办案，出了问题责任怎么划分？",
    a: "检察官助理在检察官指导下办理辅助性工作，对其职责范围内的工作负责；检察官对其指导、审核的事项和作出的决定承担责任。具体以权力清单为准。",
  },
  {
    tag: "OTHER",
    q: "改革相关的政策文件在哪里可以看到？",
    faqQ: "司法责任制改革的政策文件在哪里查阅？",
    a: "相关文件已汇编在内网“司法责任制改革”专栏，包括员额遴选办法、员额退出管理规定、检察官权力清单等。纸质汇编可到政治处借阅。",
  },
  {
    tag: "OTHER",
    q: "改革期间有思想顾虑，可以找谁谈一谈？",
    a: "欢迎随时到政治处面谈，也可以通过电话、微信或本平台咨询。院领导和部门负责人也会结合谈心谈话工作主动了解大家的想法。",
  },
];

const CHANNEL_WEIGHTS = [
  ["PHONE", 34],
  ["WECHAT", 30],
  ["ONLINE", 16],
  ["IN_PERSON", 12],
  ["SMS", 8],
] as const;
const TAG_WEIGHTS = [
  ["QUOTA", 32],
  ["EXIT", 20],
  ["RANK", 14],
  ["PAY", 12],
  ["POST", 10],
  ["LIABILITY", 8],
  ["OTHER", 4],
] as const;
const FAQ_COUNT = 11;

function monthStart(key: string): number {
  const [y, m] = key.split("-").map(Number);
  return Date.UTC(y, m - 1, 1) - 8 * HOUR;
}

export async function seedConsultations(
  tx: Tx,
  org: Organisation,
): Promise<{ total: number; open: number; late: number; askers: number; faq: number }> {
  const rng = new Rng(20250301);
  const testOnly = new Set(DEMO_ACCOUNTS.filter((a) => a.e2eOnly).map((a) => a.username));
  const business = org.users.filter(
    (u) => !testOnly.has(u.username) && u.roles.some((r) => r !== "SYS_ADMIN" && r !== "AUDITOR"),
  );
  const office = org.users.filter((u) => u.roles.includes("POLITICAL_OFFICE"));
  const staff1 = business.find((u) => u.username === "staff1");
  // About 100 distinct askers; the demo staff member is one of them.
  const askers: SeedUser[] = [
    ...(staff1 ? [staff1] : []),
    ...rng.shuffle(business.filter((u) => u !== staff1 && !office.includes(u))),
  ].slice(0, 100);

  // Ask times, in order.
  const times: number[] = [];
  for (const [key, count] of MONTH_COUNTS) {
    const last = key === MONTH_COUNTS[MONTH_COUNTS.length - 1][0];
    const answeredHere = last ? count - OPEN_HOURS_BEFORE.length : count;
    for (let i = 0; i < answeredHere; i++)
      times.push(
        monthStart(storyKey(key)) +
          rng.int(0, last ? 25 : 27) * DAY +
          rng.int(8, 20) * HOUR +
          rng.int(0, 59) * 60_000,
      );
  }
  times.sort((a, b) => a - b);
  const openFrom = times.length;
  for (const h of OPEN_HOURS_BEFORE) times.push(SEED_REFERENCE_DATE.getTime() - h * HOUR);

  const byTag = new Map<string, Template[]>();
  for (const t of TEMPLATES) byTag.set(t.tag, [...(byTag.get(t.tag) ?? []), t]);

  const consultations: Record<string, unknown>[] = [];
  const tagRows: { consultationId: string; tag: string }[] = [];
  const faq: Record<string, unknown>[] = [];
  const usedFaq = new Set<Template>();
  let late = 0;

  times.forEach((t, i) => {
    const id = stableId(`consult:${i}`);
    const asker = i < askers.length ? askers[(i * 37) % askers.length] : rng.pick(askers);
    const primary = rng.weighted(TAG_WEIGHTS);
    const template = rng.pick(byTag.get(primary)!);
    const tags = new Set([primary]);
    if (rng.chance(0.25)) tags.add(rng.weighted(TAG_WEIGHTS));
    const channel = rng.weighted(CHANNEL_WEIGHTS);
    const loggedBy = channel === "ONLINE" ? null : rng.pick(office);
    const askedAt = new Date(t);
    const open = i >= openFrom;
    let answeredAt: Date | null = null;
    if (!open) {
      const isLate = LATE_INDICES.has(i);
      if (isLate) late++;
      const hours = isLate
        ? rng.int(30, 60) + rng.float()
        : rng.weighted([
            [1, 3],
            [3, 4],
            [8, 3],
            [14, 2],
            [19, 1],
          ] as const) +
          rng.float() * 2;
      answeredAt = new Date(t + Math.round(hours * HOUR));
    }
    const answerer = open ? null : rng.pick(office);
    consultations.push({
      id,
      askerId: asker.id,
      loggedById: loggedBy?.id ?? null,
      channel,
      question: template.q,
      status: open ? "OPEN" : "ANSWERED",
      answer: open ? null : template.a,
      answeredById: answerer?.id ?? null,
      askedAt,
      answeredAt,
    });
    for (const tag of tags) tagRows.push({ consultationId: id, tag });
    if (!open && template.faqQ && !usedFaq.has(template) && faq.length < FAQ_COUNT && answeredAt) {
      usedFaq.add(template);
      faq.push({
        id: stableId(`faq:${i}`),
        question: template.faqQ,
        answer: template.a,
        tags: [...tags].join(","),
        consultationId: id,
        publishedById: answerer!.id,
        publishedAt: new Date(answeredAt.getTime() + rng.int(1, 5) * DAY),
        updatedAt: new Date(answeredAt.getTime() + 5 * DAY),
      });
    }
  });

  for (let i = 0; i < consultations.length; i += 100)
    await tx.consultation.createMany({ data: consultations.slice(i, i + 100) as never });
  for (let i = 0; i < tagRows.length; i += 200)
    await tx.consultationTag.createMany({ data: tagRows.slice(i, i + 200) });
  await tx.faqEntry.createMany({ data: faq as never });
  const distinct = new Set(consultations.map((c) => c.askerId)).size;
  console.log(
    `改革咨询 ${consultations.length} 人次（${distinct} 人；待答复 ${OPEN_HOURS_BEFORE.length}，超时答复 ${late}）；政策解读 ${faq.length} 条`,
  );
  return {
    total: consultations.length,
    open: OPEN_HOURS_BEFORE.length,
    late,
    askers: distinct,
    faq: faq.length,
  };
}
