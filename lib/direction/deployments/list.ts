// The 部署事项 list (issue 15 item 5), open to every business role
// (direction.read): one where (year, state, the keyword in the title, and
// ?mine=1 for the deployments with an assignment the viewer reports on —
// progressScopeWhere, in the database) and one order (ending on the id), read
// a page at a time for the screen and page by page for the XLSX export, which
// therefore holds exactly the rows the screen would.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { Viewer } from "../../auth/session";
import { inPages } from "../../batches";
import { shanghaiYearRange } from "../../dates";
import { db } from "../../db";
import { canPostProgress, progressScopeWhere } from "./access";
import { isOverdue, overdueCutoff, summariseAssignments } from "./rules";
import type { DeploymentListFilter, DeploymentSort } from "./schemas";

export const DEPLOYMENTS_PER_PAGE = 10;

export const assignmentSummarySelect = {
  id: true,
  dueDate: true,
  status: true,
  departmentId: true,
  ownerId: true,
  department: { select: { name: true, sortOrder: true } },
  owner: { select: { realName: true } },
} satisfies Prisma.DeploymentAssignmentSelect;

const deploymentRowSelect = {
  id: true,
  title: true,
  createdAt: true,
  goal: { select: { id: true, title: true } },
  meeting: { select: { id: true, title: true, type: true } },
  assignments: { select: assignmentSummarySelect },
} satisfies Prisma.DeploymentSelect;

type StoredDeployment = Prisma.DeploymentGetPayload<{ select: typeof deploymentRowSelect }>;

/** Whether the viewer has the list at all. */
export const readsDirection = (v: Pick<Viewer, "roles">) => can(v.roles, "direction.read");

function deploymentWhere(
  viewer: Viewer,
  filter: Pick<DeploymentListFilter, "year" | "state" | "q" | "mine">,
  now: Date,
): Prisma.DeploymentWhereInput {
  const and: Prisma.DeploymentWhereInput[] = [];
  // A deployment belongs to a year when it was made then or anything in it falls due then.
  if (filter.year) {
    const range = shanghaiYearRange(filter.year);
    and.push({ OR: [{ createdAt: range }, { assignments: { some: { dueDate: range } } }] });
  }
  if (filter.state === "active") and.push({ assignments: { some: { status: { not: "DONE" } } } });
  if (filter.state === "overdue")
    and.push({
      assignments: { some: { status: { not: "DONE" }, dueDate: { lt: overdueCutoff(now) } } },
    });
  if (filter.state === "done") and.push({ assignments: { some: {}, every: { status: "DONE" } } });
  if (filter.q) and.push({ title: { contains: filter.q } });
  if (filter.mine) and.push({ assignments: { some: progressScopeWhere(viewer) } });
  return and.length ? { AND: and } : {};
}

/** The sort the list applies: ?sort=&dir=, or the newest first. */
export function deploymentSortOf(f: Pick<DeploymentListFilter, "sort" | "dir">): {
  key: DeploymentSort;
  dir: "asc" | "desc";
} {
  const key = f.sort ?? "createdAt";
  return { key, dir: f.dir ?? (key === "createdAt" ? "desc" : "asc") };
}

function deploymentOrder(
  f: Pick<DeploymentListFilter, "sort" | "dir">,
): Prisma.DeploymentOrderByWithRelationInput[] {
  const { key, dir } = deploymentSortOf(f);
  const first = key === "title" ? { title: dir } : { createdAt: dir };
  return [first, { createdAt: "desc" }, { id: "asc" }];
}

/** A deployment as the list shows it: its progress summed up and its assignments by department. */
function toRow(viewer: Viewer, d: StoredDeployment, now: Date) {
  return {
    ...d,
    summary: summariseAssignments(d.assignments, now),
    assignments: d.assignments
      .sort((a, b) => a.department.sortOrder - b.department.sortOrder)
      .map((a) => ({
        id: a.id,
        department: a.department.name,
        owner: a.owner.realName,
        dueDate: a.dueDate,
        status: a.status,
        overdue: isOverdue(a, now),
        mine: canPostProgress(viewer, a),
      })),
  };
}
export type DeploymentRow = ReturnType<typeof toRow>;

export async function listDeployments(
  viewer: Viewer,
  filter: DeploymentListFilter,
  now: Date = new Date(),
  perPage = DEPLOYMENTS_PER_PAGE,
) {
  const where = deploymentWhere(viewer, filter, now);
  const [total, rows] = await Promise.all([
    db.deployment.count({ where }),
    db.deployment.findMany({
      where,
      orderBy: deploymentOrder(filter),
      skip: (filter.page - 1) * perPage,
      take: perPage,
      select: deploymentRowSelect,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / perPage)),
    rows: rows.map((d) => toRow(viewer, d, now)),
  };
}

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export async function* allDeploymentRows(
  viewer: Viewer,
  filter: DeploymentListFilter,
  now: Date = new Date(),
): AsyncGenerator<DeploymentRow[]> {
  const where = deploymentWhere(viewer, filter, now);
  const orderBy = deploymentOrder(filter);
  for await (const rows of inPages((skip, take) =>
    db.deployment.findMany({ where, orderBy, skip, take, select: deploymentRowSelect }),
  ))
    yield rows.map((d) => toRow(viewer, d, now));
}
