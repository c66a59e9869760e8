// The workbench's pulse rounds closing within three days with fewer than 60 %
// of the eligible staff answering: time to remind people. Counts only — a
// participation never names anyone.
import "server-only";

import { DAY_MS } from "../dates";
import { db } from "../db";
import type { WorkSlice } from "../work-items";

export const LOW_RATE = 0.6;
export const CLOSING_DAYS = 3;

export async function pulseWorkItems(now: Date): Promise<WorkSlice> {
  const rounds = await db.pulseRound.findMany({
    where: {
      opensAt: { lte: now },
      closesAt: { gt: now, lte: new Date(now.getTime() + CLOSING_DAYS * DAY_MS) },
    },
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, opensAt: true, closesAt: true, eligibleCount: true },
    take: 20,
  });
  const counts = rounds.length
    ? await db.pulseParticipation.groupBy({
        by: ["roundId"],
        where: { roundId: { in: rounds.map((r) => r.id) } },
        _count: { _all: true },
      })
    : [];
  const answered = new Map(counts.map((c) => [c.roundId, c._count._all]));
  const low = rounds
    .map((r) => ({
      ...r,
      rate: r.eligibleCount > 0 ? (answered.get(r.id) ?? 0) / r.eligibleCount : 1,
    }))
    .filter((r) => r.rate < LOW_RATE);
  return {
    kind: "PULSE_LOW",
    total: low.length,
    items: low.map((r) => ({
      key: `PULSE_LOW:${r.id}`,
      kind: "PULSE_LOW",
      title: `测评即将截止，参与率偏低：${r.title}`,
      href: "/pulse",
      since: r.opensAt,
      due: r.closesAt,
      note: `参与率 ${Math.round(r.rate * 100)}%（${answered.get(r.id) ?? 0}/${r.eligibleCount}）`,
    })),
  };
}
