// 征文 reads. The two exported for other domains (the honours wall, "my culture
// participation", appraisal) keep their signatures stable: listEssayAwards and
// essayParticipationOf.
import "server-only";

import { db } from "../../db";
import { awardLabel, type Award } from "./labels";

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
