// AUTO rules from 学习教育: attendance rate (三会一课 and education sessions)
// and study points against the cycle's full mark. Scores come from grouped
// counts; the rows behind them are read only when evidence is asked for.
import "server-only";

import { divideRoundHalfUp } from "../../scores";
import {
  studyAttendanceEvidence,
  studyAttendanceTally,
  studyPointsEvidence,
  studyPointsTally,
} from "../../study/appraisal/queries";
import { ratioOutcome, type AutoContext, type Evidence, type RuleResults } from "./types";

/** Study points worth a full 100 over a whole year; a shorter cycle needs proportionally fewer. */
export const STUDY_FULL_MARK_PER_YEAR = 60;

/** The full mark of a cycle, in hundredths of a point, by its whole months. */
export function studyFullMarkCenti(from: Date, to: Date): number {
  const months = Math.max(1, Math.round((to.getTime() - from.getTime()) / (30.44 * 86_400_000)));
  return divideRoundHalfUp(STUDY_FULL_MARK_PER_YEAR * 100 * Math.min(12, months), 12);
}

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
  const [points, ev] = await Promise.all([
    studyPointsTally(q),
    ctx.withEvidence ? studyPointsEvidence(q) : { attendance: [], logs: [] },
  ]);
  const full = studyFullMarkCenti(ctx.from, ctx.to);
  const out: RuleResults = new Map();
  for (const p of ctx.people) {
    const centiPoints = Math.max(0, points.get(p.userId) ?? 0);
    const score = Math.min(10000, divideRoundHalfUp(centiPoints * 10000, full));
    const mine = <T extends { userId: string }>(rows: T[]) =>
      rows.filter((r) => r.userId === p.userId);
    out.set(p.sheetId, {
      kind: "SCORED",
      centi: score,
      detail: `学习积分 ${(centiPoints / 100).toFixed(2)} ÷ 满分线 ${(full / 100).toFixed(2)} × 100 = ${(score / 100).toFixed(2)}（最高 100）`,
      evidence: ctx.withEvidence
        ? [
            {
              type: "StudyAttendance",
              label: "考勤记录",
              ids: mine(ev.attendance).map((a) => `${a.activityId}:${a.userId}`),
            },
            { type: "StudyLog", label: "审核通过的学习日志", ids: mine(ev.logs).map((l) => l.id) },
          ]
        : [],
    });
  }
  return out;
}
