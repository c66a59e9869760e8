// The member table of one 谈话计划 (/talks/campaigns/[id]), for 政治处 and
// 院领导 as the page is: each member with department, position, interviewer
// and whether they are covered (已谈/未谈) — never a talk's date, occasion or
// notes. One where (the campaign, a keyword in the name or department, the
// state) and one order (ending on the user id, unique within the campaign),
// read a page at a time for the screen and page by page for the XLSX export,
// which therefore holds exactly the rows the screen would.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import { coveredMemberWhere } from "./coverage";
import type { CampaignMemberFilter, MemberSort } from "./schemas";

export const MEMBERS_PER_PAGE = 30;

type Campaign = { id: string; title: string; startsOn: Date; endsOn: Date };

/** Who has the campaign's page: 政治处 (talk.campaign) and 院领导 (talk.campaignRead). */
export const seesCampaigns = (roles: Viewer["roles"]) =>
  can(roles, "talk.campaign") || can(roles, "talk.campaignRead");

/** The campaign, if the viewer may read it; null → 404. */
export async function campaignForMembers(v: Pick<Viewer, "roles">, id: string) {
  if (!seesCampaigns(v.roles)) return null;
  return db.talkCampaign.findUnique({
    where: { id },
    select: { id: true, title: true, startsOn: true, endsOn: true },
  });
}

/** The sort in effect: a declared column of the URL, else by department (then 工号), whatever ?dir= says. */
export function memberSortOf(f: CampaignMemberFilter): Sort<MemberSort> {
  return f.sort ? { key: f.sort, dir: f.dir ?? "asc" } : { key: "department", dir: "asc" };
}

function memberWhere(c: Campaign, f: CampaignMemberFilter): Prisma.TalkCampaignMemberWhereInput {
  const covered = coveredMemberWhere(c).user!;
  return {
    campaignId: c.id,
    AND: [
      f.q
        ? {
            OR: [
              { user: { realName: { contains: f.q } } },
              { user: { department: { name: { contains: f.q } } } },
            ],
          }
        : {},
      f.state === "covered" ? { user: covered } : {},
      f.state === "pending" ? { NOT: { user: covered } } : {},
    ],
  };
}

function memberOrder(f: CampaignMemberFilter): Prisma.TalkCampaignMemberOrderByWithRelationInput[] {
  const { key, dir } = memberSortOf(f);
  const first: Record<MemberSort, Prisma.TalkCampaignMemberOrderByWithRelationInput> = {
    name: { user: { realName: dir } },
    department: { user: { department: { sortOrder: dir } } },
    position: { user: { position: dir } },
    interviewer: { interviewer: { realName: dir } },
  };
  return [
    first[key],
    { user: { department: { sortOrder: "asc" } } },
    { user: { employeeNo: "asc" } },
    { userId: "asc" },
  ];
}

/** A slice of the table, each member marked covered or not. */
async function readMembers(c: Campaign, f: CampaignMemberFilter, skip: number, take: number) {
  const rows = await db.talkCampaignMember.findMany({
    where: memberWhere(c, f),
    orderBy: memberOrder(f),
    skip,
    take,
    select: {
      userId: true,
      interviewer: { select: { realName: true } },
      user: { select: { realName: true, position: true, department: { select: { name: true } } } },
    },
  });
  const done = await db.talkCampaignMember.findMany({
    where: { AND: [coveredMemberWhere(c), { userId: { in: rows.map((r) => r.userId) } }] },
    select: { userId: true },
  });
  const covered = new Set(done.map((d) => d.userId));
  return rows.map((r) => ({
    userId: r.userId,
    realName: r.user.realName,
    position: r.user.position,
    department: r.user.department?.name ?? null,
    interviewer: r.interviewer?.realName ?? null,
    covered: covered.has(r.userId),
  }));
}
export type MemberRow = Awaited<ReturnType<typeof readMembers>>[number];

export async function listCampaignMembers(c: Campaign, f: CampaignMemberFilter) {
  const [total, rows] = await Promise.all([
    db.talkCampaignMember.count({ where: memberWhere(c, f) }),
    readMembers(c, f, (f.page - 1) * MEMBERS_PER_PAGE, MEMBERS_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MEMBERS_PER_PAGE)), rows };
}

/** Every row of the table, filtered and sorted alike, page by page (the export). */
export function allCampaignMembers(
  c: Campaign,
  f: CampaignMemberFilter,
): AsyncGenerator<MemberRow[]> {
  return inPages((skip, take) => readMembers(c, f, skip, take), 300);
}
