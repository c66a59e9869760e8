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
