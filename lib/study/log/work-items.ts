// The workbench's study-log entries waiting for this reviewer, oldest first.
import "server-only";

import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { WORK_SLICE_TAKE, type WorkSlice } from "../../work-items";
import { reviewScope } from "./access";

export async function studyLogWorkItems(user: SessionUser): Promise<WorkSlice> {
  const scope = await reviewScope(db, user);
  if (!scope) return { kind: "STUDY_LOG", total: 0, items: [] };
  const where = { AND: [scope, { status: "SUBMITTED" }] };
  const [total, rows] = await Promise.all([
    db.studyLog.count({ where }),
    db.studyLog.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: WORK_SLICE_TAKE,
      select: {
        id: true,
        title: true,
        createdAt: true,
        user: { select: { realName: true, department: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    kind: "STUDY_LOG",
    total,
    items: rows.map((l) => ({
      key: `STUDY_LOG:${l.id}`,
      kind: "STUDY_LOG",
      title: `学习登记待审核：${l.title}`,
      href: `/study/review/${l.id}`,
      since: l.createdAt,
      due: null,
      note: [l.user.department?.name, l.user.realName].filter(Boolean).join(" · "),
    })),
  };
}
