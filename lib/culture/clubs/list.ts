// The club list (社团) as people work with it (issue 15 item 5): one where
// (the keyword on the club's name and its officers' names) and one order
// (ending on the id), read a page at a time for the cards and page by page
// for the XLSX export, which therefore holds exactly the clubs, in the order,
// that the same viewer's page shows. Clubs are public within the 院; the only
// personal column is the viewer's own standing.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { db } from "../../db";
import type { Sort } from "../../list-sort";
import { clubVisibleTo } from "./access";
import type { ClubViewer } from "./queries";
import type { ClubListFilter, ClubSort } from "./schemas";

export const CLUBS_PER_PAGE = 20;

const activeOfficer = { role: "OFFICER", status: "ACTIVE" };

function clubListWhere(v: ClubViewer, f: ClubListFilter): Prisma.ClubWhereInput {
  return {
    AND: [
      clubVisibleTo(v),
      f.q
        ? {
            OR: [
              { name: { contains: f.q } },
              { members: { some: { ...activeOfficer, user: { realName: { contains: f.q } } } } },
            ],
          }
        : {},
    ],
  };
}

/** The sort in effect: a declared column, or the oldest club first. */
export function clubSortOf(f: ClubListFilter): Sort<ClubSort> {
  const key = f.sort ?? "foundedOn";
  return { key, dir: f.dir ?? "asc" };
}

function clubListOrder(f: ClubListFilter): Prisma.ClubOrderByWithRelationInput[] {
  const { key, dir } = clubSortOf(f);
  const first: Record<ClubSort, Prisma.ClubOrderByWithRelationInput> = {
    foundedOn: { foundedOn: dir },
    name: { name: dir },
    events: { events: { _count: dir } },
  };
  return [first[key], { foundedOn: "asc" }, { name: "asc" }, { id: "asc" }];
}

function readClubs(v: ClubViewer, where: Prisma.ClubWhereInput) {
  return async (orderBy: Prisma.ClubOrderByWithRelationInput[], skip: number, take: number) => {
    const clubs = await db.club.findMany({
      where,
      orderBy,
      skip,
      take,
      select: {
        id: true,
        name: true,
        foundedOn: true,
        charter: true,
        _count: { select: { members: { where: { status: "ACTIVE" } }, events: true } },
        members: {
          where: { OR: [activeOfficer, { userId: v.id }] },
          orderBy: [{ decidedAt: "asc" }, { userId: "asc" }],
          select: { userId: true, role: true, status: true, user: { select: { realName: true } } },
        },
      },
    });
    return clubs.map((c) => ({
      id: c.id,
      name: c.name,
      foundedOn: c.foundedOn,
      charter: c.charter,
      members: c._count.members,
      events: c._count.events,
      officers: c.members
        .filter((m) => m.role === "OFFICER" && m.status === "ACTIVE")
        .map((m) => m.user.realName),
      mine: c.members.find((m) => m.userId === v.id)?.status ?? null,
    }));
  };
}
export type ClubRow = Awaited<ReturnType<ReturnType<typeof readClubs>>>[number];

/** A page of the clubs, searched and sorted, with their active members, officers and the viewer's own standing. */
export async function listClubs(v: ClubViewer, f: ClubListFilter) {
  const where = clubListWhere(v, f);
  const total = await db.club.count({ where });
  const pages = Math.max(1, Math.ceil(total / CLUBS_PER_PAGE));
  const rows = await readClubs(v, where)(
    clubListOrder(f),
    (Math.min(f.page, pages) - 1) * CLUBS_PER_PAGE,
    CLUBS_PER_PAGE,
  );
  return { rows, total, pages };
}

/** Every club of the list as the viewer sees it, searched and sorted alike, page by page (the export). */
export function allClubRows(v: ClubViewer, f: ClubListFilter): AsyncGenerator<ClubRow[]> {
  const read = readClubs(v, clubListWhere(v, f));
  const orderBy = clubListOrder(f);
  return inPages((skip, take) => read(orderBy, skip, take));
}
