// Reads shared by 党组引航's sub-features: the viewer type, the years with
// anything to show, the people to pick (attendees, owners), and the 督办
// follow-ups opened from a meeting or deployment. Goals, meetings and
// deployments are open to every business role (direction.read); what differs
// by viewer is who may post progress on which assignment and who sees the
// follow-ups opened from here, so the sub-features' reads take the viewer.
import "server-only";

import { cache } from "react";

import { can } from "../auth/permissions";
import { EXCLUSIVE_ROLES } from "../auth/roles";
import type { Viewer } from "../auth/session";
import { shanghaiYear } from "../dates";
import { db } from "../db";

export type { Viewer };

/** Years that have anything to show, newest first, always including this year. */
export const listDirectionYears = cache(async (now: Date = new Date()): Promise<number[]> => {
  const [goals, meetings, deployments] = await Promise.all([
    db.goal.aggregate({ _min: { year: true }, _max: { year: true } }),
    db.meeting.aggregate({ _min: { heldAt: true }, _max: { heldAt: true } }),
    db.deploymentAssignment.aggregate({ _min: { dueDate: true }, _max: { dueDate: true } }),
  ]);
  const current = shanghaiYear(now);
  const lows = [
    goals._min.year,
    meetings._min.heldAt && shanghaiYear(meetings._min.heldAt),
    deployments._min.dueDate && shanghaiYear(deployments._min.dueDate),
  ];
  const highs = [
    goals._max.year,
    meetings._max.heldAt && shanghaiYear(meetings._max.heldAt),
    deployments._max.dueDate && shanghaiYear(deployments._max.dueDate),
  ];
  const from = Math.max(
    current - 10,
    Math.min(current, ...lows.filter((y): y is number => typeof y === "number")),
  );
  const to = Math.min(
    current + 5,
    Math.max(current, ...highs.filter((y): y is number => typeof y === "number")),
  );
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
});

/** Active business users by department, for the attendee picker and owner choice. */
export async function listDepartmentMembers() {
  return db.department.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      headId: true,
      members: {
        where: { status: "ACTIVE", roles: { none: { role: { in: [...EXCLUSIVE_ROLES] } } } },
        orderBy: { employeeNo: "asc" },
        select: { id: true, realName: true, position: true },
      },
    },
  });
}

/** Links to the 督办 board, for those who run it (followup.manage) only. */
export async function listFollowUpsFrom(
  viewer: Viewer,
  sourceType: "MEETING" | "DEPLOYMENT",
  sourceId: string,
) {
  if (!can(viewer.roles, "followup.manage")) return [];
  return db.followUp.findMany({
    where: { sourceType, sourceId },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, status: true, department: { select: { name: true } } },
  });
}
