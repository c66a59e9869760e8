// Talk-campaign coverage of one department's people, for the department
// dashboard (lib/department): counts only, never who is still to be talked to.
// Open campaigns and those ended in the last RECENT_DAYS, at most MAX_CAMPAIGNS,
// each with two counts in the database.
import "server-only";

import { DAY_MS } from "../dates";
import { db } from "../db";
import { percent } from "../format";
import { coveredMemberWhere } from "./coverage";

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
  return Promise.all(
    campaigns.map(async (c) => {
      const [members, covered] = await Promise.all([
        db.talkCampaignMember.count({ where: { campaignId: c.id, ...inDepartment } }),
        db.talkCampaignMember.count({ where: { AND: [coveredMemberWhere(c), inDepartment] } }),
      ]);
      return {
        ...c,
        // endsOn is the last day of the window.
        open: c.endsOn.getTime() + DAY_MS > now.getTime(),
        members,
        covered,
        percent: percent(covered, members),
      };
    }),
  );
}
