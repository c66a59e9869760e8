// The 谈话计划 list (/talks/campaigns) as 政治处 and 院领导 see it: searched by
// title, filtered by scope, sorted through the URL, paginated for the page and
// streamed page by page for the XLSX export, which therefore holds exactly the
// rows — with the same coverage figures — the screen would.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../batches";
import { db } from "../db";
import { percent } from "../format";
import type { Sort } from "../list-sort";
import { coveredCounts } from "./coverage";
import type { CampaignListFilter, CampaignSort } from "./schemas";

export const CAMPAIGNS_PER_PAGE = 20;

/** The sort in effect: a declared column of the URL, else 开始日期 newest first (whatever ?dir= says). */
export function campaignSortOf(f: CampaignListFilter): Sort<CampaignSort> {
  if (!f.sort) return { key: "startsOn", dir: "desc" };
  return {
    key: f.sort,
    dir: f.dir ?? (f.sort === "startsOn" || f.sort === "endsOn" ? "desc" : "asc"),
  };
}

function campaignListWhere(f: CampaignListFilter): Prisma.TalkCampaignWhereInput {
  return {
    AND: [f.scopeType ? { scopeType: f.scopeType } : {}, f.q ? { title: { contains: f.q } } : {}],
  };
}

function campaignListOrder(f: CampaignListFilter): Prisma.TalkCampaignOrderByWithRelationInput[] {
  const { key, dir } = campaignSortOf(f);
  const first: Record<CampaignSort, Prisma.TalkCampaignOrderByWithRelationInput> = {
    title: { title: dir },
    scopeType: { scopeType: dir },
    startsOn: { startsOn: dir },
    endsOn: { endsOn: dir },
    members: { members: { _count: dir } },
  };
  return [first[key], { startsOn: "desc" }, { id: "asc" }];
}

/** A slice of the list, each campaign with its members, those covered and the rate. */
async function readCampaigns(f: CampaignListFilter, skip: number, take: number) {
  const campaigns = await db.talkCampaign.findMany({
    where: campaignListWhere(f),
    orderBy: campaignListOrder(f),
    skip,
    take,
    select: {
      id: true,
      title: true,
      scopeType: true,
      startsOn: true,
      endsOn: true,
      _count: { select: { members: true } },
    },
  });
  const coveredOf = await coveredCounts(db, campaigns);
  return campaigns.map((c) => {
    const covered = coveredOf.get(c.id) ?? 0;
    return {
      id: c.id,
      title: c.title,
      scopeType: c.scopeType,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      members: c._count.members,
      covered,
      percent: percent(covered, c._count.members),
    };
  });
}
export type CampaignRow = Awaited<ReturnType<typeof readCampaigns>>[number];

export async function listCampaignTable(f: CampaignListFilter) {
  const [total, rows] = await Promise.all([
    db.talkCampaign.count({ where: campaignListWhere(f) }),
    readCampaigns(f, (f.page - 1) * CAMPAIGNS_PER_PAGE, CAMPAIGNS_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / CAMPAIGNS_PER_PAGE)), rows };
}

/** Every row of the list, filtered and sorted alike, page by page (the export). */
export function allCampaignRows(f: CampaignListFilter): AsyncGenerator<CampaignRow[]> {
  return inPages((skip, take) => readCampaigns(f, skip, take), 200);
}
