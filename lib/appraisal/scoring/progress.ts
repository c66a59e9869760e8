// 政治处's view of scoring (the cycle console and the 评分进度 export): each
// named scorer's tasks scored/total and how many are late (unscored past
// their due date); 民主测评 tasks only together, so that no row names a peer
// scorer. One grouped query over the cycle's tasks, by scorer and due date,
// gives every figure; the console then names only the scorers of its page.
// That query still reads every task of the cycle (tens of thousands in a
// large 院), so the console keeps its figures for PROGRESS_TTL_MS per cycle
// and says when they were counted; the export counts afresh.
import "server-only";

import { pageOf } from "../../batches";
import { db } from "../../db";
import { memo, memoKey } from "../../memo";

export const PROGRESS_PER_PAGE = 50;
/** How long the console's counts are kept: progress is watched, not acted on to the second. */
export const PROGRESS_TTL_MS = 60_000;

/** The console's status filter: ?status= */
export const PROGRESS_STATUSES = { late: "逾期未完成", open: "进行中", done: "已完成" } as const;
export type ProgressStatus = keyof typeof PROGRESS_STATUSES;

export function parseProgressStatus(raw: string | undefined): ProgressStatus | undefined {
  return raw && raw in PROGRESS_STATUSES ? (raw as ProgressStatus) : undefined;
}

type Counts = { scorerId: string; total: number; scored: number; late: number };

function statusOf(c: Counts): ProgressStatus {
  return c.late > 0 ? "late" : c.scored === c.total ? "done" : "open";
}

/** Per named scorer and for 民主测评 as a whole; late ones first, then the least done. */
async function progressCounts(cycleId: string, now: Date) {
  const groups = await db.appraisalAssignment.groupBy({
    by: ["scorerId", "dueAt"],
    where: { sheet: { cycleId } },
    _count: { _all: true, scoredAt: true },
  });
  const byScorer = new Map<string, Counts>();
  const peer = { total: 0, scored: 0 };
  for (const g of groups) {
    const { _all: total, scoredAt: scored } = g._count;
    if (g.scorerId === null) {
      peer.total += total;
      peer.scored += scored;
      continue;
    }
    let c = byScorer.get(g.scorerId);
    if (!c) byScorer.set(g.scorerId, (c = { scorerId: g.scorerId, total: 0, scored: 0, late: 0 }));
    c.total += total;
    c.scored += scored;
    if (g.dueAt && g.dueAt < now) c.late += total - scored;
  }
  const scorers = [...byScorer.values()].sort(
    (a, b) =>
      b.late - a.late ||
      a.scored / a.total - b.scored / b.total ||
      (a.scorerId < b.scorerId ? -1 : a.scorerId > b.scorerId ? 1 : 0),
  );
  return { scorers, peer };
}

async function named(rows: Counts[]) {
  if (rows.length === 0) return [];
  const users = await db.user.findMany({
    where: { id: { in: rows.map((r) => r.scorerId) } },
    select: { id: true, realName: true, department: { select: { name: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => ({
    ...r,
    name: byId.get(r.scorerId)?.realName ?? "—",
    department: byId.get(r.scorerId)?.department?.name ?? "",
  }));
}

/** Every named scorer with their counts, and 民主测评 as a whole: the 评分进度 export. */
export async function scoringProgress(cycleId: string, now: Date) {
  const { scorers, peer } = await progressCounts(cycleId, now);
  return { scorers: await named(scorers), peer };
}

type Kept = Awaited<ReturnType<typeof progressCounts>> & { asOf: Date };
const kept = memo<Kept>({ ttlMs: PROGRESS_TTL_MS, max: 50 });

/**
 * The console's 评分进度: figures over the whole cycle (scorers by status,
 * 民主测评 received), and one page of the scorers in `status`, named; the
 * counts as of `asOf`, at most PROGRESS_TTL_MS before `now`.
 */
export async function scoringProgressPage(
  cycleId: string,
  now: Date,
  opts: { page: number; status?: ProgressStatus },
) {
  const { scorers, peer, asOf } = await kept.get(
    memoKey(cycleId, now, PROGRESS_TTL_MS),
    async () => ({ ...(await progressCounts(cycleId, now)), asOf: now }),
  );
  const byStatus = { late: 0, open: 0, done: 0 };
  for (const s of scorers) byStatus[statusOf(s)] += 1;
  const shown = opts.status ? scorers.filter((s) => statusOf(s) === opts.status) : scorers;
  const page = pageOf(shown, opts.page, PROGRESS_PER_PAGE);
  return {
    asOf,
    summary: { scorers: scorers.length, ...byStatus, peer },
    ...page,
    rows: await named(page.rows),
  };
}
export type ScoringProgressPage = Awaited<ReturnType<typeof scoringProgressPage>>;
