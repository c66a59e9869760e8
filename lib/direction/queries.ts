// Reads of 党组引航. Goals, meetings and deployments are open to every business
// role (direction.read); what differs by viewer is who may post progress on
// which assignment and who sees the follow-ups opened from here, so every
// function takes the viewer. Narrow selects; overdue is derived from `now`.
import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { SessionUser } from "../auth/session";
import { can } from "../auth/permissions";
import { EXCLUSIVE_ROLES } from "../auth/roles";
import { canPostProgress, isOverdue, overdueCutoff, progressScopeWhere, summariseAssignments } from "./rules";
import { shanghaiYear, shanghaiYearRange } from "../dates";
import type { DeploymentListFilter, MeetingListFilter } from "./schemas";

export type Viewer = Pick<SessionUser, "id" | "departmentId" | "roles">;

export const MEETINGS_PER_PAGE = 10;
export const DEPLOYMENTS_PER_PAGE = 10;

const mayPostAny = (viewer: Viewer) => can(viewer.roles, "deployment.progress");

// ---- Years -----------------------------------------------------------------

/** Years that have anything to show, newest first, always including this year. */
export const listDirectionYears = cache(async (now: Date = new Date()): Promise<number[]> => {
  const [goals, meetings, deployments] = await Promise.all([
    db.goal.aggregate({ _min: { year: true }, _max: { year: true } }),
    db.meeting.aggregate({ _min: { heldAt: true }, _max: { heldAt: true } }),
    db.deploymentAssignment.aggregate({ _min: { dueDate: true }, _max: { dueDate: true } }),
  ]);
  const current = shanghaiYear(now);
  const lows = [goals._min.year, meetings._min.heldAt && shanghaiYear(meetings._min.heldAt), deployments._min.dueDate && shanghaiYear(deployments._min.dueDate)];
  const highs = [goals._max.year, meetings._max.heldAt && shanghaiYear(meetings._max.heldAt), deployments._max.dueDate && shanghaiYear(deployments._max.dueDate)];
  const from = Math.max(current - 10, Math.min(current, ...lows.filter((y): y is number => typeof y === "number")));
  const to = Math.min(current + 5, Math.max(current, ...highs.filter((y): y is number => typeof y === "number")));
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
});

// ---- Goals -----------------------------------------------------------------

export async function listGoals(year: number) {
  return db.goal.findMany({
    where: { year },
    orderBy: [{ createdAt: "asc" }],
    select: { id: true, year: true, title: true, description: true, status: true, _count: { select: { deployments: true } } },
  });
}

export async function getGoalForEdit(id: string) {
  return db.goal.findUnique({ where: { id }, select: { id: true, year: true, title: true, description: true, status: true } });
}

export async function listGoalOptions() {
  return db.goal.findMany({ orderBy: [{ year: "desc" }, { createdAt: "asc" }], take: 100, select: { id: true, year: true, title: true } });
}

// ---- Meetings --------------------------------------------------------------

const meetingListSelect = {
  id: true, type: true, title: true, heldAt: true,
  _count: { select: { attendees: true, deployments: true } },
} satisfies Prisma.MeetingSelect;

export async function listRecentMeetings(year: number, take = 5) {
  return db.meeting.findMany({ where: { heldAt: shanghaiYearRange(year) }, orderBy: { heldAt: "desc" }, take, select: meetingListSelect });
}

export async function listMeetings(filter: MeetingListFilter) {
  const where: Prisma.MeetingWhereInput = {
    ...(filter.year ? { heldAt: shanghaiYearRange(filter.year) } : {}),
    ...(filter.type ? { type: filter.type } : {}),
  };
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({ where, orderBy: [{ heldAt: "desc" }, { id: "asc" }], skip: (filter.page - 1) * MEETINGS_PER_PAGE, take: MEETINGS_PER_PAGE, select: meetingListSelect }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MEETINGS_PER_PAGE)), rows };
}

export async function listMeetingOptions() {
  return db.meeting.findMany({ orderBy: { heldAt: "desc" }, take: 100, select: { id: true, type: true, title: true, heldAt: true } });
}

export async function getMeeting(id: string, viewer: Viewer, now: Date = new Date()) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true, type: true, title: true, heldAt: true, minutes: true, decisions: true, updatedAt: true,
      createdBy: { select: { realName: true } },
      attendees: {
        select: { user: { select: { id: true, realName: true, position: true, department: { select: { id: true, name: true, sortOrder: true } } } } },
      },
      deployments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, assignments: { select: { dueDate: true, status: true } } },
      },
    },
  });
  if (!m) return null;
  const groups = new Map<string, { name: string; sortOrder: number; people: { id: string; realName: string; position: string }[] }>();
  for (const { user } of m.attendees) {
    const key = user.department?.id ?? "";
    const g = groups.get(key) ?? { name: user.department?.name ?? "未分配部门", sortOrder: user.department?.sortOrder ?? 9999, people: [] };
    g.people.push({ id: user.id, realName: user.realName, position: user.position });
    groups.set(key, g);
  }
  const followUps = await listFollowUpsFrom(viewer, "MEETING", id);
  return {
    ...m,
    attendeeCount: m.attendees.length,
    attendeeGroups: [...groups.values()].sort((a, b) => a.sortOrder - b.sortOrder),
    deployments: m.deployments.map((d) => ({ id: d.id, title: d.title, summary: summariseAssignments(d.assignments, now) })),
    followUps,
  };
}

export async function getMeetingForEdit(id: string) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: { id: true, type: true, title: true, heldAt: true, minutes: true, decisions: true, attendees: { select: { userId: true } } },
  });
  return m ? { ...m, attendeeIds: m.attendees.map((a) => a.userId) } : null;
}

// ---- People to pick ----------------------------------------------------------

/** Active business users by department, for the attendee picker and owner choice. */
export async function listDepartmentMembers() {
  return db.department.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true, name: true, headId: true,
      members: {
        where: { status: "ACTIVE", roles: { none: { role: { in: [...EXCLUSIVE_ROLES] } } } },
        orderBy: { employeeNo: "asc" },
        select: { id: true, realName: true, position: true },
      },
    },
  });
}

// ---- Deployments -----------------------------------------------------------

const assignmentSummarySelect = {
  id: true, dueDate: true, status: true, departmentId: true, ownerId: true,
  department: { select: { name: true, sortOrder: true } },
  owner: { select: { realName: true } },
} satisfies Prisma.DeploymentAssignmentSelect;

function deploymentWhere(filter: Pick<DeploymentListFilter, "year" | "state">, now: Date): Prisma.DeploymentWhereInput {
  const and: Prisma.DeploymentWhereInput[] = [];
  // A deployment belongs to a year when it was made then or anything in it falls due then.
  if (filter.year) {
    const range = shanghaiYearRange(filter.year);
    and.push({ OR: [{ createdAt: range }, { assignments: { some: { dueDate: range } } }] });
  }
  if (filter.state === "active") and.push({ assignments: { some: { status: { not: "DONE" } } } });
  if (filter.state === "overdue") and.push({ assignments: { some: { status: { not: "DONE" }, dueDate: { lt: overdueCutoff(now) } } } });
  if (filter.state === "done") and.push({ assignments: { some: {}, every: { status: "DONE" } } });
  return and.length ? { AND: and } : {};
}

export async function listDeployments(filter: DeploymentListFilter, viewer: Viewer, now: Date = new Date(), perPage = DEPLOYMENTS_PER_PAGE) {
  const where = deploymentWhere(filter, now);
  const [total, rows] = await Promise.all([
    db.deployment.count({ where }),
    db.deployment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * perPage,
      take: perPage,
      select: {
        id: true, title: true, createdAt: true,
        goal: { select: { id: true, title: true } },
        meeting: { select: { id: true, title: true, type: true } },
        assignments: { select: assignmentSummarySelect },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / perPage)),
    rows: rows.map((d) => ({
      ...d,
      summary: summariseAssignments(d.assignments, now),
      assignments: d.assignments
        .sort((a, b) => a.department.sortOrder - b.department.sortOrder)
        .map((a) => ({ id: a.id, department: a.department.name, owner: a.owner.realName, dueDate: a.dueDate, status: a.status, overdue: isOverdue(a, now), mine: canPostProgress(viewer, a) })),
    })),
  };
}

export async function getDeployment(id: string, viewer: Viewer, now: Date = new Date()) {
  const d = await db.deployment.findUnique({
    where: { id },
    select: {
      id: true, title: true, description: true, createdAt: true, updatedAt: true,
      createdBy: { select: { realName: true } },
      goal: { select: { id: true, title: true, year: true, status: true } },
      meeting: { select: { id: true, title: true, type: true, heldAt: true } },
      assignments: {
        select: {
          ...assignmentSummarySelect,
          owner: { select: { realName: true, position: true, status: true } },
          progress: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: { id: true, note: true, status: true, createdAt: true, author: { select: { realName: true } } },
          },
        },
      },
    },
  });
  if (!d) return null;
  const postAny = mayPostAny(viewer);
  const assignments = d.assignments
    .sort((a, b) => a.department.sortOrder - b.department.sortOrder)
    .map((a) => ({
      id: a.id,
      departmentId: a.departmentId,
      department: a.department.name,
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
      overdue: isOverdue(a, now),
      canPost: postAny && canPostProgress(viewer, a),
      progress: a.progress.map((p) => ({ id: p.id, note: p.note, status: p.status, createdAt: p.createdAt, author: p.author.realName })),
    }));
  const followUps = await listFollowUpsFrom(viewer, "DEPLOYMENT", id);
  return { ...d, assignments, summary: summariseAssignments(d.assignments, now), followUps };
}

export async function getDeploymentForEdit(id: string) {
  const d = await db.deployment.findUnique({
    where: { id },
    select: {
      id: true, title: true, description: true, goalId: true, meetingId: true,
      assignments: { orderBy: [{ department: { sortOrder: "asc" } }, { id: "asc" }], select: { departmentId: true, ownerId: true, dueDate: true, _count: { select: { progress: true } } } },
    },
  });
  return d;
}

/**
 * Assignments the viewer reports on: their department's, if they are its head
 * or liaison, and any they own. Unfinished first by due date, then the few
 * most recently finished.
 */
export async function listMyAssignments(viewer: Viewer, now: Date = new Date()) {
  if (!mayPostAny(viewer)) return { active: [], done: [] };
  const scope = progressScopeWhere(viewer);
  const select = {
    id: true, dueDate: true, status: true, departmentId: true, ownerId: true,
    department: { select: { name: true } },
    owner: { select: { realName: true } },
    deployment: { select: { id: true, title: true } },
    progress: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { note: true, createdAt: true, author: { select: { realName: true } } } },
  } satisfies Prisma.DeploymentAssignmentSelect;
  const [active, done] = await Promise.all([
    db.deploymentAssignment.findMany({ where: { AND: [scope, { status: { not: "DONE" } }] }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: 50, select }),
    db.deploymentAssignment.findMany({ where: { AND: [scope, { status: "DONE" }] }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 5, select }),
  ]);
  const shape = (a: (typeof active)[number]) => ({
    id: a.id,
    deploymentId: a.deployment.id,
    title: a.deployment.title,
    department: a.department.name,
    owner: a.owner.realName,
    dueDate: a.dueDate,
    status: a.status,
    overdue: isOverdue(a, now),
    latest: a.progress[0] ? { note: a.progress[0].note, createdAt: a.progress[0].createdAt, author: a.progress[0].author.realName } : null,
  });
  return { active: active.map(shape), done: done.map(shape) };
}

// ---- Follow-ups opened from a meeting or deployment -------------------------

/** Links to the 督办 board, for those who run it (followup.manage) only. */
async function listFollowUpsFrom(viewer: Viewer, sourceType: "MEETING" | "DEPLOYMENT", sourceId: string) {
  if (!can(viewer.roles, "followup.manage")) return [];
  return db.followUp.findMany({
    where: { sourceType, sourceId },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, status: true, department: { select: { name: true } } },
  });
}
