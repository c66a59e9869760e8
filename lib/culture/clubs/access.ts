// Who may act on a club: its officers (ClubMember role OFFICER, status
// ACTIVE) approve join requests, organise club events, record their
// attendance and keep the club log. An object-level check, not a role:
// 政治处 creates clubs and appoints officers, but is not an officer itself.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { Role } from "../../auth/roles";
import type { Tx } from "../../db";
import { ForbiddenError, NotFoundError } from "../../errors";
import { CLUB_MESSAGES } from "./schemas";

export async function isClubOfficer(tx: Tx, userId: string, clubId: string): Promise<boolean> {
  const m = await tx.clubMember.findUnique({
    where: { clubId_userId: { clubId, userId } },
    select: { role: true, status: true },
  });
  return m?.role === "OFFICER" && m.status === "ACTIVE";
}

export async function isActiveMember(tx: Tx, userId: string, clubId: string): Promise<boolean> {
  const m = await tx.clubMember.findUnique({
    where: { clubId_userId: { clubId, userId } },
    select: { status: true },
  });
  return m?.status === "ACTIVE";
}

/** The club, when the user is one of its officers; not found / forbidden otherwise. */
export async function assertClubOfficer(tx: Tx, userId: string, clubId: string) {
  const club = await tx.club.findUnique({
    where: { id: clubId },
    select: { id: true, name: true },
  });
  if (!club) throw new NotFoundError();
  if (!(await isClubOfficer(tx, userId, clubId)))
    throw new ForbiddenError(CLUB_MESSAGES.notOfficer);
  return club;
}

/** Clubs are public within the 院: every club for culture.participate or culture.manage, none otherwise. */
export function clubVisibleTo(v: { roles: readonly Role[] }): Prisma.ClubWhereInput {
  return can(v.roles, "culture.participate") || can(v.roles, "culture.manage")
    ? {}
    : { id: "__none__" };
}
