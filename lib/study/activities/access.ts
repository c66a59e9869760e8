// Who sees a study activity and who may record it. An activity is visible to
// its expected attendees, its organiser, 政治处 (study.manage), 院领导
// (study.rankings), and the head of a department with expected attendees.
// Anyone else gets the same answer as for an id that does not exist.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { Role } from "../../auth/roles";
import type { Viewer } from "../../auth/session";
import { db, type Tx } from "../../db";

/** Attachment.ownerType of an activity's materials. */
export const ACTIVITY_OWNER = "StudyActivity";

export type ActivityViewer = Pick<Viewer, "id" | "roles">;

export function managesActivities(roles: readonly Role[]): boolean {
  return can(roles, "study.manage");
}

export function seesAllActivities(roles: readonly Role[]): boolean {
  return can(roles, "study.manage") || can(roles, "study.rankings");
}

/**
 * The viewer may head a department (Department.headId decides which). Not a
 * permission: it widens the scope only to the people of the department they
 * head, and the DEPT_HEAD role follows that post.
 */
function mayHeadDepartment(v: ActivityViewer): boolean {
  return v.roles.includes("DEPT_HEAD");
}

export function activityVisibleWhere(v: ActivityViewer): Prisma.StudyActivityWhereInput {
  if (seesAllActivities(v.roles)) return {};
  if (!can(v.roles, "study.log")) return { id: "__none__" };
  const or: Prisma.StudyActivityWhereInput[] = [
    { organiserId: v.id },
    { attendance: { some: { userId: v.id } } },
  ];
  if (mayHeadDepartment(v))
    or.push({ attendance: { some: { user: { department: { headId: v.id } } } } });
  return { OR: or };
}

/** The activity if the viewer may see it; null otherwise (the caller answers 404). */
export async function findVisibleActivity(v: ActivityViewer, id: string, tx: Tx = db) {
  return tx.studyActivity.findFirst({
    where: { AND: [{ id }, activityVisibleWhere(v)] },
    select: { id: true, organiserId: true, title: true },
  });
}

/** The organiser and 政治处 record attendance and manage materials. */
export function mayRecord(v: ActivityViewer, activity: { organiserId: string }): boolean {
  return activity.organiserId === v.id || managesActivities(v.roles);
}

/**
 * The attendance rows a viewer may read: all of them for the organiser,
 * 政治处 and 院领导; a head's own department (and their own row); otherwise
 * only the viewer's own row.
 */
export function attendanceRowsWhere(
  v: ActivityViewer,
  activity: { id: string; organiserId: string },
): Prisma.StudyAttendanceWhereInput {
  if (seesAllActivities(v.roles) || activity.organiserId === v.id)
    return { activityId: activity.id };
  const or: Prisma.StudyAttendanceWhereInput[] = [{ userId: v.id }];
  if (mayHeadDepartment(v)) or.push({ user: { department: { headId: v.id } } });
  return { activityId: activity.id, OR: or };
}

/** Which of attendanceRowsWhere's scopes applies, for the page's heading. */
export function attendanceRowsScope(
  v: ActivityViewer,
  activity: { organiserId: string },
): "all" | "department" | "own" {
  if (seesAllActivities(v.roles) || activity.organiserId === v.id) return "all";
  return mayHeadDepartment(v) ? "department" : "own";
}
