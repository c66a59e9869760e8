// The audit receipt for anonymous letters (docs/security.md items 17, 20). The action
// wrapper writes no row when an anonymous letter arrives: its exact time and
// its place in the chain, next to the writer's own rows, would identify them.
// Instead this job, run by startSchedulers, writes one row per finished day
// ("mailbox.anonymous.received", no actor, no IP, detail {day, count}) once the
// day is over in Asia/Shanghai. Which days are done is kept in a Setting, not
// derived from times the letters do not have.
import "server-only";

import { writeAudit } from "../audit/log";
import { db } from "../db";
import { shanghaiDay } from "./ids";

export const RECEIPTS_KEY = "mailbox.receipts.lastDay";

export async function recordAnonymousReceipts(now: Date = new Date()): Promise<{ days: number }> {
  const today = shanghaiDay(now);
  const yesterday = shanghaiDay(new Date(now.getTime() - 24 * 3600_000));
  return db.$transaction(async (tx) => {
    const mark = await tx.setting.findUnique({
      where: { key: RECEIPTS_KEY },
      select: { value: true },
    });
    const lastDay = mark?.value ?? "";
    if (lastDay >= yesterday) return { days: 0 };
    const groups = await tx.mailboxMessage.groupBy({
      by: ["receivedOn"],
      where: { anonymous: true, receivedOn: { gt: lastDay, lt: today } },
      _count: { _all: true },
      orderBy: { receivedOn: "asc" },
    });
    // Claim the range first: a second instance running at the same time
    // fails here (unique key or changed value) and its transaction rolls back.
    if (mark) {
      const res = await tx.setting.updateMany({
        where: { key: RECEIPTS_KEY, value: lastDay },
        data: { value: yesterday },
      });
      if (res.count !== 1) return { days: 0 };
    } else {
      await tx.setting.create({ data: { key: RECEIPTS_KEY, value: yesterday } });
    }
    for (const g of groups) {
      await writeAudit(
        {
          action: "mailbox.anonymous.received",
          objectType: "MailboxDay",
          objectId: g.receivedOn,
          result: "SUCCESS",
          detail: { day: g.receivedOn, count: g._count._all },
        },
        tx,
      );
    }
    return { days: groups.length };
  });
}
