// What the appraisal counts from 谈话计划 (issue 14): the members of every
// campaign whose window overlaps [from, to), who their interviewer is, and
// whether each is covered, by the same rule as the campaign's own coverage
// (coveredMemberWhere). The appraisal sums them per interviewer and per
// department. Only ids: no talk content is read.
import "server-only";

import { inSlices } from "../../batches";
import { db } from "../../db";
import { idHead, type RecordReader, type RecordRow } from "../../record-rows";
import { coveredMemberWhere } from "../coverage";

export type CampaignMemberFact = {
  campaignId: string;
  userId: string;
  interviewerId: string | null;
  covered: boolean;
};

/** Members of overlapping campaigns who are among `userIds` or are interviewed by one of them. */
export async function talkCoverageFacts(q: {
  userIds: readonly string[];
  from: Date;
  to: Date;
}): Promise<CampaignMemberFact[]> {
  if (q.userIds.length === 0) return [];
  const campaigns = await db.talkCampaign.findMany({
    where: { startsOn: { lt: q.to }, endsOn: { gte: q.from } },
    select: { id: true, startsOn: true, endsOn: true },
    orderBy: { startsOn: "asc" },
  });
  const facts = await Promise.all(
    campaigns.map(async (c) => {
      // In slices of people (SQLite's parameter limit); a member may appear in two slices
      // (as member of one, interviewed by another), so keep each once.
      const rows = await inSlices(
        q.userIds,
        async (people) => {
          const scope = { OR: [{ userId: { in: people } }, { interviewerId: { in: people } }] };
          const [members, covered] = await Promise.all([
            db.talkCampaignMember.findMany({
              where: { campaignId: c.id, ...scope },
              select: { userId: true, interviewerId: true },
              orderBy: { userId: "asc" },
            }),
            db.talkCampaignMember.findMany({
              where: { AND: [coveredMemberWhere(c), scope] },
              select: { userId: true },
            }),
          ]);
          const done = new Set(covered.map((m) => m.userId));
          return members.map((m) => ({ campaignId: c.id, ...m, covered: done.has(m.userId) }));
        },
        150,
      );
      return [...new Map(rows.map((r) => [r.userId, r])).values()];
    }),
  );
  return facts.flat();
}

/**
 * The evidence page's line for each campaign member ("campaignId:userId"),
 * linking to the campaign. 谈心谈话 stays with its interviewer: the rows open
 * on the person's own sheet only; other readers get them counted.
 */
export async function describeForAppraisal(
  ids: readonly string[],
  reader: RecordReader,
): Promise<RecordRow[]> {
  if (!reader.own) return [];
  return ids.map((id) => ({
    id,
    text: `谈话计划对象 ${idHead(id).slice(-8)}`,
    href: `/talks/campaigns/${idHead(id)}`,
  }));
}
