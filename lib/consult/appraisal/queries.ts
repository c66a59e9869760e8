// What the appraisal counts from 改革咨询 (issue 14): the consultations each
// person answered in [from, to), and which of them inside the 24-hour target
// (the same slaStatus rule as the queue). Bounded by the consultations of the
// period. Ids and times only: no question or answer text is read.
import "server-only";

import { inSlices } from "../../batches";
import { db } from "../../db";
import { idHead, type RecordRow } from "../../record-rows";
import { slaStatus } from "../sla";

export type AnswerTally = { answeredIds: string[]; inTimeIds: string[] };

export async function consultAnswersBy(q: {
  userIds: readonly string[];
  from: Date;
  to: Date;
}): Promise<Map<string, AnswerTally>> {
  const out = new Map<string, AnswerTally>();
  if (q.userIds.length === 0) return out;
  const rows = await inSlices(q.userIds, (userIds) =>
    db.consultation.findMany({
      where: {
        answeredById: { in: userIds },
        status: "ANSWERED",
        answeredAt: { gte: q.from, lt: q.to },
      },
      select: { id: true, answeredById: true, askedAt: true, answeredAt: true },
      orderBy: { id: "asc" },
    }),
  );
  for (const r of rows) {
    const t = out.get(r.answeredById!) ?? { answeredIds: [], inTimeIds: [] };
    t.answeredIds.push(r.id);
    if (!slaStatus(r.askedAt, r.answeredAt).breached) t.inTimeIds.push(r.id);
    out.set(r.answeredById!, t);
  }
  return out;
}

/** The evidence page's line for each consultation, linking to it (no question text is read). */
export async function describeForAppraisal(ids: readonly string[]): Promise<RecordRow[]> {
  return ids.map((id) => ({
    id,
    text: `改革咨询 ${idHead(id).slice(-8)}`,
    href: `/consult/${idHead(id)}`,
  }));
}
