// 征文 reads. The two exported for other domains (the honours wall, "my culture
// participation", appraisal) keep their signatures stable: listEssayAwards and
// essayParticipationOf.
import "server-only";

import { db } from "../../db";
import { activeBusinessUser } from "../../people/active";
import { authorShownTo, entryVisibleWhere, ESSAY_ENTRY_OWNER, type EssayViewer } from "./access";
import { awardLabel, AWARDS, type Award } from "./labels";

export type EssayAward = {
  entryId: string;
  callId: string;
  callTitle: string;
  award: Award;
  awardLabel: string;
  authorId: string;
  authorName: string;
  departmentName: string | null;
  awardedAt: Date;
};

/** Published awards (only calls whose results are out), awarded in [from, to). */
export async function listEssayAwards({
  from,
  to,
}: {
  from: Date;
  to: Date;
}): Promise<EssayAward[]> {
  const rows = await db.essayEntry.findMany({
    where: {
      award: { not: null },
      awardedAt: { gte: from, lt: to },
      call: { resultsPublishedAt: { not: null } },
    },
    orderBy: [{ awardedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      award: true,
      awardedAt: true,
      call: { select: { id: true, title: true } },
      author: { select: { id: true, realName: true, department: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    entryId: r.id,
    callId: r.call.id,
    callTitle: r.call.title,
    award: r.award as Award,
    awardLabel: awardLabel(r.award),
    authorId: r.author.id,
    authorName: r.author.realName,
    departmentName: r.author.department?.name ?? null,
    awardedAt: r.awardedAt!,
  }));
}

export type EssayParticipation = {
  entryId: string;
  callId: string;
  callTitle: string;
  title: string;
  submittedAt: Date;
  /** Only once the call's results are published; null before or without an award. */
  award: Award | null;
  awardLabel: string;
};

/** A person's entries, newest first. Awards show only after the results are published. */
export async function essayParticipationOf(userId: string): Promise<EssayParticipation[]> {
  const rows = await db.essayEntry.findMany({
    where: { authorId: userId },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      submittedAt: true,
      award: true,
      call: { select: { id: true, title: true, resultsPublishedAt: true } },
    },
  });
  return rows.map((r) => {
    const award = r.call.resultsPublishedAt && r.award ? (r.award as Award) : null;
    return {
      entryId: r.id,
      callId: r.call.id,
      callTitle: r.call.title,
      title: r.title,
      submittedAt: r.submittedAt,
      award,
      awardLabel: awardLabel(award),
    };
  });
}

// ---- Pages ----------------------------------------------------------------

// The call list (征文征言): ./call-list.ts.
export { allCallRows, CALLS_PER_PAGE, callSortOf, listCalls, type CallRow } from "./call-list";

/** A call with its rubric, judges and column; null when there is none. Calls are open to the 院. */
export async function getCall(id: string) {
  const [call, scores] = await Promise.all([
    db.essayCall.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        theme: true,
        rules: true,
        opensAt: true,
        closesAt: true,
        resultsPublishedAt: true,
        createdAt: true,
        columnId: true,
        column: { select: { name: true, slug: true } },
        createdBy: { select: { realName: true } },
        criteria: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        judges: {
          orderBy: { user: { employeeNo: "asc" } },
          select: { user: { select: { id: true, realName: true } } },
        },
        _count: { select: { entries: true } },
      },
    }),
    db.essayScore.count({ where: { criterion: { callId: id } } }),
  ]);
  return call ? { ...call, scored: scores > 0 } : null;
}
export type CallDetail = NonNullable<Awaited<ReturnType<typeof getCall>>>;

/** The viewer's own entry in a call, with its file. */
export async function myEntry(v: EssayViewer, callId: string) {
  const e = await db.essayEntry.findUnique({
    where: { callId_authorId: { callId, authorId: v.id } },
    select: {
      id: true,
      title: true,
      body: true,
      submittedAt: true,
      updatedAt: true,
      award: true,
    },
  });
  if (!e) return null;
  const files = await entryFiles(e.id);
  return { ...e, files };
}

export async function entryFiles(entryId: string) {
  return db.attachment.findMany({
    where: { ownerType: ESSAY_ENTRY_OWNER, ownerId: entryId },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, size: true },
  });
}

/** The winners of a published call, by award then name; [] before publication. */
export async function listWinners(callId: string) {
  const rows = await db.essayEntry.findMany({
    where: { callId, award: { not: null }, call: { resultsPublishedAt: { not: null } } },
    select: {
      id: true,
      title: true,
      award: true,
      articleId: true,
      article: { select: { column: { select: { slug: true } } } },
      author: { select: { realName: true, department: { select: { name: true } } } },
    },
  });
  const order = (a: string | null) => AWARDS.indexOf(a as Award);
  return rows
    .sort(
      (a, b) =>
        order(a.award) - order(b.award) ||
        a.author.realName.localeCompare(b.author.realName, "zh-CN"),
    )
    .map((r) => ({
      id: r.id,
      title: r.title,
      award: r.award as Award,
      authorName: r.author.realName,
      departmentName: r.author.department?.name ?? "",
      articleHref:
        r.articleId && r.article ? `/columns/${r.article.column.slug}/${r.articleId}` : null,
    }));
}

/** Active staff by department, for the judge picker. */
export async function listJudgeCandidates() {
  return db.department.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      members: {
        where: activeBusinessUser,
        orderBy: { employeeNo: "asc" },
        select: { id: true, realName: true, position: true },
      },
    },
  });
}

export async function listColumnChoices() {
  return db.column.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/**
 * The entries the viewer may open (entryVisibleWhere) whose title holds `q`,
 * newest first: the global search. Judging stays blind: the author is named
 * only where authorShownTo holds (or it is the viewer's own entry), and the
 * keyword matches titles only, never an author.
 */
export async function searchEntries(v: EssayViewer, q: string, take: number, now = new Date()) {
  const where = { AND: [entryVisibleWhere(v, now), { title: { contains: q } }] };
  const [total, rows] = await Promise.all([
    db.essayEntry.count({ where }),
    db.essayEntry.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        title: true,
        award: true,
        submittedAt: true,
        authorId: true,
        author: { select: { realName: true } },
        call: { select: { id: true, title: true, resultsPublishedAt: true } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map(({ author, authorId, ...e }) => {
      const named = authorId === v.id || authorShownTo(v, e.call);
      return {
        ...e,
        authorName: named ? author.realName : null,
        // An award is the call's result: shown once the results are out.
        award: e.call.resultsPublishedAt ? e.award : null,
      };
    }),
  };
}
