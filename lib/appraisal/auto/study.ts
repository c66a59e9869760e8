// AUTO rules from 学习教育: attendance rate (三会一课 and education sessions)
// and study points against the cycle's full mark. Scores come from grouped
// counts; the rows behind them are read only when evidence is asked for.
import "server-only";

import {
  studyAttendanceEvidence,
  studyAttendanceTally,
  studyPointsEvidence,
  studyPointsTally,
} from "../../study/appraisal/queries";
import {
  cohortValues,
  ratioOutcome,
  relativeCenti,
  type AutoContext,
  type Evidence,
  type RuleResults,
} from "./types";

const ATTENDANCE_WORDS = {
  part: "出席",
  whole: "已登记考勤",
  none: "考评期内没有应出席并已登记考勤的三会一课或教育培训",
};

export async function studyAttendance(ctx: AutoContext): Promise<RuleResults> {
  const everyone = [
    ...new Set([
      ...ctx.people.map((p) => p.userId),
      ...ctx.departments.flatMap((d) => d.memberIds),
    ]),
  ];
  const q = { userIds: everyone, from: ctx.from, to: ctx.to };
  const [tally, rows] = await Promise.all([
    studyAttendanceTally(q),
    ctx.withEvidence ? studyAttendanceEvidence(q) : [],
  ]);
  const ids = new Map<string, { present: string[]; recorded: string[] }>();
  for (const r of rows) {
    const t = ids.get(r.userId) ?? { present: [], recorded: [] };
    const id = `${r.activityId}:${r.userId}`;
    t.recorded.push(id);
    if (r.status === "PRESENT") t.present.push(id);
    ids.set(r.userId, t);
  }
  const outcome = (users: string[]) => {
    const sum = (k: "present" | "recorded") =>
      users.reduce((s, u) => s + (tally.get(u)?.[k] ?? 0), 0);
    const evidence: Evidence[] = ctx.withEvidence
      ? [
          {
            type: "StudyAttendance",
            label: "出席",
            ids: users.flatMap((u) => ids.get(u)?.present ?? []),
          },
          {
            type: "StudyAttendance",
            label: "已登记考勤",
            ids: users.flatMap((u) => ids.get(u)?.recorded ?? []),
          },
        ]
      : [];
    return ratioOutcome(
      { part: sum("present"), whole: sum("recorded"), evidence },
      ATTENDANCE_WORDS,
    );
  };
  const out: RuleResults = new Map();
  for (const p of ctx.people) out.set(p.sheetId, outcome([p.userId]));
  for (const d of ctx.departments) out.set(d.sheetId, outcome(d.memberIds));
  return out;
}

export async function studyPoints(ctx: AutoContext): Promise<RuleResults> {
  const q = { userIds: ctx.people.map((p) => p.userId), from: ctx.from, to: ctx.to };
  const [{ values: points, line }, ev] = await Promise.all([
    cohortValues(
      ctx,
      "STUDY_POINTS",
      (userIds) => studyPointsTally({ ...q, userIds }),
      (v) => Math.max(0, v ?? 0),
    ),
    ctx.withEvidence ? studyPointsEvidence(q) : { attendance: [], logs: [] },
  ]);
  const byUser = <T extends { userId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.userId, [...(m.get(r.userId) ?? []), r]);
    return m;
  };
  const att = byUser(ev.attendance),
    logs = byUser(ev.logs);
  const out: RuleResults = new Map();
  for (const p of ctx.people) {
    const mine = Math.max(0, points.get(p.userId) ?? 0);
    const score = relativeCenti(mine, line);
    const pts = (c: number) => (c / 100).toFixed(2);
    const evidence: Evidence[] = ctx.withEvidence
      ? [
          {
            type: "StudyAttendance",
            label: "考勤记录",
            ids: (att.get(p.userId) ?? []).map((a) => `${a.activityId}:${a.userId}`),
          },
          {
            type: "StudyLog",
            label: "审核通过的学习日志",
            ids: (logs.get(p.userId) ?? []).map((l) => l.id),
          },
        ]
      : [];
    out.set(
      p.sheetId,
      score === null
        ? { kind: "NA", detail: "考评期内全院多数干警没有学习积分，本项不计入", evidence }
        : {
            kind: "SCORED",
            centi: score,
            detail: `学习积分 ${pts(mine)} ÷ 全院第 80 百分位 ${pts(line)} × 100 = ${pts(score)}（最高 100）`,
            evidence,
          },
    );
  }
  return out;
}
