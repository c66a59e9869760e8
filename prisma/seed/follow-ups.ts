// The 督办 board's demo data: a follow-up for every reviewed staff-of-concern
// entry (as the live review does), in every state and with overdue ones, plus
// a few opened by hand. Each timeline is replayed through the app's own state
// machine, so seeded data can only contain transitions the app allows.
// Notes are encrypted like the app's own (docs/security.md item 19).
//
// Wiring (prisma/seed.ts, inside the seed transaction, after seedReports):
//   const { concerns } = await seedReports(tx, org);
//   const followUps = await seedFollowUps(tx, { concerns, org });
//
// Inputs:
//   concerns  the staff-of-concern entries of REVIEWED reports (seedReports'
//             SeededConcern[]): id, reportId, departmentId, personId, kind,
//             reviewedAt (when the follow-up opens) and reviewedById (its creator);
//   org       the seeded organisation: 政治处 members (POLITICAL_OFFICE role;
//             the demo account zzc assigns and verifies most), department
//             heads (Department.headId, who handle their own people's follow-ups)
//             and the demo accounts head1 and staff1, who get hand-made ones.
//
// Deterministic ids (stableId) and dates (relative to the reviewed date and
// SEED_REFERENCE_DATE). Overdue is derived from the real clock, so follow-ups
// meant to be on time are due 45–90 days after the reference date, and those
// meant to be overdue were due before it.
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { PRIORITY_LABELS, type FollowUpPriority } from "../../lib/follow-ups/labels";
import { assignmentNote } from "../../lib/follow-ups/notes";
import {
  decideTransition,
  type FollowUpEvent,
  type FollowUpStatus,
} from "../../lib/follow-ups/state";
import { CONCERN_KIND_LABELS } from "../../lib/reports/schemas";
import { SEED_REFERENCE_DATE } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

export type SeedFollowUpConcern = {
  id: string;
  reportId: string;
  departmentId: string;
  personId: string;
  kind: string;
  reviewedAt: Date;
  reviewedById: string;
};
export type SeedFollowUpsOptions = { concerns: readonly SeedFollowUpConcern[]; org: Organisation };
export type SeedFollowUpsSummary = {
  total: number;
  manual: number;
  byStatus: Record<FollowUpStatus, number>;
  overdueAtReference: number;
};

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
// Nothing in the demo happens after the anchor (prisma/seed/clock.ts).
const LATEST = SEED_REFERENCE_DATE.getTime() - 2 * HOUR;
const OVERDUE_MIN_AGE = 12 * DAY;

type Step = { event: FollowUpEvent; at: Date; by: string; note: string | null };
type Plan = {
  id: string;
  title: string;
  sourceType: "CONCERN" | "MANUAL";
  sourceId: string | null;
  concernId: string | null;
  departmentId: string | null;
  createdById: string;
  createdAt: Date;
  createdNote: string | null;
  priority: FollowUpPriority;
  assigneeId: string | null;
  dueDate: Date | null;
  steps: Step[];
};

// ---- Chinese notes ---------------------------------------------------------

const INSTRUCTIONS: Record<string, string> = {
  PRESSURE: "请部门负责人落实一岗双责，及时谈心谈话，研究分案调整，按期反馈。",
  REFORM: "请结合司法责任制改革政策做好解读，帮助其理性看待入额结果，按期反馈。",
  FAMILY: "请了解家庭困难的具体情况，协调工会帮扶，按期反馈。",
  MOOD: "请及时谈心谈话，掌握思想症结，加强正面引导，按期反馈。",
  HEALTH: "请关心治疗情况，合理安排工作强度，按期反馈。",
  POST_CHANGE: "请安排业务骨干结对帮带，帮助尽快适应新岗位，按期反馈。",
};

const STARTED: Record<string, string[]> = {
  PRESSURE: [
    "已与本人谈心谈话，了解到近三个月承办案件数较去年同期增加约四成，连续加班。已将两件新收案件调整给其他检察官。",
    "部门已研究分案调整方案，本人表示理解，愿意配合。已安排其下周轮休两天。",
  ],
  REFORM: [
    "已与本人面谈，讲解员额退出与职级晋升相关政策，本人情绪有所缓和，对下一轮入额仍有顾虑。",
    "已请政治处同志参加部门学习会，集中解读改革政策，本人参加并提问。",
  ],
  FAMILY: [
    "已上门走访，了解到其父亲住院治疗，家中缺少照顾人手。已协调调整其值班安排。",
    "已向院工会反映情况，申请困难帮扶，本人表示感谢。",
  ],
  MOOD: [
    "已谈心谈话，本人坦言因评优结果心里有落差，经沟通表示会调整心态。",
    "部门主任利用案件讨论会肯定其工作成绩，本人参与讨论明显积极。",
  ],
  HEALTH: [
    "已了解复查安排，同意其按时就医，近期暂不安排出差任务。",
    "已提醒本人按时复查，部门内适当分担其手头事务性工作。",
  ],
  POST_CHANGE: [
    "已安排业务骨干结对帮带，每周一次业务交流。",
    "已组织新岗位业务培训，本人参加并完成首件案件审查。",
  ],
};

const PROGRESS = [
  "第二次谈心谈话，本人状态较前好转，工作能够正常开展。",
  "持续跟踪中，近两周未见明显波动，同事反映其交流增多。",
  "已与家属电话沟通，家中情况趋于稳定。",
  "本人主动汇报近期工作，情绪平稳，将继续关注。",
];

const RESOLVED = [
  "经多次谈心谈话及工作调整，本人思想稳定，工作状态恢复正常，建议核销。",
  "困难已得到有效缓解，本人表示感谢组织关心，建议核销。",
  "本人已适应新的工作安排，情绪平稳，拟办结。",
];

const CLOSED = [
  "经政治处回访核实，办理到位，予以核销。",
  "已电话回访部门负责人及本人，情况属实，核销。",
  "回访本人，反映良好，同意核销。",
];

const REOPENED = [
  "回访发现本人情绪仍有反复，请继续跟进，两周内反馈。",
  "办结材料过于简略，请补充谈话情况及后续措施后重新报送。",
];

const AFTER_REOPEN = ["按政治处要求再次谈心谈话，已补充谈话记录，本人表示会积极调整。"];

// ---- planning ----------------------------------------------------------------

/** The last instant of a calendar day in Asia/Shanghai, like the app's due dates. */
function endOfDay(d: Date): Date {
  const day = new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
  return new Date(`${day}T23:59:59.999+08:00`);
}

/** A working-hours time `days` after `from`. */
function after(rng: Rng, from: Date, minDays: number, maxDays: number): Date {
  const t = from.getTime() + rng.int(Math.round(minDays * 24), Math.round(maxDays * 24)) * HOUR;
  const local = new Date(t + 8 * HOUR);
  const hour = local.getUTCHours();
  // Move night-time steps into office hours the next morning.
  return hour >= 8 && hour < 18 ? new Date(t) : new Date(t + ((24 - hour + 9) % 24) * HOUR);
}

type Target = "OPEN_UNASSIGNED" | "OPEN" | "IN_PROGRESS" | "RESOLVED" | "CLOSED";
type Shape = { target: Target; reopened: boolean; onTime: boolean };

// The newest entries, newest first, have fixed shapes so that the board always
// shows every state: a queue to assign, work on time, work overdue, and work
// waiting for 政治处 to verify. (Monthly reports are reviewed early in the next
// month, so even the newest entry is a few weeks old at the reference date.)
const NEWEST: Shape[] = [
  { target: "OPEN_UNASSIGNED", reopened: false, onTime: true },
  { target: "OPEN_UNASSIGNED", reopened: false, onTime: true },
  { target: "OPEN", reopened: false, onTime: true },
  { target: "IN_PROGRESS", reopened: false, onTime: true },
  { target: "IN_PROGRESS", reopened: false, onTime: true },
  { target: "RESOLVED", reopened: false, onTime: true },
  { target: "RESOLVED", reopened: false, onTime: true },
  { target: "IN_PROGRESS", reopened: false, onTime: false },
  { target: "OPEN", reopened: false, onTime: false },
  { target: "IN_PROGRESS", reopened: true, onTime: false },
];

/** Older entries: mostly verified and closed, a few stuck in progress and long overdue. */
function olderShape(rng: Rng): Shape {
  const target = rng.weighted([
    ["CLOSED", 95],
    ["IN_PROGRESS", 5],
  ] as const);
  return { target, reopened: rng.chance(0.12), onTime: false };
}

function concernPlan(rng: Rng, c: SeedFollowUpConcern, shape: Shape, ctx: Context): Plan {
  const person = ctx.users.get(c.personId);
  const kindLabel = (CONCERN_KIND_LABELS as Record<string, string>)[c.kind] ?? c.kind;
  const head = ctx.heads.get(c.departmentId);
  // 一岗双责: the head handles their own people; reform questions and the head's own case go to 政治处.
  const assignee = c.kind === "REFORM" || !head || head === c.personId ? ctx.officeWorker : head;
  const { target, reopened, onTime } = shape;
  const priority = rng.weighted([
    ["HIGH", 25],
    ["NORMAL", 65],
    ["LOW", 10],
  ] as const);
  const manager = rng.chance(0.8) ? ctx.zzc : ctx.officeHead;

  const steps: Step[] = [];
  let dueDate: Date | null = null;
  if (target !== "OPEN_UNASSIGNED") {
    const assignedAt = after(rng, c.reviewedAt, 0.2, 2);
    const natural = assignedAt.getTime() + (priority === "HIGH" ? 14 : 30) * DAY;
    const active = target === "OPEN" || target === "IN_PROGRESS";
    // Overdue is judged by the real clock: active ones meant to be on time are due
    // well after the reference date, those meant to be overdue were due before it.
    dueDate = !active
      ? endOfDay(new Date(natural))
      : onTime
        ? endOfDay(
            new Date(Math.max(natural, SEED_REFERENCE_DATE.getTime() + rng.int(40, 75) * DAY)),
          )
        : endOfDay(new Date(Math.min(natural, SEED_REFERENCE_DATE.getTime() - 3 * DAY)));
    const name = ctx.users.get(assignee)?.realName ?? "";
    steps.push({
      event: "ASSIGN",
      at: assignedAt,
      by: manager,
      note: assignmentNote(
        name,
        ymd(dueDate),
        PRIORITY_LABELS[priority],
        INSTRUCTIONS[c.kind] ?? null,
      ),
    });
    if (target !== "OPEN") {
      const started = STARTED[c.kind] ?? PROGRESS;
      steps.push({
        event: "NOTE",
        at: after(rng, assignedAt, 1, 4),
        by: assignee,
        note: rng.pick(started),
      });
      if (rng.chance(0.6))
        steps.push({
          event: "NOTE",
          at: after(rng, last(steps), 5, 10),
          by: assignee,
          note: rng.pick(PROGRESS),
        });
      if (target === "RESOLVED" || target === "CLOSED" || reopened) {
        steps.push({
          event: "RESOLVE",
          at: after(rng, last(steps), 3, 8),
          by: assignee,
          note: rng.pick(RESOLVED),
        });
        if (reopened) {
          steps.push({
            event: "REOPEN",
            at: after(rng, last(steps), 1, 3),
            by: manager,
            note: rng.pick(REOPENED),
          });
          steps.push({
            event: "NOTE",
            at: after(rng, last(steps), 2, 6),
            by: assignee,
            note: rng.pick(AFTER_REOPEN),
          });
          if (target === "CLOSED")
            steps.push({
              event: "RESOLVE",
              at: after(rng, last(steps), 3, 8),
              by: assignee,
              note: rng.pick(RESOLVED),
            });
        }
        if (target === "CLOSED")
          steps.push({
            event: "CLOSE",
            at: after(rng, last(steps), 1, 4),
            by: manager,
            note: rng.pick(CLOSED),
          });
      }
    }
  }
  return {
    id: stableId(`followup:concern:${c.id}`),
    title: `关注人员跟进：${person?.realName ?? "（已调离）"}（${kindLabel}）`,
    sourceType: "CONCERN",
    sourceId: c.reportId,
    concernId: c.id,
    departmentId: c.departmentId,
    createdById: c.reviewedById,
    createdAt: c.reviewedAt,
    createdNote: null,
    priority,
    assigneeId: target === "OPEN_UNASSIGNED" ? null : assignee,
    dueDate,
    // Steps past the reference date have not happened yet.
    steps: steps.filter((s) => s.at.getTime() <= LATEST),
  };
}

function last(steps: Step[]): Date {
  return steps[steps.length - 1].at;
}

function ymd(d: Date): string {
  return new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
}

/** Hand-made follow-ups, each with a scripted timeline (days before the reference date). */
function manualPlans(ctx: Context): Plan[] {
  const ref = SEED_REFERENCE_DATE.getTime();
  const at = (daysAgo: number, hour = 10) => new Date(ref - daysAgo * DAY + hour * HOUR);
  const due = (daysFromRef: number) => endOfDay(new Date(ref + daysFromRef * DAY));
  const name = (id: string) => ctx.users.get(id)?.realName ?? "";
  const assign = (
    by: string,
    daysAgo: number,
    who: string,
    dueDate: Date,
    priority: FollowUpPriority,
    note: string,
  ): Step => ({
    event: "ASSIGN",
    at: new Date(at(daysAgo, 9).getTime() + 20 * 60_000),
    by,
    note: assignmentNote(name(who), ymd(dueDate), PRIORITY_LABELS[priority], note),
  });
  const plans: Plan[] = [];
  const jc4Head = ctx.headByCode.get("JC4");
  if (jc4Head) {
    const d = due(-6);
    plans.push({
      id: stableId("followup:manual:jc4-talks"),
      title: "组织第四检察部干警集中谈心谈话",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC4") ?? null,
      createdById: ctx.zzc,
      createdAt: at(30, 9),
      priority: "HIGH",
      assigneeId: jc4Head,
      dueDate: d,
      createdNote:
        "第四检察部连续多月思想动态报告反映干警疲惫、士气偏低，请部门负责人逐一谈心谈话，形成书面情况报告。",
      steps: [
        assign(
          ctx.zzc,
          30,
          jc4Head,
          d,
          "HIGH",
          "谈话须覆盖部门全体干警，重点关注青年干警和连续加班人员。",
        ),
        {
          event: "NOTE",
          at: at(24, 16),
          by: jc4Head,
          note: "已完成 6 名干警谈话，普遍反映案件量大、加班多，个别同志有调岗意向。",
        },
        {
          event: "NOTE",
          at: at(12, 17),
          by: jc4Head,
          note: "已完成 11 名干警谈话，剩余 4 人因出差尚未谈，书面报告正在整理。",
        },
      ],
    });
  }
  if (ctx.staff1) {
    const d = due(50);
    plans.push({
      id: stableId("followup:manual:jc1-survey"),
      title: "整理第一检察部办案压力情况调研材料",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC1") ?? null,
      createdById: ctx.zzc,
      createdAt: at(4, 9),
      priority: "NORMAL",
      assigneeId: ctx.staff1,
      dueDate: d,
      createdNote:
        "为院党组思想状况分析会准备素材：统计近一年本部门人均办案量、加班情况，附典型案例两至三个。",
      steps: [assign(ctx.zzc, 4, ctx.staff1, d, "NORMAL", "材料请控制在 3000 字以内。")],
    });
    const d2 = due(-20);
    plans.push({
      id: stableId("followup:manual:jc1-reading"),
      title: "筹备第一检察部青年干警读书分享会",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC1") ?? null,
      createdById: ctx.zzc,
      createdAt: at(40, 9),
      priority: "LOW",
      assigneeId: ctx.staff1,
      dueDate: d2,
      createdNote: "结合“三主”主题学习，组织青年干警读书分享，形成简报。",
      steps: [
        assign(ctx.zzc, 40, ctx.staff1, d2, "LOW", "请于活动后一周内报送简报。"),
        {
          event: "NOTE",
          at: at(33, 15),
          by: ctx.staff1,
          note: "已确定书目《检察官的职业素养》，报名 9 人，场地定于院三楼会议室。",
        },
        {
          event: "RESOLVE",
          at: at(22, 11),
          by: ctx.staff1,
          note: "分享会已于上周五举行，参加 11 人，简报已报政治处。",
        },
      ],
    });
  }
  if (ctx.head1) {
    const d = due(70);
    plans.push({
      id: stableId("followup:manual:jc1-mentor"),
      title: "落实青年干警导师帮带制度",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC1") ?? null,
      createdById: ctx.officeHead,
      createdAt: at(18, 9),
      priority: "NORMAL",
      assigneeId: ctx.head1,
      dueDate: d,
      createdNote: "为入院三年内的青年干警逐一明确帮带导师，制定帮带计划。",
      steps: [
        assign(ctx.officeHead, 18, ctx.head1, d, "NORMAL", "帮带计划报政治处备案。"),
        {
          event: "NOTE",
          at: at(9, 16),
          by: ctx.head1,
          note: "已确定 4 对帮带关系，帮带计划初稿已完成，待部门会议讨论。",
        },
      ],
    });
  }
  const d = due(-60);
  plans.push({
    id: stableId("followup:manual:quota-revisit"),
    title: "开展入额未果人员回访",
    sourceType: "MANUAL",
    sourceId: null,
    concernId: null,
    departmentId: null,
    createdById: ctx.officeHead,
    createdAt: at(95, 9),
    priority: "HIGH",
    assigneeId: ctx.zzc,
    dueDate: d,
    createdNote: "入额结果公布后，对全院未入额人员逐一回访，了解思想状况和职业规划。",
    steps: [
      assign(ctx.officeHead, 95, ctx.zzc, d, "HIGH", "回访情况汇总后报院党组。"),
      {
        event: "NOTE",
        at: at(88, 15),
        by: ctx.zzc,
        note: "已回访 6 人，多数表示理解，2 人对下轮入额时间有疑问，已作解答。",
      },
      {
        event: "RESOLVE",
        at: at(75, 11),
        by: ctx.zzc,
        note: "10 名未入额人员已全部回访，情况汇总已报院党组。",
      },
      {
        event: "REOPEN",
        at: at(73, 10),
        by: ctx.officeHead,
        note: "汇总材料缺少个人职业规划建议，请补充后重新报送。",
      },
      { event: "NOTE", at: at(68, 16), by: ctx.zzc, note: "已逐人补充职业规划建议。" },
      { event: "RESOLVE", at: at(66, 11), by: ctx.zzc, note: "补充材料已报送。" },
      { event: "CLOSE", at: at(64, 9), by: ctx.officeHead, note: "材料完整，核销。" },
    ],
  });
  return plans;
}

// ---- writing -------------------------------------------------------------------

type Context = {
  users: Map<string, SeedUser>;
  heads: Map<string, string>;
  headByCode: Map<string, string>;
  deptByCode: Map<string, string>;
  zzc: string;
  officeHead: string;
  officeWorker: string;
  head1: string | null;
  staff1: string | null;
};

function contextOf(org: Organisation): Context {
  const users = new Map(org.users.map((u) => [u.id, u]));
  const byName = (username: string) => org.users.find((u) => u.username === username)?.id ?? null;
  const office = org.users.filter((u) => u.roles.includes("POLITICAL_OFFICE"));
  if (office.length === 0) throw new Error("seedFollowUps: no 政治处 member in the organisation");
  const zzc = byName("zzc") ?? office[0].id;
  const officeHead = office.find((u) => u.position === "政治处主任")?.id ?? zzc;
  const officeWorker = office.find((u) => u.id !== zzc && u.id !== officeHead)?.id ?? zzc;
  return {
    users,
    heads: new Map(org.departments.filter((d) => d.headId).map((d) => [d.id, d.headId!])),
    headByCode: new Map(org.departments.filter((d) => d.headId).map((d) => [d.code, d.headId!])),
    deptByCode: new Map(org.departments.map((d) => [d.code, d.id])),
    zzc,
    officeHead,
    officeWorker,
    head1: byName("head1"),
    staff1: byName("staff1"),
  };
}

/** Replays a plan through the state machine; returns the rows to insert. */
function materialise(p: Plan) {
  let status: FollowUpStatus = "OPEN";
  let hasAssignee = false;
  let resolvedAt: Date | null = null;
  let closedAt: Date | null = null;
  const updates = [
    {
      id: stableId(`followup-update:${p.id}:0`),
      followUpId: p.id,
      authorId: p.createdById,
      kind: "CREATED",
      noteEnc: p.createdNote ? encryptText(p.createdNote) : null,
      createdAt: p.createdAt,
    },
  ];
  for (const [i, s] of p.steps.entries()) {
    const actors =
      s.event === "NOTE" || s.event === "RESOLVE"
        ? (["ASSIGNEE"] as const)
        : (["MANAGER"] as const);
    const d = decideTransition(status, s.event, actors, hasAssignee);
    if (!d.ok) throw new Error(`seedFollowUps: ${p.id} ${status} + ${s.event}: ${d.message}`);
    if (s.event === "ASSIGN") hasAssignee = true;
    status = d.to;
    if (d.to === "RESOLVED") resolvedAt = s.at;
    if (d.to === "CLOSED") closedAt = s.at;
    if (d.kind === "REOPENED") {
      resolvedAt = null;
      closedAt = null;
    }
    updates.push({
      id: stableId(`followup-update:${p.id}:${i + 1}`),
      followUpId: p.id,
      authorId: s.by,
      kind: d.kind,
      noteEnc: s.note ? encryptText(s.note) : null,
      createdAt: s.at,
    });
  }
  const assigned = p.steps.some((s) => s.event === "ASSIGN");
  const followUp = {
    id: p.id,
    title: p.title.slice(0, 120),
    sourceType: p.sourceType,
    sourceId: p.sourceId,
    concernId: p.concernId,
    departmentId: p.departmentId,
    assigneeId: assigned ? p.assigneeId : null,
    dueDate: assigned ? p.dueDate : null,
    priority: p.priority,
    status,
    createdById: p.createdById,
    resolvedAt,
    closedAt,
    createdAt: p.createdAt,
    updatedAt: updates[updates.length - 1].createdAt,
  };
  return { followUp, updates };
}

/** Notifications for the demo accounts about their current follow-ups. */
function demoNotifications(rows: ReturnType<typeof materialise>[], ctx: Context) {
  const demo = new Set([ctx.zzc, ctx.head1, ctx.staff1].filter((x): x is string => !!x));
  const out: {
    id: string;
    userId: string;
    title: string;
    body: string;
    link: string;
    readAt: Date | null;
    createdAt: Date;
  }[] = [];
  for (const { followUp: f, updates } of rows) {
    const link = `/follow-ups/${f.id}`;
    const assignedAt = [...updates].reverse().find((u) => u.kind === "ASSIGNED")?.createdAt;
    if (
      f.assigneeId &&
      demo.has(f.assigneeId) &&
      assignedAt &&
      (f.status === "OPEN" || f.status === "IN_PROGRESS")
    ) {
      out.push({
        id: stableId(`notification:followup:${f.id}:assigned`),
        userId: f.assigneeId,
        title: `督办交办：${f.title}`.slice(0, 120),
        body: `请于 ${ymd(f.dueDate!)} 前办结。`,
        link,
        readAt: f.status === "IN_PROGRESS" ? new Date(assignedAt.getTime() + HOUR) : null,
        createdAt: assignedAt,
      });
    }
    if (
      f.status === "RESOLVED" &&
      f.resolvedAt &&
      f.resolvedAt.getTime() > SEED_REFERENCE_DATE.getTime() - 60 * DAY
    ) {
      const assigner = [...updates]
        .reverse()
        .find((u) => u.kind === "ASSIGNED" || u.kind === "REOPENED")?.authorId;
      if (assigner && demo.has(assigner)) {
        out.push({
          id: stableId(`notification:followup:${f.id}:resolved`),
          userId: assigner,
          title: `督办事项已办结，待核销：${f.title}`.slice(0, 120),
          body: "",
          link,
          readAt: null,
          createdAt: f.resolvedAt,
        });
      }
    }
  }
  return out;
}

export async function seedFollowUps(
  tx: Tx,
  opts: SeedFollowUpsOptions,
): Promise<SeedFollowUpsSummary> {
  const ctx = contextOf(opts.org);
  const rng = new Rng(20180301);
  const concerns = [...opts.concerns].sort(
    (a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.id.localeCompare(b.id),
  );
  // Newest first, each takes the next fixed shape it can have: an overdue one
  // needs its review at least OVERDUE_MIN_AGE before the anchor, so that its
  // due date can lie between the assignment and the anchor.
  const queue = [...NEWEST];
  const shapes = new Map<string, Shape>();
  for (const c of [...concerns].reverse()) {
    const old = c.reviewedAt.getTime() <= SEED_REFERENCE_DATE.getTime() - OVERDUE_MIN_AGE;
    const i = queue.findIndex(
      (s) => s.onTime || !(s.target === "OPEN" || s.target === "IN_PROGRESS") || old,
    );
    shapes.set(c.id, i >= 0 ? queue.splice(i, 1)[0] : olderShape(rng));
  }
  const plans = [
    ...concerns.map((c) => concernPlan(rng, c, shapes.get(c.id)!, ctx)),
    ...manualPlans(ctx),
  ];
  const rows = plans.map(materialise);

  for (let i = 0; i < rows.length; i += 100)
    await tx.followUp.createMany({ data: rows.slice(i, i + 100).map((r) => r.followUp) });
  const updates = rows.flatMap((r) => r.updates);
  for (let i = 0; i < updates.length; i += 200)
    await tx.followUpUpdate.createMany({ data: updates.slice(i, i + 200) });
  const notes = demoNotifications(rows, ctx);
  if (notes.length) await tx.notification.createMany({ data: notes });

  const byStatus: Record<FollowUpStatus, number> = {
    OPEN: 0,
    IN_PROGRESS: 0,
    RESOLVED: 0,
    CLOSED: 0,
  };
  let overdueAtReference = 0;
  for (const { followUp: f } of rows) {
    byStatus[f.status]++;
    if (
      f.dueDate &&
      f.dueDate < SEED_REFERENCE_DATE &&
      (f.status === "OPEN" || f.status === "IN_PROGRESS")
    )
      overdueAtReference++;
  }
  return {
    total: rows.length,
    manual: plans.filter((p) => p.sourceType === "MANUAL").length,
    byStatus,
    overdueAtReference,
  };
}
