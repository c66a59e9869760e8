// 思想状况测评 reads. Everyone with pulse.answer sees the rounds and whether
// they themselves have answered; only 政治处 and 院领导 see response rates
// and results, and results only for closed rounds: figures that change while
// a round is open would let two looks, one answer apart, isolate that answer.
import "server-only";

import { auditRead } from "../audit/read";
import { can } from "../auth/permissions";
import type { Role } from "../auth/roles";
import { decryptText } from "../crypto";
import { db, dbProvider } from "../db";
import { AGE_LAYERS } from "../people/age";
import { maskGroups, OTHER_GROUP, type LayerKey, type PulseCell } from "../people/masking";
import { groupPopulations, summarise, type AnswerCell } from "./aggregate";
import { ownParticipations } from "./participation";
import { ensureReleased } from "./release";
import { responseRate, roundStatus } from "./window";

export { pulseWorkItems } from "./work-items";

export const ROUNDS_PER_PAGE = 10;
export const COMMENTS_PER_PAGE = 20;

type Viewer = { id: string; username: string; roles: readonly Role[] };

/** 政治处 and 院领导 see response rates and results. */
export function seesResults(roles: readonly Role[]): boolean {
  return can(roles, "pulse.manage") || can(roles, "dashboard.leadership");
}

const roundSelect = {
  id: true,
  title: true,
  description: true,
  opensAt: true,
  closesAt: true,
  eligibleCount: true,
  _count: { select: { questions: true } },
} as const;

/** Current (open or upcoming) rounds, and closed rounds newest first, a page at a time. */
export async function listPulseRounds(viewer: Viewer, pageNo: number, now: Date = new Date()) {
  const [current, total, closed] = await Promise.all([
    db.pulseRound.findMany({
      where: { closesAt: { gt: now } },
      orderBy: [{ opensAt: "asc" }, { id: "asc" }],
      take: 50,
      select: roundSelect,
    }),
    db.pulseRound.count({ where: { closesAt: { lte: now } } }),
    db.pulseRound.findMany({
      where: { closesAt: { lte: now } },
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      skip: (pageNo - 1) * ROUNDS_PER_PAGE,
      take: ROUNDS_PER_PAGE,
      select: roundSelect,
    }),
  ]);
  const ids = [...current, ...closed].map((r) => r.id);
  const rates = seesResults(viewer.roles);
  const [counts, mine] = await Promise.all([
    rates
      ? db.pulseParticipation.groupBy({
          by: ["roundId"],
          where: { roundId: { in: ids } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    ids.length
      ? db.pulseParticipation.findMany({
          where: ownParticipations(viewer.id, ids),
          select: { roundId: true },
        })
      : Promise.resolve([]),
  ]);
  const countOf = new Map(counts.map((c) => [c.roundId, c._count._all]));
  const answered = new Set(mine.map((m) => m.roundId));
  const shape = (r: (typeof current)[number]) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    questions: r._count.questions,
    status: roundStatus(r, now),
    answered: answered.has(r.id),
    responses: rates ? (countOf.get(r.id) ?? 0) : null,
    eligible: r.eligibleCount,
    rate: rates ? responseRate(countOf.get(r.id) ?? 0, r.eligibleCount) : null,
  });
  return {
    current: current.map(shape),
    closed: closed.map(shape),
    total,
    pages: Math.max(1, Math.ceil(total / ROUNDS_PER_PAGE)),
  };
}

/** For the home page's 待办: open rounds without this person's participation token. */
export async function countOpenRoundsNotAnswered(
  userId: string,
  now: Date = new Date(),
): Promise<number> {
  const open = await db.pulseRound.findMany({
    where: { opensAt: { lte: now }, closesAt: { gt: now } },
    select: { id: true },
  });
  if (open.length === 0) return 0;
  const answered = await db.pulseParticipation.count({
    where: ownParticipations(
      userId,
      open.map((r) => r.id),
    ),
  });
  return open.length - answered;
}

/** For the dashboard: releases those of these rounds that are closed and still sealed (one query when none is). */
export async function releaseClosedRounds(
  roundIds: readonly string[],
  now: Date = new Date(),
): Promise<void> {
  await ensureReleased(db, dbProvider, roundIds, now);
}

/** A round with its questions and whether the viewer has answered it, or null (→ 404). */
export async function getRoundForAnswer(viewer: Viewer, id: string, now: Date = new Date()) {
  const r = await db.pulseRound.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      opensAt: true,
      closesAt: true,
      allowComment: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
    },
  });
  if (!r) return null;
  const answered =
    (await db.pulseParticipation.count({ where: ownParticipations(viewer.id, [r.id]) })) > 0;
  return { ...r, status: roundStatus(r, now), answered };
}

/**
 * The results of one round for 政治处 and 院领导, or null (→ 404). Every
 * figure is aggregated in the database per cell (department group × age
 * layer); maskGroups decides which groups are shown. Audited as a read.
 */
export async function getRoundResults(
  viewer: Viewer,
  id: string,
  ip: string,
  commentPage = 1,
  now: Date = new Date(),
) {
  if (!seesResults(viewer.roles)) return null;
  const round = await db.pulseRound.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      opensAt: true,
      closesAt: true,
      eligibleCount: true,
      allowComment: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
    },
  });
  await auditRead(viewer, {
    action: "pulse.results.read",
    objectType: "PulseRound",
    objectId: id,
    found: !!round,
    ip,
  });
  if (!round) return null;
  const responses = await db.pulseParticipation.count({ where: { roundId: id } });
  const base = {
    round,
    status: roundStatus(round, now),
    responses,
    rate: responseRate(responses, round.eligibleCount),
  };
  if (base.status !== "CLOSED") return { ...base, results: null };
  // A closed round whose sealed pool has not been opened yet (by closing it or by the periodic job).
  await ensureReleased(db, dbProvider, [id], now);
  const groupSizes =
    (await db.pulseRound.findUnique({ where: { id }, select: { groupSizes: true } }))?.groupSizes ??
    null;

  const [cellRows, answerRows] = await Promise.all([
    db.pulseResponse.groupBy({
      by: ["departmentId", "ageLayer"],
      where: { roundId: id },
      _count: { _all: true },
    }),
    db.$queryRaw<
      {
        departmentId: string | null;
        ageLayer: string | null;
        questionId: string;
        value: number | bigint;
        n: number | bigint;
      }[]
    >`
      SELECT r."departmentId" AS "departmentId", r."ageLayer" AS "ageLayer", a."questionId" AS "questionId", a."value" AS "value", COUNT(*) AS "n"
      FROM "PulseAnswer" a JOIN "PulseResponse" r ON r."id" = a."responseId"
      WHERE r."roundId" = ${id}
      GROUP BY r."departmentId", r."ageLayer", a."questionId", a."value"`,
  ]);
  // null: released without an age layer (不分年龄层).
  const isLayer = (l: string | null): l is LayerKey =>
    l === null || (AGE_LAYERS as readonly string[]).includes(l);
  const cells: PulseCell[] = cellRows.flatMap((c) =>
    isLayer(c.ageLayer)
      ? [{ departmentId: c.departmentId, ageLayer: c.ageLayer, n: c._count._all }]
      : [],
  );
  const answers: AnswerCell[] = answerRows.flatMap((r) =>
    isLayer(r.ageLayer)
      ? [
          {
            departmentId: r.departmentId,
            ageLayer: r.ageLayer,
            questionId: r.questionId,
            value: Number(r.value),
            n: Number(r.n),
          },
        ]
      : [],
  );
  const masked = maskGroups(cells);
  const summary = summarise(
    masked,
    answers,
    round.questions.map((q) => q.id),
  );
  // Names of the departments shown on their own only; 其他部门 is not broken down.
  const deptIds = masked.departments.filter((g) => g.key !== OTHER_GROUP).map((g) => g.key);
  const names = new Map(
    (
      await db.department.findMany({
        where: { id: { in: deptIds } },
        select: { id: true, name: true },
      })
    ).map((d) => [d.id, d.name]),
  );

  // Comments only when the whole round may be shown; ordered by the random id, never by time.
  const commentWhere = { roundId: id, commentEnc: { not: null } };
  const [commentTotal, commentRows] = masked.showTotal
    ? await Promise.all([
        db.pulseResponse.count({ where: commentWhere }),
        db.pulseResponse.findMany({
          where: commentWhere,
          orderBy: { id: "asc" },
          skip: (commentPage - 1) * COMMENTS_PER_PAGE,
          take: COMMENTS_PER_PAGE,
          select: { commentEnc: true },
        }),
      ])
    : [0, []];
  const comments = commentRows.map((c) => decryptText(c.commentEnc!));
  return {
    ...base,
    results: {
      masked,
      ...summary,
      departmentNames: Object.fromEntries(names),
      departmentPopulations: groupPopulations(masked.departments, cells, groupSizes),
      comments,
      commentTotal,
      commentPages: Math.max(1, Math.ceil(commentTotal / COMMENTS_PER_PAGE)),
    },
  };
}
