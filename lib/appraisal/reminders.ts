// Reminders to scorers of a cycle in 打分中 (issue 14): once in the three days
// before the scoring deadline, and once after it, to everyone with an
// unscored task, 民主测评 included (a peer's tasks are found by their keyed
// token, never stored by name). Each task is marked as reminded in the same
// transaction as the notice, under the cycle's lock, so that several server
// instances running this at once send each reminder once.
import "server-only";

import { lockKey } from "../auth/throttle";
import { IN_SLICE } from "../batches";
import { DAY_MS } from "../dates";
import { db } from "../db";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { peerKey } from "./cycles/launch";

export async function sendAppraisalReminders(now: Date = new Date()) {
  const cycles = await db.appraisalCycle.findMany({
    where: {
      status: "SCORING",
      scoringDueAt: { not: null, lte: new Date(now.getTime() + 3 * DAY_MS) },
    },
    select: { id: true, title: true, scoringDueAt: true },
  });
  let reminded = 0;
  for (const c of cycles) {
    const overdue = c.scoringDueAt!.getTime() <= now.getTime();
    reminded += await db.$transaction(
      async (tx) => {
        await lockKey(tx, `appraisal-remind:${c.id}`);
        // Due soon: never reminded. Overdue: not reminded since the deadline passed.
        const where = {
          sheet: { cycleId: c.id },
          scoredAt: null,
          OR: overdue
            ? [{ remindedAt: null }, { remindedAt: { lt: c.scoringDueAt! } }]
            : [{ remindedAt: null }],
        };
        const open = await tx.appraisalAssignment.findMany({
          where,
          select: { id: true, scorerId: true, scorerKey: true },
        });
        if (open.length === 0) return 0;
        const peers = open.some((t) => t.scorerId === null)
          ? new Map(
              (
                await tx.appraisalSheet.findMany({
                  where: { cycleId: c.id, userId: { not: null } },
                  select: { userId: true },
                })
              ).map((s) => [peerKey(c.id, s.userId!), s.userId!]),
            )
          : new Map<string, string>();
        const who = new Set(
          open.map((t) => t.scorerId ?? peers.get(t.scorerKey)).filter((x): x is string => !!x),
        );
        const ids = open.map((t) => t.id);
        for (let k = 0; k < ids.length; k += IN_SLICE)
          await tx.appraisalAssignment.updateMany({
            where: { id: { in: ids.slice(k, k + IN_SLICE) } },
            data: { remindedAt: now },
          });
        return notify(tx, who, {
          title: overdue ? `${c.title}：评分已逾期` : `${c.title}：评分即将截止`,
          body: `评分截止日期 ${formatDate(c.scoringDueAt)}，您还有未完成的评分任务。`,
          link: `/appraisal/${c.id}/score`,
        });
      },
      { timeout: 20_000, maxWait: 10_000 },
    );
  }
  return { reminded };
}
