// 检察长信箱 demo data: signed and anonymous letters in every state, with the
// 检察长's replies and writers' follow-ups, encrypted like the app's own
// (docs/security.md item 19). Anonymous letters carry what the live app stores and no
// more: no author, a day only, no statusChangedAt from the writer's side.
//
// Ids: anonymous letters get random-looking ids ("m" + 24 base36) derived
// from a stable key, so the demo is deterministic; the live app uses
// crypto randomness (lib/mailbox/ids.ts).
//
// Demo access code: the anonymous letter "关于办案区空调与通风的问题" (state
// REPLIED) opens on /mailbox/track with
//     LXJC-2026-DEMO-CODE     (16 characters once the dashes are removed)
// Every other seeded anonymous letter has a code nobody knows.
//
// The chief is set to the 检察长 (demo account "leader"); no delegate. The
// major-matter reports (prisma/seed/major-matters.ts) are seeded from here so
// that prisma/seed.ts needs one call for both.
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { hashAccessCode } from "../../lib/mailbox/ids";
import { SEED_REFERENCE_DATE } from "./clock";
import { seedMajorMatters } from "./major-matters";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";

export const DEMO_ACCESS_CODE = "LXJC-2026-DEMO-CODE";

const DAY = 24 * 3600_000;
const day = (daysBefore: number) =>
  new Date(SEED_REFERENCE_DATE.getTime() - daysBefore * DAY + 8 * 3600_000)
    .toISOString()
    .slice(0, 10);
const at = (daysBefore: number, hour: number) =>
  new Date(SEED_REFERENCE_DATE.getTime() - daysBefore * DAY + hour * 3600_000);

export type Letter = {
  key: string;
  anonymous: boolean;
  category: "SUGGESTION" | "APPEAL" | "PROBLEM" | "OTHER";
  status: "NEW" | "ACKNOWLEDGED" | "IN_PROGRESS" | "REPLIED" | "CLOSED";
  daysAgo: number;
  subject: string;
  body: string;
  /** Replies and writer follow-ups after the letter, in order: [kind, days after the letter, text]. */
  thread?: ["REPLY" | "WRITER", number, string][];
  writer?: string; // username, signed letters only
  demoCode?: boolean;
};

export const LETTERS: Letter[] = [
  {
    key: "a1",
    anonymous: true,
    category: "PROBLEM",
    status: "REPLIED",
    daysAgo: 20,
    demoCode: true,
    subject: "关于办案区空调与通风的问题",
    body: "办案区讯问室空调已坏了两周，夏天讯问时室内闷热，影响办案安全和干警健康，报修后一直没有回音。希望院里尽快协调解决。",
    thread: [
      [
        "REPLY",
        3,
        "来信收悉。已责成办公室会同后勤服务中心于本周内完成维修，并对办案区设备建立定期巡检制度。感谢您的反映。",
      ],
    ],
  },
  {
    key: "a2",
    anonymous: true,
    category: "SUGGESTION",
    status: "NEW",
    daysAgo: 2,
    subject: "建议优化值班轮换安排",
    body: "目前节假日值班多集中在年轻干警身上，建议按部门人数和近一年值班次数统筹排班，做到公平公开。",
  },
  {
    key: "a3",
    anonymous: true,
    category: "APPEAL",
    status: "ACKNOWLEDGED",
    daysAgo: 6,
    subject: "希望解决子女暑期托管困难",
    body: "双职工家庭暑期孩子无人照看，能否参照其他单位做法，由工会组织暑期托管班？",
  },
  {
    key: "a4",
    anonymous: true,
    category: "PROBLEM",
    status: "IN_PROGRESS",
    daysAgo: 15,
    subject: "反映个别部门加班调休落实不到位",
    body: "部分部门长期周末加班，但调休申请经常以工作忙为由不予批准，干警有意见。希望院里督促落实调休制度。",
    thread: [
      ["REPLY", 4, "来信收悉，已请政治处对各部门近半年加班和调休情况进行摸底。"],
      ["WRITER", 9, "摸底后能否公布结果？目前情况没有变化。"],
    ],
  },
  {
    key: "a5",
    anonymous: true,
    category: "OTHER",
    status: "CLOSED",
    daysAgo: 60,
    subject: "对食堂饭菜质量的意见",
    body: "近期食堂菜品种类少、口味偏重，晚餐供应时间过早，加班的同志吃不上热饭。",
    thread: [
      ["REPLY", 5, "已与食堂承包方约谈，增加菜品种类并将晚餐供应延长至 19:00。"],
      ["WRITER", 12, "已有改善，谢谢！"],
      ["REPLY", 13, "感谢反馈，此件办结。"],
    ],
  },
  {
    key: "a6",
    anonymous: true,
    category: "SUGGESTION",
    status: "REPLIED",
    daysAgo: 35,
    subject: "建议增加业务培训中的实务案例",
    body: "现有培训理论内容偏多，建议多安排典型案例研讨和庭审观摩，邀请优秀公诉人分享经验。",
    thread: [["REPLY", 6, "建议很好，已转政治处纳入下半年教育培训计划。"]],
  },
  {
    key: "s1",
    anonymous: false,
    writer: "staff1",
    category: "SUGGESTION",
    status: "REPLIED",
    daysAgo: 25,
    subject: "关于完善案件质量评查反馈机制的建议",
    body: "建议案件质量评查结果除通报外，增加与承办人的面对面反馈环节，帮助大家明确改进方向。",
    thread: [["REPLY", 4, "建议已收悉，请案件管理部研究后在下季度评查中试行。"]],
  },
  {
    key: "s2",
    anonymous: false,
    writer: "staff1",
    category: "APPEAL",
    status: "NEW",
    daysAgo: 1,
    subject: "申请调整通勤班车发车时间",
    body: "现在班车 17:30 发车，而多数部门下班较晚，建议调整为 18:00，方便更多同志乘坐。",
  },
  {
    key: "s3",
    anonymous: false,
    category: "PROBLEM",
    status: "IN_PROGRESS",
    daysAgo: 12,
    subject: "反映办公电脑老化影响办案效率",
    body: "第二检察部多台电脑已使用超过八年，统一业务应用系统运行缓慢，经常卡顿，影响文书制作。",
    thread: [
      ["REPLY", 2, "已请技术信息中心逐台检测，制定更新计划。"],
      ["WRITER", 8, "检测已完成，请问预计何时更换？"],
    ],
  },
  {
    key: "s4",
    anonymous: false,
    category: "OTHER",
    status: "CLOSED",
    daysAgo: 80,
    subject: "感谢院里对困难家庭的帮扶",
    body: "家中老人住院期间，院领导和工会多次看望慰问，解决了实际困难，特此致谢。",
    thread: [["REPLY", 3, "关心干警是组织应尽之责，祝老人早日康复。"]],
  },
  {
    key: "s5",
    anonymous: false,
    category: "SUGGESTION",
    status: "ACKNOWLEDGED",
    daysAgo: 4,
    subject: "建议设立青年干警读书角",
    body: "可利用三楼闲置会议室设立读书角，配置法律实务和人文社科类书籍，丰富青年干警业余生活。",
  },
  {
    key: "s6",
    anonymous: false,
    category: "APPEAL",
    status: "REPLIED",
    daysAgo: 40,
    subject: "关于员额检察官遴选政策的咨询",
    body: "今年员额遴选的条件和名额分配方案何时公布？希望提前明确，便于大家准备。",
    thread: [["REPLY", 5, "遴选方案正在报批，预计下月在内网公布，并组织政策解读会。"]],
  },
];

export async function seedMailbox(tx: Tx, org: Organisation) {
  const rng = new Rng(20261101);
  const byName = new Map(org.users.map((u) => [u.username, u]));
  const leader = byName.get("leader")!;
  const writers = org.users.filter(
    (u) => u.roles.includes("STAFF") && !u.roles.includes("LEADER") && u.username !== "staff1",
  );
  let anonymous = 0,
    signed = 0;
  for (const l of LETTERS) {
    const id = l.anonymous
      ? "m" + stableId(`mailbox:${l.key}`).slice(1)
      : stableId(`mailbox:${l.key}`);
    const writer = l.anonymous ? null : l.writer ? byName.get(l.writer)! : rng.pick(writers);
    const handled = l.status !== "NEW";
    const lastHandled =
      (l.thread ?? [])
        .filter((t) => t[0] === "REPLY")
        .map((t) => t[1])
        .pop() ?? 1;
    await tx.mailboxMessage.create({
      data: {
        id,
        category: l.category,
        anonymous: l.anonymous,
        authorId: writer?.id ?? null,
        receivedOn: day(l.daysAgo),
        subjectEnc: encryptText(l.subject),
        accessCodeHash: l.anonymous
          ? hashAccessCode(
              l.demoCode ? DEMO_ACCESS_CODE : `seed-unknown-code-${stableId(`code:${l.key}`)}`,
            )
          : null,
        status: l.status,
        statusChangedAt: handled ? at(l.daysAgo - lastHandled, 16) : null,
      },
    });
    const entries = [["WRITER", 0, l.body] as const, ...(l.thread ?? [])];
    for (const [i, [kind, after, text]] of entries.entries()) {
      const reply = kind === "REPLY";
      await tx.mailboxEntry.create({
        data: {
          id: l.anonymous
            ? "e" + stableId(`mailbox:${l.key}:${i}`).slice(1)
            : stableId(`mailbox:${l.key}:${i}`),
          messageId: id,
          kind,
          authorId: reply ? leader.id : (writer?.id ?? null),
          bodyEnc: encryptText(text),
          postedOn: day(l.daysAgo - after),
          postedAt: reply ? at(l.daysAgo - after, 15) : null,
        },
      });
    }
    if (l.anonymous) anonymous++;
    else signed++;
  }
  await tx.setting.create({ data: { key: "mailbox.chief", value: leader.id } });
  const matters = await seedMajorMatters(tx, org);
  return { anonymous, signed, matters };
}
