// 征文 judging reads: the board of a call's entries (numbers, totals, ranks,
// the viewer's own progress) and one entry as its judge sees it. Entries are
// numbered by submission (1, 2, …), which does not change once the window
// closes. A judge who is not 政治处 sees numbers, not names, until the results
// are published (access.ts, authorShownTo).
import "server-only";

import { pageOf } from "../../batches";
import { db } from "../../db";
import { authorShownTo, findVisibleEntry, managesEssays, type EssayViewer } from "./access";
import { searchAndSortBoard } from "./board-list";
import { entryFiles } from "./queries";
import type { EntryBoardFilter } from "./schemas";
import { entryTotals, rankEntries } from "./scoring";

export const BOARD_PER_PAGE = 20;

/** How the viewer takes part in judging a call: 政治处, a named judge once it closed, or not at all. */
export async function judgingRole(
  v: EssayViewer,
  call: { id: string; closesAt: Date },
  now = new Date(),
): Promise<"MANAGER" | "JUDGE" | null> {
  if (managesEssays(v)) return "MANAGER";
  if (now < call.closesAt) return null;
  const j = await db.essayJudge.findUnique({
    where: { callId_userId: { callId: call.id, userId: v.id } },
    select: { userId: true },
  });
  return j ? "JUDGE" : null;
}

/** Every entry of a call with its number, total and rank (computed over the whole call). */
async function rankedEntries(callId: string) {
  const [entries, criteria, scores] = await Promise.all([
    db.essayEntry.findMany({
      where: { callId },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        award: true,
        authorId: true,
        articleId: true,
        author: { select: { realName: true, department: { select: { name: true } } } },
      },
    }),
    db.essayCriterion.findMany({ where: { callId }, select: { id: true } }),
    db.essayScore.findMany({
      where: { entry: { callId } },
      select: { entryId: true, judgeId: true, criterionId: true, score: true },
    }),
  ]);
  const ranked = new Map(
    rankEntries(
      entryTotals(
        entries.map((e) => e.id),
        criteria.map((c) => c.id),
        scores,
      ),
    ).map((r) => [r.entryId, r]),
  );
  return { entries, criteria, scores, ranked };
}

/**
 * Every row of a call's judging board as the viewer sees it — searched and
 * sorted by the filter (board-list.ts) — with the viewer's role, whether the
 * authors are shown, and their progress over the whole call; null when the
 * viewer does not judge it.
 */
export async function boardOf(
  v: EssayViewer,
  call: { id: string; closesAt: Date; resultsPublishedAt: Date | null },
  f: EntryBoardFilter,
) {
  const role = await judgingRole(v, call);
  if (!role) return null;
  const { entries, criteria, scores, ranked } = await rankedEntries(call.id);
  const named = authorShownTo(v, call);
  const mine = new Set(scores.filter((s) => s.judgeId === v.id).map((s) => s.entryId));
  const myCount = (id: string) =>
    scores.filter((s) => s.judgeId === v.id && s.entryId === id).length;
  const rows = entries.map((e, i) => {
    const r = ranked.get(e.id)!;
    return {
      id: e.id,
      no: i + 1,
      title: e.title,
      authorName: named ? e.author.realName : null,
      departmentName: named ? (e.author.department?.name ?? "") : null,
      award: e.award,
      published: e.articleId !== null,
      totalCenti: r.totalCenti,
      rank: r.rank,
      sheets: r.sheets,
      mySheet:
        e.authorId === v.id
          ? ("OWN" as const)
          : mine.has(e.id) && myCount(e.id) >= criteria.length
            ? ("DONE" as const)
            : ("TODO" as const),
    };
  });
  const done = rows.filter((r) => r.mySheet === "DONE").length;
  const todo = rows.filter((r) => r.mySheet === "TODO").length;
  return { role, named, progress: { done, todo }, rows: searchAndSortBoard(rows, f, named) };
}
export type BoardRow = NonNullable<Awaited<ReturnType<typeof boardOf>>>["rows"][number];

/** The judging board of a call, one page of the filtered, sorted rows; null when the viewer does not judge it. */
export async function judgingBoard(
  v: EssayViewer,
  call: { id: string; closesAt: Date; resultsPublishedAt: Date | null },
  f: EntryBoardFilter,
) {
  const board = await boardOf(v, call, f);
  if (!board) return null;
  const { rows, ...rest } = board;
  const { total, pages, rows: shown } = pageOf(rows, f.page, BOARD_PER_PAGE);
  return { ...rest, total, pages, rows: shown };
}

/**
 * One entry as the viewer may see it: its text and file, the viewer's own
 * sheet, and for 政治处 every judge's total. Null when it is not visible.
 */
export async function getEntry(v: EssayViewer, entryId: string) {
  const visible = await findVisibleEntry(v, entryId);
  if (!visible) return null;
  const e = await db.essayEntry.findUniqueOrThrow({
    where: { id: visible.id },
    select: {
      id: true,
      title: true,
      body: true,
      award: true,
      authorId: true,
      articleId: true,
      article: { select: { column: { select: { slug: true } } } },
      submittedAt: true,
      updatedAt: true,
      author: { select: { realName: true, department: { select: { name: true } } } },
      call: {
        select: {
          id: true,
          title: true,
          closesAt: true,
          resultsPublishedAt: true,
          columnId: true,
          criteria: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        },
      },
    },
  });
  const role = await judgingRole(v, e.call);
  const board = role ? await rankedEntries(e.call.id) : null;
  const no = board ? board.entries.findIndex((x) => x.id === e.id) + 1 : null;
  const my = board?.scores.filter((s) => s.entryId === e.id && s.judgeId === v.id) ?? [];
  const sheets = role === "MANAGER" ? await judgeSheets(e.id, e.call.criteria.length) : [];
  const named = authorShownTo(v, e.call) || e.authorId === v.id;
  return {
    id: e.id,
    no,
    title: e.title,
    body: e.body,
    award: e.award,
    own: e.authorId === v.id,
    authorName: named ? e.author.realName : null,
    departmentName: named ? (e.author.department?.name ?? "") : null,
    submittedAt: e.submittedAt,
    updatedAt: e.updatedAt,
    articleHref:
      e.articleId && e.article ? `/columns/${e.article.column.slug}/${e.articleId}` : null,
    call: e.call,
    role,
    myScores: Object.fromEntries(my.map((s) => [s.criterionId, s.score])),
    ranked: board?.ranked.get(e.id) ?? null,
    sheets,
    files: await entryFiles(e.id),
  };
}

/** Each judge's total on an entry (complete sheets only), for 政治处. */
async function judgeSheets(entryId: string, criteria: number) {
  const rows = await db.essayScore.groupBy({
    by: ["judgeId"],
    where: { entryId },
    _sum: { score: true },
    _count: { _all: true },
  });
  const people = await db.user.findMany({
    where: { id: { in: rows.map((r) => r.judgeId) } },
    select: { id: true, realName: true },
  });
  return rows
    .map((r) => ({
      judgeName: people.find((p) => p.id === r.judgeId)?.realName ?? "",
      total: r._sum.score ?? 0,
      complete: r._count._all >= criteria,
    }))
    .sort((a, b) => a.judgeName.localeCompare(b.judgeName, "zh-CN"));
}
