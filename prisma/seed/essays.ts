// The 征文 of 检察文化 (issue 13):
//   - "我眼中的梁溪检察", story 2026-05-06 … 06-05, results published 06-28:
//     30 entries, three judges (one of them an entrant, who never scores their
//     own entry: 回避), criteria 思想性/真实性/文采, every judge's full sheet,
//     and awards by the app's own ranking (lib/culture/essays/scoring.ts):
//     1 一等奖, 2 二等奖, 3 三等奖, 6 优秀奖. The 一等奖 text is published to
//     the 检察文化 column. staff1 (a demo account) is among the winners.
//   - "我的检察初心" 征言, open around the anchor day (7 days before … 21 after),
//     with a few entries already in; the demo accounts have not submitted, so
//     they can try it. Its judges are head1 and one more.
import { AWARDS, type Award } from "../../lib/culture/essays/labels";
import { entryTotals, rankEntries } from "../../lib/culture/essays/scoring";
import type { Tx } from "../../lib/db-client";
import { DEMO_ACCOUNTS } from "./accounts";
import { daysAfter, daysBefore, storyAt } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

const CRITERIA = ["思想性", "真实性", "文采"];
const AWARD_PLAN: Award[] = [
  "FIRST",
  "SECOND",
  "SECOND",
  "THIRD",
  "THIRD",
  "THIRD",
  ...Array<Award>(6).fill("EXCELLENCE"),
];

const TITLES = [
  "灯火里的检察楼",
  "从书记员到检察官助理",
  "一份卷宗的温度",
  "梁溪河畔的守望",
  "我身边的“老检察”",
  "合并那年的谈心谈话",
  "入额之后",
  "案件管理部的一天",
  "写给十年后的自己",
  "公益诉讼路上的泥与光",
  "未成年人检察的柔与刚",
  "食堂里的那盏灯",
  "在法庭上读懂责任",
  "东林书声入检察",
  "徒步行里的青春",
  "一次控告申诉接待",
  "我和我的师傅",
  "检察蓝的底色",
  "在基层听见群众的声音",
  "夜里十点的会议室",
  "司法改革中的我们",
  "一张小小的便民卡",
  "守护一方清朗",
  "从“办案”到“办心”",
  "梁溪检察的四季",
  "那些年我们整理的档案",
  "检察官的家书",
  "被害人的一句谢谢",
  "在数字中看见公平",
  "新入职的第一百天",
];

const OPENINGS = [
  "走进梁溪区人民检察院的第一天，我就被楼道里那排整齐的卷宗柜吸引住了。",
  "很多人问我，检察工作是什么样子的。我总想起那个加班到深夜的冬天。",
  "区院合并那年，我们在新的办公楼里重新认识了彼此。",
  "入额那天，我给自己写了一张小纸条，贴在办公桌上：不负所托。",
  "清晨七点半，检察院门口的梧桐树下已经有同事在等电梯。",
];
const MIDDLES = [
  "办案中，我们常说“每一个案件都是别人的人生”。一份起诉书，要一字一句地推敲，因为它背后是当事人的命运和群众对公平正义的期待。",
  "师傅告诉我，规范司法不是一句口号，而是每一次讯问前的准备、每一份证据的审查、每一个程序的落实。",
  "思想政治工作并不遥远。一次谈心谈话，一次读书分享，一次集体徒步，都让我们在忙碌的办案之余找到了方向和温度。",
  "在两学一做学习教育中，我们重温党章，也重新审视自己：作为一名检察干警，初心是什么，担当在哪里。",
  "司法责任制改革让我们肩上的担子更重了，也让我们更加懂得“谁办案谁负责”的分量。",
];
const CLOSINGS = [
  "我眼中的梁溪检察，是一群普通人在平凡岗位上的坚守，也是一盏在夜色里始终亮着的灯。",
  "这就是我眼中的梁溪检察：严谨而温暖，忙碌而充实。",
  "未来的路还很长，我愿意和同事们一起，把每一件小事做好，把每一份信任守住。",
  "愿我们始终记得为什么出发，在检察事业中书写无悔的青春。",
];

const OPEN_SAYINGS = [
  ["守正", "以守正之心办好每一件案子，让人民群众在每一个司法案件中感受到公平正义。"],
  ["初心如炬", "初到检察院，师傅说：卷宗里装的是别人的人生。我一直记着。"],
  ["一份责任", "检察官的名字写在起诉书上，也写在群众的期待里。"],
  ["灯下", "深夜的灯光下，我们与真相相对而坐。"],
  ["不负", "不负身上的检察蓝，不负心中的那杆秤。"],
];

const excluded = new Set(DEMO_ACCOUNTS.map((a) => a.username));

function staffPool(org: Organisation): SeedUser[] {
  return org.users.filter(
    (u) =>
      u.roles.length > 0 &&
      !u.roles.includes("SYS_ADMIN") &&
      !u.roles.includes("AUDITOR") &&
      !excluded.has(u.username),
  );
}

function essayBody(rng: Rng): string {
  return [
    rng.pick(OPENINGS),
    ...rng.shuffle(MIDDLES).slice(0, rng.int(2, 3)),
    rng.pick(CLOSINGS),
  ].join("\n\n");
}

const between = (rng: Rng, from: Date, to: Date) =>
  new Date(from.getTime() + Math.floor(rng.float() * (to.getTime() - from.getTime())));

export async function seedEssays(tx: Tx, org: Organisation) {
  const rng = new Rng(20260506);
  const by = (username: string) => org.users.find((u) => u.username === username)!;
  const zzc = by("zzc");
  const pool = rng.shuffle(staffPool(org));

  // ---- 我眼中的梁溪检察 (closed, results published) ----
  const callId = stableId("essay:liangxi");
  const opensAt = storyAt("2026-05-06T09:00");
  const closesAt = storyAt("2026-06-05T18:00");
  const publishedAt = storyAt("2026-06-28T10:00");
  const judges = [by("head1"), pool[0], pool[1]];
  // 30 entrants: staff1, the second judge (回避 applies), and 28 others.
  const entrants = [by("staff1"), pool[1], ...pool.slice(2, 30)];
  await tx.essayCall.create({
    data: {
      id: callId,
      title: "我眼中的梁溪检察",
      theme:
        "以亲历、亲见、亲闻，书写梁溪检察人的初心与担当，展现区院合并和司法改革以来的新变化、新面貌。",
      rules:
        "1. 体裁不限，散文、随笔、诗歌均可，字数 3000 字以内；\n2. 每人限投一篇，须为原创；\n3. 可在线填写正文，也可上传 Word 或 PDF 文件；\n4. 评委按思想性、真实性、文采三项打分，评出一等奖 1 名、二等奖 2 名、三等奖 3 名、优秀奖若干。",
      opensAt,
      closesAt,
      resultsPublishedAt: publishedAt,
      columnId: stableId("column:culture"),
      createdById: zzc.id,
      createdAt: storyAt("2026-05-05T16:00"),
    },
  });
  const criteria = CRITERIA.map((label, i) => ({
    id: stableId(`essay:liangxi:criterion:${i}`),
    callId,
    position: i + 1,
    label,
  }));
  await tx.essayCriterion.createMany({ data: criteria });
  await tx.essayJudge.createMany({ data: judges.map((j) => ({ callId, userId: j.id })) });

  const entries = entrants.map((u, i) => ({
    id: stableId(`essay:liangxi:entry:${u.username}`),
    callId,
    authorId: u.id,
    title: TITLES[i % TITLES.length],
    body: essayBody(rng),
    submittedAt: between(rng, opensAt, closesAt),
    // staff1's entry is a good one, so the demo account has an award to show.
    quality: i === 0 ? 8.2 : 5 + rng.float() * 4,
  }));
  const scores = entries.flatMap((e) =>
    judges
      .filter((j) => j.id !== e.authorId)
      .flatMap((j) => {
        const scoredAt = between(rng, closesAt, publishedAt);
        return criteria.map((c) => ({
          entryId: e.id,
          judgeId: j.id,
          criterionId: c.id,
          score: Math.max(1, Math.min(10, Math.round(e.quality + (rng.float() - 0.5) * 2))),
          scoredAt,
        }));
      }),
  );
  // Awards follow the app's own ranking, place by place.
  const ranked = rankEntries(
    entryTotals(
      entries.map((e) => e.id),
      criteria.map((c) => c.id),
      scores,
    ),
  );
  const awardOf = new Map<string, Award | null>(
    ranked.map((r, i) => [r.entryId, AWARD_PLAN[i] ?? null]),
  );
  if (!awardOf.get(entries[0].id)) throw new Error("seed essays: staff1 should have an award");
  const first = entries.find((e) => awardOf.get(e.id) === "FIRST")!;
  const articleId = stableId("essay:liangxi:article");
  await tx.article.create({
    data: {
      id: articleId,
      columnId: stableId("column:culture"),
      title: first.title,
      format: "TEXT",
      body: first.body,
      authorId: first.authorId,
      publishedAt: storyAt("2026-06-30T09:00"),
      updatedAt: storyAt("2026-06-30T09:00"),
    },
  });
  await tx.essayEntry.createMany({
    data: entries.map(({ quality, ...e }) => {
      void quality;
      const award = awardOf.get(e.id) ?? null;
      return {
        ...e,
        updatedAt: e.submittedAt,
        award,
        awardedAt: award ? publishedAt : null,
        articleId: e.id === first.id ? articleId : null,
      };
    }),
  });
  await tx.essayScore.createMany({ data: scores });

  // ---- 我的检察初心 (open around the anchor day) ----
  const openId = stableId("essay:chuxin");
  const openFrom = daysBefore(7, 9);
  await tx.essayCall.create({
    data: {
      id: openId,
      title: "“我的检察初心”征言",
      theme: "用一句话或一小段文字，写下您投身检察事业的初心。",
      rules:
        "1. 每人限投一条，200 字以内为宜；\n2. 截止前可以修改；\n3. 优秀征言将在“检察文化”专栏刊发。",
      opensAt: openFrom,
      closesAt: daysAfter(21, 18),
      columnId: stableId("column:culture"),
      createdById: zzc.id,
      createdAt: daysBefore(8, 16),
    },
  });
  await tx.essayCriterion.createMany({
    data: ["立意", "感染力"].map((label, i) => ({
      id: stableId(`essay:chuxin:criterion:${i}`),
      callId: openId,
      position: i + 1,
      label,
    })),
  });
  await tx.essayJudge.createMany({
    data: [by("head1"), pool[2]].map((j) => ({ callId: openId, userId: j.id })),
  });
  const sayings = pool.slice(30, 30 + OPEN_SAYINGS.length).map((u, i) => {
    const submittedAt = between(rng, openFrom, daysBefore(1, 18));
    return {
      id: stableId(`essay:chuxin:entry:${u.username}`),
      callId: openId,
      authorId: u.id,
      title: OPEN_SAYINGS[i][0],
      body: OPEN_SAYINGS[i][1],
      submittedAt,
      updatedAt: submittedAt,
    };
  });
  await tx.essayEntry.createMany({ data: sayings });

  const count = (a: Award) => [...awardOf.values()].filter((x) => x === a).length;
  return {
    entries: entries.length,
    scores: scores.length,
    awards: Object.fromEntries(AWARDS.map((a) => [a, count(a)])) as Record<Award, number>,
    openEntries: sayings.length,
  };
}
