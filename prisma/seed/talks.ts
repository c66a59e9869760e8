// 谈心谈话 demo data (deterministic):
//   - ~120 talks over two years, denser in the reform months (2025-03 … 06),
//     held by department heads, 政治处 and leaders; a few need follow-up;
//   - "区院合并个别谈话" (scope ALL, 2024-12-01 … 2025-01-31) at 100% coverage;
//   - the current campaign (casework departments, 2026-09-01 … 12-31, named
//     for its months: "2026年9月至12月谈心谈话全覆盖") at about 60% coverage
//     on the anchor day, interviewers assigned.
// Story dates, moved by whole months onto the anchor (prisma/seed/clock.ts).
// Notes and concerns are encrypted like the app's own (docs/security.md item 19).
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { SEED_LAUNCH_DATE, SEED_REFERENCE_DATE, storyAt, storyKey } from "./clock";
import { CASEWORK_CODES } from "./departments";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";
import { currentTalkCampaign } from "./titles";

const DAY = 24 * 3600_000;
const REFORM_MONTHS = new Set(["2025-03", "2025-04", "2025-05", "2025-06"].map((k) => storyKey(k)));
const midnight = (s: string) => storyAt(s);

const NOTES: Record<string, string[]> = {
  ROUTINE: [
    "了解近期工作和生活情况，本人表示工作节奏适应，家庭和睦，无特殊困难。",
    "交流办案体会，本人对部门分工认可，希望多参加业务培训。",
    "谈及近期加班较多，本人表示能够克服，希望适当安排轮休。",
  ],
  POST_CHANGE: [
    "岗位调整后首次谈话，本人对新岗位业务尚不熟悉，已安排业务骨干帮带。",
    "本人对调整表示理解，希望尽快熟悉新岗位，担心原承办案件的交接。",
  ],
  REFORM: [
    "围绕司法责任制改革和入额工作谈心，本人对入额标准有疑问，已作政策解读。",
    "本人未能入额，情绪有所波动，表示会继续努力，希望组织关心职业发展。",
    "改革期间人员调整较多，本人担心职级待遇受影响，已讲清政策。",
  ],
  FLUCTUATION: [
    "近期情绪低落，与同事交流减少，经谈心了解到家庭变故，已协调工会慰问。",
    "因评优未果有些想法，经谈心后思想有所转变，表示会调整心态。",
  ],
  NEW_HIRE: [
    "新入职谈话：介绍院情和纪律要求，本人表示将尽快进入角色。",
    "新入职干警谈话，了解其专业背景和职业规划，安排导师结对。",
  ],
  PRE_RETIREMENT: [
    "退休前谈话：肯定其多年工作贡献，听取对院里工作的意见建议。",
    "临近退休，本人希望做好经验传承，愿意继续为青年干警授课。",
  ],
};
const CONCERNS = [
  "子女入学问题需要协调。",
  "希望解决长期两地分居问题。",
  "对职级晋升进度有所关注。",
  "身体状况欠佳，希望减轻值班安排。",
  "希望增加业务培训机会。",
];
const TOPICS: Record<string, string[]> = {
  ROUTINE: ["工作状态", "家庭", "学习培训", "工作压力"],
  POST_CHANGE: ["岗位调整", "业务适应"],
  REFORM: ["司法改革", "入额", "员额退出", "职级晋升"],
  FLUCTUATION: ["情绪波动", "家庭", "健康"],
  NEW_HIRE: ["入职适应", "纪律要求"],
  PRE_RETIREMENT: ["经验传承", "退休安排"],
};
const MERGER_NOTES = [
  "区院合并个别谈话：本人对合并后岗位安排表示理解，愿意服从组织安排。",
  "区院合并个别谈话：本人关心合并后通勤和办公地点变化，已作说明。",
  "区院合并个别谈话：本人对新部门分工有些顾虑，表示会尽快适应。",
];
const CURRENT_NOTES = [
  "下半年全覆盖谈话：本人工作状态良好，对部门建设提出建议。",
  "下半年全覆盖谈话：案件量较大，本人压力有所增加，已提示合理安排。",
  "下半年全覆盖谈话：本人希望参加业务竞赛，部门将予以支持。",
];

type Talk = {
  id: string;
  interviewerId: string;
  intervieweeId: string;
  heldOn: Date;
  occasion: string;
  topics: string;
  notesEnc: string;
  concernsEnc: string | null;
  needsFollowUp: boolean;
  followUpId: string | null;
  campaignId: string | null;
  createdById: string;
  createdAt: Date;
};

const monthKey = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
const atNine = (d: Date) =>
  new Date(Math.floor((d.getTime() + 8 * 3600_000) / DAY) * DAY - 8 * 3600_000 + 9 * 3600_000);

export async function seedTalks(tx: Tx, org: Organisation) {
  const rng = new Rng(20261128);
  const business = org.users.filter(
    (u) => !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  const office = business.filter((u) => u.roles.includes("POLITICAL_OFFICE"));
  const zzc = org.users.find((u) => u.username === "zzc")!;
  const byId = new Map(org.users.map((u) => [u.id, u]));
  const deptOf = new Map(org.departments.map((d) => [d.id, d]));

  /** Who talks with a person: their head, 政治处, or their supervising leader. */
  function interviewerFor(p: SeedUser): SeedUser {
    const d = p.departmentId ? deptOf.get(p.departmentId) : undefined;
    const head = d?.headId && d.headId !== p.id ? byId.get(d.headId) : undefined;
    const leader = d && d.leaderId !== p.id ? byId.get(d.leaderId) : undefined;
    const choices: [SeedUser, number][] = [];
    if (head) choices.push([head, 5]);
    for (const o of office) if (o.id !== p.id) choices.push([o, 3 / office.length]);
    if (leader) choices.push([leader, 2]);
    return rng.weighted(choices);
  }

  const talks: Talk[] = [];
  const makeTalk = (
    key: string,
    p: SeedUser,
    by: SeedUser,
    heldOn: Date,
    occasion: string,
    notes: string,
    campaignId: string | null,
    opts: { concerns?: string; needsFollowUp?: boolean } = {},
  ): Talk => {
    const topics = rng.shuffle(TOPICS[occasion]).slice(0, rng.int(1, 2)).join(",");
    const t: Talk = {
      id: stableId(`talk:${key}`),
      interviewerId: by.id,
      intervieweeId: p.id,
      heldOn: atNine(heldOn),
      occasion,
      topics,
      notesEnc: encryptText(notes),
      concernsEnc: opts.concerns ? encryptText(opts.concerns) : null,
      needsFollowUp: opts.needsFollowUp ?? false,
      followUpId: null,
      campaignId,
      createdById: rng.chance(0.2) && by.id !== zzc.id ? zzc.id : by.id,
      createdAt: new Date(
        Math.min(
          atNine(heldOn).getTime() + rng.int(1, 48) * 3600_000,
          SEED_REFERENCE_DATE.getTime() - 3600_000,
        ),
      ),
    };
    talks.push(t);
    return t;
  };

  // General talks: weighted by month, dense in the reform months.
  const start = SEED_LAUNCH_DATE.getTime();
  const span = SEED_REFERENCE_DATE.getTime() - start;
  let n = 0;
  while (n < 120) {
    const heldOn = new Date(start + Math.floor(rng.float() * span));
    const reform = REFORM_MONTHS.has(monthKey(heldOn));
    if (!reform && rng.chance(0.55)) continue;
    const p = rng.pick(business);
    if (p.joinedAt.getTime() > heldOn.getTime()) continue;
    const newHire = heldOn.getTime() - p.joinedAt.getTime() < 60 * DAY;
    const occasion = newHire
      ? "NEW_HIRE"
      : reform
        ? rng.weighted([
            ["REFORM", 6],
            ["FLUCTUATION", 2],
            ["ROUTINE", 1],
            ["POST_CHANGE", 1],
          ] as const)
        : p.birthYear <= 1967 && rng.chance(0.5)
          ? "PRE_RETIREMENT"
          : rng.weighted([
              ["ROUTINE", 6],
              ["POST_CHANGE", 2],
              ["FLUCTUATION", 2],
            ] as const);
    const by = interviewerFor(p);
    const followUp = occasion === "FLUCTUATION" || (occasion === "REFORM" && rng.chance(0.15));
    makeTalk(`general:${n}`, p, by, heldOn, occasion, rng.pick(NOTES[occasion]), null, {
      concerns: rng.chance(0.35) ? rng.pick(CONCERNS) : undefined,
      needsFollowUp: followUp && rng.chance(0.6),
    });
    n++;
  }

  // Merger campaign: everyone who had joined, each talked to in the window.
  const merger = {
    id: stableId("talk-campaign:merger"),
    startsOn: midnight("2024-12-01"),
    endsOn: midnight("2025-01-31"),
  };
  const mergerMembers = business.filter((u) => u.joinedAt.getTime() < merger.startsOn.getTime());
  await tx.talkCampaign.create({
    data: {
      ...merger,
      title: "区院合并个别谈话",
      description: "区院合并期间，院领导、政治处和部门负责人与全体干警逐一个别谈话。",
      scopeType: "ALL",
      scopeValue: "",
      createdById: zzc.id,
      createdAt: midnight("2024-11-25"),
    },
  });
  const mergerAssigned = mergerMembers.map((p) => ({
    campaignId: merger.id,
    userId: p.id,
    interviewerId: interviewerFor(p).id,
  }));
  for (const [i, m] of mergerAssigned.entries()) {
    const heldOn = new Date(
      merger.startsOn.getTime() +
        Math.min(
          rng.int(0, 60),
          Math.floor((merger.endsOn.getTime() - merger.startsOn.getTime()) / DAY),
        ) *
          DAY,
    );
    makeTalk(
      `merger:${i}`,
      byId.get(m.userId)!,
      byId.get(m.interviewerId)!,
      heldOn,
      "POST_CHANGE",
      rng.pick(MERGER_NOTES),
      merger.id,
    );
  }

  // Current campaign: casework departments, about 60% talked to by the reference date.
  const plan = currentTalkCampaign();
  const current = {
    id: stableId("talk-campaign:2026h2"),
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
  };
  const caseworkIds = new Set(
    org.departments.filter((d) => CASEWORK_CODES.has(d.code)).map((d) => d.id),
  );
  const currentMembers = business.filter((u) => u.departmentId && caseworkIds.has(u.departmentId));
  await tx.talkCampaign.create({
    data: {
      ...current,
      title: plan.title,
      description: "各业务部门负责人与本部门干警逐一谈心，部门负责人由分管院领导谈话。",
      scopeType: "DEPARTMENTS",
      scopeValue: JSON.stringify([...caseworkIds]),
      createdById: zzc.id,
      createdAt: midnight("2026-08-25"),
    },
  });
  const currentAssigned = currentMembers.map((p) => {
    const d = deptOf.get(p.departmentId!)!;
    return {
      campaignId: current.id,
      userId: p.id,
      interviewerId: d.headId && d.headId !== p.id ? d.headId : d.leaderId,
    };
  });
  const windowEnd = current.endsOn.getTime() + DAY;
  const covered = new Set(
    talks
      .filter((t) => t.heldOn >= current.startsOn && t.heldOn.getTime() < windowEnd)
      .map((t) => t.intervieweeId),
  );
  const target = Math.round(currentMembers.length * 0.6);
  const daysSoFar =
    Math.floor((SEED_REFERENCE_DATE.getTime() - current.startsOn.getTime()) / DAY) - 1;
  for (const [i, m] of rng.shuffle(currentAssigned).entries()) {
    if (currentMembers.filter((p) => covered.has(p.id)).length >= target) break;
    if (covered.has(m.userId)) continue;
    const heldOn = new Date(current.startsOn.getTime() + rng.int(0, daysSoFar) * DAY);
    makeTalk(
      `current:${i}`,
      byId.get(m.userId)!,
      byId.get(m.interviewerId)!,
      heldOn,
      "ROUTINE",
      rng.pick(CURRENT_NOTES),
      current.id,
      { needsFollowUp: rng.chance(0.04) },
    );
    covered.add(m.userId);
  }

  // Two of the flagged talks already have a follow-up opened by 政治处.
  const followUps = talks
    .filter((t) => t.needsFollowUp)
    .slice(0, 2)
    .map((t, i) => {
      t.followUpId = stableId(`followup:talk:${i}`);
      const createdAt = new Date(t.createdAt.getTime() + DAY);
      return {
        id: t.followUpId,
        title: "谈心谈话后续跟进",
        sourceType: "TALK",
        sourceId: t.id,
        createdById: zzc.id,
        priority: "NORMAL",
        status: "OPEN",
        createdAt,
        updatedAt: createdAt,
      };
    });
  if (followUps.length) {
    await tx.followUp.createMany({ data: followUps });
    await tx.followUpUpdate.createMany({
      data: followUps.map((f) => ({
        id: stableId(`followup-update:${f.id}`),
        followUpId: f.id,
        authorId: zzc.id,
        kind: "CREATED",
        createdAt: f.createdAt,
      })),
    });
  }

  for (const batch of [mergerAssigned, currentAssigned]) {
    for (let i = 0; i < batch.length; i += 200)
      await tx.talkCampaignMember.createMany({ data: batch.slice(i, i + 200) });
  }
  for (let i = 0; i < talks.length; i += 100)
    await tx.talkRecord.createMany({ data: talks.slice(i, i + 100) });

  const currentCovered = currentMembers.filter((p) => covered.has(p.id)).length;
  return {
    talks: talks.length,
    general: n,
    merger: { members: mergerMembers.length },
    current: { members: currentMembers.length, covered: currentCovered },
    needsFollowUp: talks.filter((t) => t.needsFollowUp).length,
  };
}
