// 社团 reads. Clubs are public within the 院: every business user sees the
// list, a club's charter, officers, members, events and log. Pending and
// rejected requests are shown only to the club's officers, 政治处 and the
// requester themself.
import "server-only";

import type { Viewer } from "../../auth/session";
import { db } from "../../db";

export type ClubMembershipSummary = {
  clubId: string;
  clubName: string;
  role: "MEMBER" | "OFFICER";
  /** When the membership was approved (or, for the first officers, appointed). */
  since: Date | null;
};

/**
 * A person's active club memberships with their role, for the person's own
 * page and the appraisal (stable signature: the lead's culture hub uses it).
 */
export async function clubMembershipsOf(userId: string): Promise<ClubMembershipSummary[]> {
  const rows = await db.clubMember.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: [{ decidedAt: "asc" }, { clubId: "asc" }],
    select: { clubId: true, role: true, decidedAt: true, club: { select: { name: true } } },
  });
  return rows.map((r) => ({
    clubId: r.clubId,
    clubName: r.club.name,
    role: r.role === "OFFICER" ? "OFFICER" : "MEMBER",
    since: r.decidedAt,
  }));
}

export type ClubViewer = Pick<Viewer, "id" | "roles">;

export { CLUBS_PER_PAGE, clubSortOf, listClubs, type ClubRow } from "./list";

export const MEMBERS_PER_PAGE = 30;
export const LOGS_PER_PAGE = 10;

const person = {
  userId: true,
  role: true,
  requestedAt: true,
  decidedAt: true,
  user: {
    select: { realName: true, position: true, department: { select: { name: true } } },
  },
} as const;

/**
 * A club's page: charter, officers, active members (paged), the log (paged),
 * the viewer's own membership, and, for its officers, the pending requests.
 */
export async function getClub(
  viewer: ClubViewer,
  id: string,
  filter: { page: number; logPage: number },
) {
  const club = await db.club.findUnique({
    where: { id },
    select: { id: true, name: true, charter: true, foundedOn: true },
  });
  if (!club) return null;
  const mine = await db.clubMember.findUnique({
    where: { clubId_userId: { clubId: id, userId: viewer.id } },
    select: { role: true, status: true },
  });
  const officer = mine?.role === "OFFICER" && mine.status === "ACTIVE";
  const active = { clubId: id, status: "ACTIVE" };
  const [officers, memberTotal, logTotal, pending] = await Promise.all([
    db.clubMember.findMany({
      where: { ...active, role: "OFFICER" },
      orderBy: { decidedAt: "asc" },
      select: person,
    }),
    db.clubMember.count({ where: active }),
    db.clubLog.count({ where: { clubId: id } }),
    officer
      ? db.clubMember.findMany({
          where: { clubId: id, status: "PENDING" },
          orderBy: { requestedAt: "asc" },
          select: person,
        })
      : Promise.resolve([]),
  ]);
  const memberPages = Math.max(1, Math.ceil(memberTotal / MEMBERS_PER_PAGE));
  const logPages = Math.max(1, Math.ceil(logTotal / LOGS_PER_PAGE));
  const [members, logs] = await Promise.all([
    db.clubMember.findMany({
      where: active,
      orderBy: [{ decidedAt: "asc" }, { userId: "asc" }],
      skip: (Math.min(filter.page, memberPages) - 1) * MEMBERS_PER_PAGE,
      take: MEMBERS_PER_PAGE,
      select: person,
    }),
    db.clubLog.findMany({
      where: { clubId: id },
      orderBy: [{ loggedOn: "desc" }, { createdAt: "desc" }],
      skip: (Math.min(filter.logPage, logPages) - 1) * LOGS_PER_PAGE,
      take: LOGS_PER_PAGE,
      select: { id: true, loggedOn: true, body: true, author: { select: { realName: true } } },
    }),
  ]);
  const flat = (m: (typeof members)[number]) => ({
    userId: m.userId,
    role: m.role,
    realName: m.user.realName,
    position: m.user.position,
    department: m.user.department?.name ?? "未分配部门",
    requestedAt: m.requestedAt,
    since: m.decidedAt,
  });
  return {
    ...club,
    mine: mine ? { role: mine.role, status: mine.status } : null,
    officer,
    officers: officers.map(flat),
    members: { rows: members.map(flat), total: memberTotal, pages: memberPages },
    logs: {
      rows: logs.map((l) => ({ ...l, author: l.author.realName })),
      total: logTotal,
      pages: logPages,
    },
    pending: pending.map(flat),
  };
}
export type ClubDetail = NonNullable<Awaited<ReturnType<typeof getClub>>>;
