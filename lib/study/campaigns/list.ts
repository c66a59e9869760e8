// The 专题学习教育 list (/study/campaigns) as 政治处 and 院领导 see it:
// searched by title or creator, sorted through the URL, paginated for the page
// and streamed page by page for the XLSX export, which therefore holds exactly
// the rows — with the same activity counts and attendance — the screen would.
// Attendance is aggregated in the database (one groupBy for the whole page).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import { emptyTally, tallyBy } from "../activities/tally";
import type { StudyCampaignListFilter, StudyCampaignSort } from "./schemas";

export const CAMPAIGNS_PER_PAGE = 20;

/** The sort in effect: a declared column of the URL, else 开始日期 newest first (whatever ?dir= says). */
export function studyCampaignSortOf(f: StudyCampaignListFilter): Sort<StudyCampaignSort> {
  if (!f.sort) return { key: "startsOn", dir: "desc" };
  return {
    key: f.sort,
    dir: f.dir ?? (f.sort === "startsOn" || f.sort === "endsOn" ? "desc" : "asc"),
  };
}

function campaignListWhere(f: StudyCampaignListFilter): Prisma.StudyCampaignWhereInput {
  return f.q
    ? { OR: [{ title: { contains: f.q } }, { createdBy: { realName: { contains: f.q } } }] }
    : {};
}

function campaignListOrder(
  f: StudyCampaignListFilter,
): Prisma.StudyCampaignOrderByWithRelationInput[] {
  const { key, dir } = studyCampaignSortOf(f);
  const first: Record<StudyCampaignSort, Prisma.StudyCampaignOrderByWithRelationInput> = {
    title: { title: dir },
    createdBy: { createdBy: { realName: dir } },
    startsOn: { startsOn: dir },
    endsOn: { endsOn: dir },
    activities: { activities: { _count: dir } },
  };
  return [first[key], { startsOn: "desc" }, { id: "asc" }];
}

/** A slice of the list, each campaign with its activity count and attendance tally. */
async function readCampaigns(f: StudyCampaignListFilter, skip: number, take: number) {
  const campaigns = await db.studyCampaign.findMany({
    where: campaignListWhere(f),
    orderBy: campaignListOrder(f),
    skip,
    take,
    select: {
      id: true,
      title: true,
      startsOn: true,
      endsOn: true,
      createdBy: { select: { realName: true } },
      _count: { select: { activities: true } },
    },
  });
  const ids = campaigns.map((c) => c.id);
  const [activities, groups] = ids.length
    ? await Promise.all([
        db.studyActivity.findMany({
          where: { campaignId: { in: ids } },
          select: { id: true, campaignId: true },
        }),
        db.studyAttendance.groupBy({
          by: ["activityId", "status"],
          where: { activity: { campaignId: { in: ids } } },
          _count: { _all: true },
        }),
      ])
    : [[], []];
  const campaignOf = new Map(activities.map((a) => [a.id, a.campaignId ?? ""]));
  const tallies = tallyBy(
    groups.map((g) => ({ ...g, campaignId: campaignOf.get(g.activityId) ?? "" })),
    "campaignId",
  );
  return campaigns.map((c) => ({
    ...c,
    activities: c._count.activities,
    tally: tallies.get(c.id) ?? emptyTally(),
  }));
}
export type StudyCampaignRow = Awaited<ReturnType<typeof readCampaigns>>[number];

export async function listStudyCampaigns(f: StudyCampaignListFilter) {
  const [total, rows] = await Promise.all([
    db.studyCampaign.count({ where: campaignListWhere(f) }),
    readCampaigns(f, (f.page - 1) * CAMPAIGNS_PER_PAGE, CAMPAIGNS_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / CAMPAIGNS_PER_PAGE)), rows };
}

/** Every row of the list, filtered and sorted alike, page by page (the export). */
export function allStudyCampaignRows(
  f: StudyCampaignListFilter,
): AsyncGenerator<StudyCampaignRow[]> {
  return inPages((skip, take) => readCampaigns(f, skip, take), 200);
}
