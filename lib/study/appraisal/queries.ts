// What the appraisal counts from study (issue 14), for the people of a cycle
// over [from, to): attendance at 三会一课 and education sessions, and study
// points. Tallies are groupBy aggregates; the evidence reads return only the
// ids (and status) of the exact rows behind them, for the snapshot and the
// evidence page. No viewer: the appraisal calls these under its own permission.
// describeForAppraisal names those rows on the evidence page.
import "server-only";

import { inSlices } from "../../batches";
import { db } from "../../db";
import { formatDate } from "../../format";
import { idHead, rowsInOrder, type RecordRow } from "../../record-rows";
import { countStudy, loadRules } from "../points/queries";
import { computePoints, CORE_ACTIVITY_TYPES } from "../points/rules";

/** 三会一课 and the 三合 education sessions (教育培训). */
export const APPRAISAL_ATTENDANCE_TYPES = [...CORE_ACTIVITY_TYPES, "EDUCATION"] as const;

type Span = { userIds: readonly string[]; from: Date; to: Date };

const attendanceWhere = (q: Span) => ({
  userId: { in: [...q.userIds] },
  status: { in: ["PRESENT", "LEAVE", "ABSENT"] },
  activity: { type: { in: [...APPRAISAL_ATTENDANCE_TYPES] }, heldAt: { gte: q.from, lt: q.to } },
});

export type AttendanceTally = { present: number; recorded: number };

/** Recorded attendance (出席/请假/缺席) per person; people with none are absent from the map. */
export async function studyAttendanceTally(q: Span): Promise<Map<string, AttendanceTally>> {
  const out = new Map<string, AttendanceTally>();
  if (q.userIds.length === 0) return out;
  const rows = await inSlices(q.userIds, (userIds) =>
    db.studyAttendance.groupBy({
      by: ["userId", "status"],
      where: attendanceWhere({ ...q, userIds }),
      _count: { _all: true },
    }),
  );
  for (const r of rows) {
    const t = out.get(r.userId) ?? { present: 0, recorded: 0 };
    t.recorded += r._count._all;
    if (r.status === "PRESENT") t.present += r._count._all;
    out.set(r.userId, t);
  }
  return out;
}

/** The attendance rows behind studyAttendanceTally. */
export async function studyAttendanceEvidence(q: Span) {
  if (q.userIds.length === 0) return [];
  return inSlices(q.userIds, (userIds) =>
    db.studyAttendance.findMany({
      where: attendanceWhere({ ...q, userIds }),
      select: { activityId: true, userId: true, status: true },
      orderBy: [{ userId: "asc" }, { activityId: "asc" }],
    }),
  );
}

/** Study points in hundredths per person (everyone asked for; zero when they have none). */
export async function studyPointsTally(q: Span): Promise<Map<string, number>> {
  const span = { year: null, span: { gte: q.from, lt: q.to } };
  const [slices, rules] = await Promise.all([
    inSlices(q.userIds, async (userIds) => [...(await countStudy(span, userIds))]),
    loadRules(),
  ]);
  const counts = new Map(slices);
  return new Map(
    q.userIds.map((id) => {
      const c = counts.get(id);
      return [id, c ? computePoints(c.counts, rules).total : 0];
    }),
  );
}

/** The rows behind studyPointsTally: recorded attendance of every type, and approved log entries. */
export async function studyPointsEvidence(q: Span) {
  if (q.userIds.length === 0) return { attendance: [], logs: [] };
  const [attendance, logs] = await Promise.all([
    inSlices(q.userIds, (userIds) =>
      db.studyAttendance.findMany({
        where: {
          userId: { in: userIds },
          status: { in: ["PRESENT", "LEAVE", "ABSENT"] },
          activity: { heldAt: { gte: q.from, lt: q.to } },
        },
        select: { activityId: true, userId: true, status: true },
        orderBy: [{ userId: "asc" }, { activityId: "asc" }],
      }),
    ),
    inSlices(q.userIds, (userIds) =>
      db.studyLog.findMany({
        where: {
          userId: { in: userIds },
          status: "APPROVED",
          studiedOn: { gte: q.from, lt: q.to },
        },
        select: { id: true, userId: true, tenths: true },
        orderBy: [{ userId: "asc" }, { id: "asc" }],
      }),
    ),
  ]);
  return { attendance, logs };
}

const ATTENDANCE_TEXT: Record<string, string> = { PRESENT: "出席", LEAVE: "请假", ABSENT: "缺席" };

/**
 * The evidence page's line for each record, with a link to it: attendance
 * ("activityId:userId") and study-log entries. A reader the appraisal shows
 * rows to may open every study record behind a score.
 */
export async function describeForAppraisal(
  kind: "StudyAttendance" | "StudyLog",
  ids: readonly string[],
): Promise<RecordRow[]> {
  const found = new Map<string, RecordRow>();
  const put = (id: string, text: string, href: string) => found.set(id, { id, text, href });
  if (kind === "StudyLog") {
    const rows = await inSlices(ids, (slice) =>
      db.studyLog.findMany({
        where: { id: { in: slice } },
        select: { id: true, title: true, studiedOn: true },
      }),
    );
    for (const r of rows) put(r.id, `${formatDate(r.studiedOn)} ${r.title}`, `/study/log/${r.id}`);
    return rowsInOrder(ids, found);
  }
  // A department's rows can run to thousands: in slices (SQLite's parameter limit).
  const acts = await inSlices([...new Set(ids.map(idHead))], (slice) =>
    db.studyActivity.findMany({
      where: { id: { in: slice } },
      select: { id: true, title: true, heldAt: true },
    }),
  );
  const marks = await inSlices(
    ids,
    (slice) =>
      db.studyAttendance.findMany({
        where: { OR: slice.map((i) => ({ activityId: idHead(i), userId: i.split(":")[1] })) },
        select: { activityId: true, userId: true, status: true },
      }),
    150,
  );
  const act = new Map(acts.map((a) => [a.id, a]));
  for (const m of marks) {
    const a = act.get(m.activityId);
    const status = m.status ? (ATTENDANCE_TEXT[m.status] ?? m.status) : "未登记";
    put(
      `${m.activityId}:${m.userId}`,
      `${formatDate(a?.heldAt)} ${a?.title ?? "学习活动"}（${status}）`,
      `/study/activities/${m.activityId}`,
    );
  }
  return rowsInOrder(ids, found);
}
