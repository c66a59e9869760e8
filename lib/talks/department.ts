// Talk-campaign coverage of one department's people, for the department
// dashboard (lib/department): counts only, never who is still to be talked to.
// Open campaigns and those ended in the last RECENT_DAYS, at most MAX_CAMPAIGNS,
// their member and covered counts grouped in two statements for all of them.
import "server-only";

import { DAY_MS } from "../dates";
import { db } from "../db";
import { percent } from "../format";
import { coveredCounts } from "./coverage";

const RECENT_DAYS = 90;
const MAX_CAMPAIGNS = 6;

export async function departmentCampaignCoverage(departmentId: string, now: Date = new Date()) {
  const inDepartment = { user: { departmentId } };
  const campaigns = await db.talkCampaign.findMany({
    where: {
      startsOn: { lte: now },
      endsOn: { gte: new Date(now.getTime() - RECENT_DAYS * DAY_MS) },
      members: { some: inDepartment },
    },
    orderBy: [{ endsOn: "desc" }, { id: "asc" }],
    take: MAX_CAMPAIGNS,
    select: { id: true, title: true, startsOn: true, endsOn: true },
  });
  const ids = campaigns.map((c) => c.id);
  const [memberRows, coveredOf] = await Promise.all([
    ids.length
      ? db.talkCampaignMember.groupBy({
          by: ["campaignId"],
          where: { campaignId: { in: ids }, ...inDepartment },
          _count: { _all: true },
        })
      : [],
    coveredCounts(db, campaigns, inDepartment),
  ]);
  const membersOf = new Map(memberRows.map((r) => [r.campaignId, r._count._all]));
  return campaigns.map((c) => {
    const members = membersOf.get(c.id) ?? 0;
    const covered = coveredOf.get(c.id) ?? 0;
    return {
      ...c,
      // endsOn is the last day of the window.
      open: c.endsOn.getTime() + DAY_MS > now.getTime(),
      members,
      covered,
      percent: percent(covered, members),
    };
  });
}
