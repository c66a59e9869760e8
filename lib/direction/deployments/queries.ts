// 部署事项 reads, open to every business role (direction.read); what differs
// by viewer is who may post progress on which assignment, and who sees the
// follow-ups opened from here, so every function takes the viewer. Narrow
// selects; overdue is derived from `now`.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import { db } from "../../db";
import { listFollowUpsFrom, type Viewer } from "../queries";
import { canPostProgress, progressScopeWhere } from "./access";
import { assignmentSummarySelect } from "./list";
import { isOverdue, summariseAssignments } from "./rules";

// For the home page's 待办 count of assignments to carry out (lib/home/todos.ts).
export { progressScopeWhere };

// One department's assignments, for the department dashboard.
export { departmentAssignments } from "./department";

// The list, for the page and the 党组引航 overview.
export { DEPLOYMENTS_PER_PAGE, listDeployments } from "./list";

const mayPostAny = (viewer: Viewer) => can(viewer.roles, "deployment.progress");

export async function getDeployment(id: string, viewer: Viewer, now: Date = new Date()) {
  const d = await db.deployment.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { realName: true } },
      goal: { select: { id: true, title: true, year: true, status: true } },
      meeting: { select: { id: true, title: true, type: true, heldAt: true } },
      assignments: {
        select: {
          ...assignmentSummarySelect,
          owner: { select: { realName: true, position: true, status: true } },
          progress: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: {
              id: true,
              note: true,
              status: true,
              createdAt: true,
              author: { select: { realName: true } },
            },
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
      progress: a.progress.map((p) => ({
        id: p.id,
        note: p.note,
        status: p.status,
        createdAt: p.createdAt,
        author: p.author.realName,
      })),
    }));
  const followUps = await listFollowUpsFrom(viewer, "DEPLOYMENT", id);
  return { ...d, assignments, summary: summariseAssignments(d.assignments, now), followUps };
}

export async function getDeploymentForEdit(id: string) {
  const d = await db.deployment.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      goalId: true,
      meetingId: true,
      assignments: {
        orderBy: [{ department: { sortOrder: "asc" } }, { id: "asc" }],
        select: {
          departmentId: true,
          ownerId: true,
          dueDate: true,
          _count: { select: { progress: true } },
        },
      },
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
    id: true,
    dueDate: true,
    status: true,
    departmentId: true,
    ownerId: true,
    department: { select: { name: true } },
    owner: { select: { realName: true } },
    deployment: { select: { id: true, title: true } },
    progress: {
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 1,
      select: { note: true, createdAt: true, author: { select: { realName: true } } },
    },
  } satisfies Prisma.DeploymentAssignmentSelect;
  const [active, done] = await Promise.all([
    db.deploymentAssignment.findMany({
      where: { AND: [scope, { status: { not: "DONE" } }] },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: 50,
      select,
    }),
    db.deploymentAssignment.findMany({
      where: { AND: [scope, { status: "DONE" }] },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 5,
      select,
    }),
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
    latest: a.progress[0]
      ? {
          note: a.progress[0].note,
          createdAt: a.progress[0].createdAt,
          author: a.progress[0].author.realName,
        }
      : null,
  });
  return { active: active.map(shape), done: done.map(shape) };
}
