// What the appraisal counts from 督办 (issue 14): the follow-ups assigned to
// each person whose due day fell in [from, to) and has passed, and which of
// them were finished (resolved, or closed) by the end of their due day.
// Bounded by the follow-ups of the period. Ids and dates only.
import "server-only";

import { inSlices } from "../../batches";
import { DAY_MS } from "../../dates";
import { db } from "../../db";
import { formatDate } from "../../format";
import { rowsInOrder, type RecordRow } from "../../record-rows";

export type DueTally = { dueIds: string[]; onTimeIds: string[] };

export async function followUpsDueFor(q: {
  userIds: readonly string[];
  from: Date;
  to: Date;
  now: Date;
}): Promise<Map<string, DueTally>> {
  const out = new Map<string, DueTally>();
  if (q.userIds.length === 0) return out;
  // A due day counts once it is over: dueDate + 1 day ≤ now.
  const lastDue = new Date(Math.min(q.to.getTime(), q.now.getTime() - DAY_MS));
  const rows = await inSlices(q.userIds, (userIds) =>
    db.followUp.findMany({
      where: { assigneeId: { in: userIds }, dueDate: { gte: q.from, lt: lastDue } },
      select: { id: true, assigneeId: true, dueDate: true, resolvedAt: true, closedAt: true },
      orderBy: { id: "asc" },
    }),
  );
  for (const r of rows) {
    const t = out.get(r.assigneeId!) ?? { dueIds: [], onTimeIds: [] };
    t.dueIds.push(r.id);
    const finished = r.resolvedAt ?? r.closedAt;
    if (finished && finished.getTime() < r.dueDate!.getTime() + DAY_MS) t.onTimeIds.push(r.id);
    out.set(r.assigneeId!, t);
  }
  return out;
}

/** The evidence page's line for each follow-up (title and due day), linking to it. */
export async function describeForAppraisal(ids: readonly string[]): Promise<RecordRow[]> {
  const rows = await inSlices(ids, (slice) =>
    db.followUp.findMany({
      where: { id: { in: slice } },
      select: { id: true, title: true, dueDate: true },
    }),
  );
  const found = new Map(
    rows.map((r): [string, RecordRow] => [
      r.id,
      {
        id: r.id,
        text: `${r.title}（到期 ${formatDate(r.dueDate)}）`,
        href: `/follow-ups/${r.id}`,
      },
    ]),
  );
  return rowsInOrder(ids, found);
}
