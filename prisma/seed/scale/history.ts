// The records of the scaled departments (prisma/seed/scale.ts), month by
// month over the five years before the anchor's month, at the demo's rates
// per person (see `RATES`): liaison reports with topics and events, study
// logs, consultations, talks (notes encrypted as the app writes them),
// follow-ups, conduct records, culture activities (./culture.ts) and
// notifications. Pure row builders: the caller writes them in batches.
// Deterministic for a given Rng and anchor.
import { encryptText } from "../../../lib/crypto";
import type { Period } from "../../../lib/reports/periods";
import { stableId, type Rng } from "../random";
import { HOT_TOPICS, SUMMARIES } from "../reports/texts";
import { NOTES } from "../talks/texts";
import { cultureRows } from "./culture";
import type { ScaleOrganisation, ScaleUser } from "./org";

const DAY = 86_400_000;

/** Per person and year, from the demo (prisma/seed: 150 people, about two years). */
export const RATES = {
  studyLogs: 3,
  consultations: 1.4,
  talks: 2,
  followUps: 0.3,
  conduct: 0.3,
  notifications: 3,
} as const;

export type Rows = Record<string, Record<string, unknown>[]>;

export type HistoryInput = {
  rng: Rng;
  org: ScaleOrganisation;
  /** The 60 closed months before the anchor's, oldest first, then the anchor's own (open). */
  periods: (Period & { id: string })[];
  now: Date;
  officeIds: readonly string[];
  topicIds: ReadonlyMap<string, string>;
  /** false: every period is closed and long past (the demo's years 3–5; ./demo-years.ts). */
  openEnd?: boolean;
};

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
/** How many events of a yearly rate fall in one month, drawn. */
export const draws = (rng: Rng, perYear: number) => {
  const m = perYear / 12;
  return Math.floor(m) + (rng.chance(m - Math.floor(m)) ? 1 : 0);
};
export const within = (rng: Rng, p: Period, now: Date) =>
  new Date(
    Math.min(
      now.getTime() - DAY,
      p.startsAt.getTime() + rng.float() * (p.endsAt.getTime() - p.startsAt.getTime()),
    ),
  );

const STUDY = [
  ["READING", "《习近平法治思想学习纲要》"],
  ["READING", "《中国共产党纪律处分条例》"],
  ["ONLINE", "检察官网络学院·新修订刑事诉讼法解读"],
  ["ONLINE", "学习强国·党史专题"],
  ["REFLECTION", "学习贯彻党的二十大精神心得"],
  ["OTHER", "院党组中心组扩大学习"],
] as const;
const QUESTIONS = [
  "员额检察官退出后的职级待遇如何确定？",
  "检察官助理入额需要满足哪些条件？",
  "职级晋升的年限如何计算？",
  "办案责任追究的情形有哪些？",
  "跨部门交流任职后的考核怎么计算？",
];
const FOLLOW_UPS = [
  "落实部门思想动态报告反映问题",
  "回应干警关于值班轮休的建议",
  "跟进青年干警业务培训需求",
];

function reportRows(x: HistoryInput, rows: Rows) {
  const { rng, org, periods, now } = x;
  const topicNames = [...x.topicIds.keys()].filter((n) =>
    (HOT_TOPICS as readonly string[]).includes(n),
  );
  for (const d of org.departments) {
    const base = 3.6 + rng.float() * 0.7;
    periods.forEach((p, i) => {
      const open = x.openEnd !== false && i === periods.length - 1;
      const latest = x.openEnd !== false && i === periods.length - 2;
      if (open ? !rng.chance(0.5) : rng.chance(0.02)) return; // a few never filed
      const id = stableId(`report:${d.code}:${p.key}`);
      const mood = clamp(Math.round(base + (rng.float() - 0.5) * 1.6), 1, 5);
      const submittedAt = new Date(
        Math.min(
          now.getTime() - DAY,
          p.dueAt.getTime() - rng.int(0, 5) * DAY + (rng.chance(0.08) ? 3 * DAY : 0),
        ),
      );
      const reviewed = !open && !(latest && rng.chance(0.3));
      const reviewedAt = reviewed
        ? new Date(Math.min(now.getTime() - 3600_000, submittedAt.getTime() + rng.int(1, 3) * DAY))
        : null;
      const created = new Date(submittedAt.getTime() - DAY);
      rows.liaisonReport.push({
        id,
        departmentId: d.id,
        periodId: p.id,
        kind: "PERIODIC",
        authorId: d.liaisonId,
        status: reviewed ? "REVIEWED" : "SUBMITTED",
        mood,
        stability: mood >= 4 ? "STABLE" : mood === 3 ? "MOSTLY_STABLE" : "FLUCTUATING",
        summary: rng.pick(mood >= 4 ? SUMMARIES.good : SUMMARIES.mixed),
        submittedAt,
        firstSubmittedAt: submittedAt,
        reviewedAt,
        reviewedById: reviewed ? d.headId : null,
        createdAt: created,
        updatedAt: reviewedAt ?? submittedAt,
      });
      if (topicNames.length > 0)
        for (const t of new Set([rng.pick(topicNames), rng.pick(topicNames)]))
          rows.reportTopic.push({ reportId: id, topicId: x.topicIds.get(t)! });
      rows.reportEvent.push(
        {
          id: stableId(`event:${id}:c`),
          reportId: id,
          actorId: d.liaisonId,
          action: "CREATED",
          createdAt: created,
        },
        {
          id: stableId(`event:${id}:s`),
          reportId: id,
          actorId: d.liaisonId,
          action: "SUBMITTED",
          createdAt: submittedAt,
        },
      );
      if (reviewedAt)
        rows.reportEvent.push({
          id: stableId(`event:${id}:v`),
          reportId: id,
          actorId: d.headId,
          action: "REVIEWED",
          createdAt: reviewedAt,
        });
    });
  }
}

function personRows(x: HistoryInput, u: ScaleUser, head: string, rows: Rows) {
  const { rng, periods, now } = x;
  const closed = x.openEnd === false ? periods : periods.slice(0, -1);
  closed.forEach((p, i) => {
    const recent = x.openEnd !== false && i >= closed.length - 2;
    for (let n = draws(rng, RATES.studyLogs); n > 0; n--) {
      const [kind, title] = rng.pick(STUDY);
      const on = within(rng, p, now);
      const status = recent && rng.chance(0.4) ? "SUBMITTED" : "APPROVED";
      rows.studyLog.push({
        id: stableId(`study-log:${u.username}:${p.key}:${n}`),
        userId: u.id,
        kind,
        title,
        studiedOn: on,
        tenths: rng.pick([5, 10, 15, 20, 30]),
        status,
        reviewedById:
          status === "APPROVED" && u.id !== head
            ? head
            : status === "APPROVED"
              ? x.officeIds[0]
              : null,
        reviewedAt:
          status === "APPROVED"
            ? new Date(Math.min(now.getTime() - 3600_000, on.getTime() + 2 * DAY))
            : null,
        createdAt: on,
        updatedAt: on,
      });
    }
    for (let n = draws(rng, RATES.consultations); n > 0; n--) {
      const id = stableId(`consult:${u.username}:${p.key}:${n}`);
      const askedAt = within(rng, p, now);
      const answered = !recent || rng.chance(0.7);
      rows.consultation.push({
        id,
        askerId: u.id,
        channel: rng.pick(["ONLINE", "ONLINE", "PHONE", "WECHAT", "IN_PERSON"]),
        question: rng.pick(QUESTIONS),
        status: answered ? "ANSWERED" : "OPEN",
        answer: answered ? "已按照现行规定答复，如有疑问可到政治处当面咨询。" : null,
        answeredById: answered ? rng.pick(x.officeIds) : null,
        askedAt,
        answeredAt: answered
          ? new Date(
              Math.min(now.getTime() - 3600_000, askedAt.getTime() + rng.int(2, 40) * 3600_000),
            )
          : null,
      });
      rows.consultationTag.push({
        consultationId: id,
        tag: rng.pick(["QUOTA", "EXIT", "RANK", "PAY", "POST", "LIABILITY", "OTHER"]),
      });
    }
    for (let n = draws(rng, RATES.talks); n > 0; n--) {
      const occasion = rng.pick(["ROUTINE", "ROUTINE", "ROUTINE", "POST_CHANGE", "FLUCTUATION"]);
      const interviewer = u.id === head ? rng.pick(x.officeIds) : head;
      const heldOn = within(rng, p, now);
      rows.talkRecord.push({
        id: stableId(`talk:${u.username}:${p.key}:${n}`),
        interviewerId: interviewer,
        intervieweeId: u.id,
        heldOn,
        occasion,
        topics: "工作状态、思想动态",
        notesEnc: encryptText(rng.pick(NOTES[occasion] ?? NOTES.ROUTINE)),
        createdById: interviewer,
        createdAt: heldOn,
      });
    }
    for (let n = draws(rng, RATES.followUps); n > 0; n--) {
      const created = within(rng, p, now);
      const status = recent ? rng.pick(["OPEN", "IN_PROGRESS", "RESOLVED"]) : "CLOSED";
      const done =
        status === "RESOLVED" || status === "CLOSED"
          ? new Date(Math.min(now.getTime() - 3600_000, created.getTime() + 10 * DAY))
          : null;
      rows.followUp.push({
        id: stableId(`followup:${u.username}:${p.key}:${n}`),
        title: rng.pick(FOLLOW_UPS),
        sourceType: "MANUAL",
        departmentId: u.departmentId,
        assigneeId: u.id,
        dueDate: new Date(created.getTime() + 20 * DAY),
        priority: rng.chance(0.2) ? "HIGH" : "NORMAL",
        status,
        createdById: rng.pick(x.officeIds),
        resolvedAt: done,
        closedAt: status === "CLOSED" ? done : null,
        createdAt: created,
        updatedAt: done ?? created,
      });
    }
    for (let n = draws(rng, RATES.conduct); n > 0; n--) {
      const on = within(rng, p, now);
      const [category, kind] = rng.pick([
        ["COMMENDATION", "PRAISE"],
        ["COMMENDATION", "CITATION"],
        ["INNOVATION", "INNOVATION"],
      ] as const);
      rows.conductRecord.push({
        id: stableId(`conduct:${u.username}:${p.key}:${n}`),
        category,
        kind,
        subjectUserId: u.id,
        occurredOn: on,
        issuer: "本院",
        title: kind === "INNOVATION" ? "办案工作机制创新" : "年度办案工作表现突出",
        status: "CONFIRMED",
        confirmedById: x.officeIds[0],
        confirmedAt: on,
        createdById: x.officeIds[0],
        createdAt: on,
        updatedAt: on,
      });
    }
    for (let n = draws(rng, RATES.notifications); n > 0; n--) {
      const at = within(rng, p, now);
      rows.notification.push({
        id: stableId(`notification:${u.username}:${p.key}:${n}`),
        userId: u.id,
        title: "您有一项学习活动待参加",
        link: "/study/activities",
        readAt: recent && rng.chance(0.5) ? null : at,
        createdAt: at,
      });
    }
  });
}

/** Every row of the scaled departments' history, by Prisma model name. */
export function buildHistory(x: HistoryInput): Rows {
  const rows: Rows = {
    liaisonReport: [],
    reportTopic: [],
    reportEvent: [],
    studyLog: [],
    consultation: [],
    consultationTag: [],
    talkRecord: [],
    followUp: [],
    conductRecord: [],
    notification: [],
  };
  reportRows(x, rows);
  cultureRows(x, rows);
  const heads = new Map(x.org.departments.map((d) => [d.id, d.headId]));
  for (const u of x.org.users) personRows(x, u, heads.get(u.departmentId)!, rows);
  return rows;
}
