// Reads for the follow-up board. Every query takes the viewer and starts from
// followUpReadScope(viewer); selects are narrow. Notes are decrypted only here,
// for the one follow-up a viewer may open and read in detail (readsFollowUpDetail).
import "server-only";

import { statusCounts } from "../counts";
import { decryptText } from "../crypto";
import { db } from "../db";
import { canManageFollowUps, followUpReadScope, readsFollowUpDetail, type Viewer } from "./access";
import { titleFor } from "./list";
import { isOverdue, overdueWhere } from "./overdue";
import { sourceLinkFor } from "./source-links";
import { ACTIVE_STATUSES, actorKindsOf, allowedEvents } from "./state";

export { followUpWorkItems } from "./work-items";
export { STATUS_LABELS as FOLLOW_UP_STATUS_LABELS } from "./labels";

// The board's overdue and active rules, for the dashboards that count it.
export { overdueWhere, ACTIVE_STATUSES };
export { readsAllFollowUps } from "./access";

// One department's follow-ups, for the department dashboard.
export { departmentFollowUps } from "./department";

// The list (督办事项 / 我的督办): lib/follow-ups/list.ts.
export {
  allFollowUpRows,
  CONCERN_TITLE_MASKED,
  FOLLOW_UPS_PER_PAGE,
  followUpSortOf,
  listFollowUps,
  type FollowUpRow,
} from "./list";

/** The numbers at the top of the board, over everything the viewer may see. */
export async function countFollowUps(viewer: Viewer, now: Date = new Date()) {
  const scope = followUpReadScope(viewer);
  const [active, overdue, resolved] = await Promise.all([
    db.followUp.count({ where: { AND: [scope, { status: { in: [...ACTIVE_STATUSES] } }] } }),
    db.followUp.count({ where: { AND: [scope, overdueWhere(now)] } }),
    db.followUp.count({ where: { AND: [scope, { status: "RESOLVED" }] } }),
  ]);
  return { active, overdue, resolved };
}

/**
 * "我的" page: the follow-ups assigned to the viewer (whatever their role), with
 * the active ones counted and the few still open listed, earliest due first.
 */
export async function myFollowUpsOverview(viewer: Viewer, now: Date = new Date(), take = 5) {
  const mine = { assigneeId: viewer.id };
  const active = { ...mine, status: { in: [...ACTIVE_STATUSES] } };
  const [byStatus, rows] = await Promise.all([
    db.followUp.groupBy({ by: ["status"], where: mine, _count: { _all: true } }),
    db.followUp.findMany({
      where: active,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, status: true, priority: true, dueDate: true },
    }),
  ]);
  const { total, of } = statusCounts(byStatus);
  const shown = rows.map((r) => ({ ...r, overdue: isOverdue(r, now) }));
  // The active rows come earliest due first, so the overdue ones lead them: unless every
  // row read is overdue, the rows hold them all and need no count of their own.
  const overdueShown = shown.filter((r) => r.overdue).length;
  const overdue =
    overdueShown < take
      ? overdueShown
      : await db.followUp.count({ where: { AND: [mine, overdueWhere(now)] } });
  return {
    total,
    active: ACTIVE_STATUSES.reduce((n, s) => n + of(s), 0),
    overdue,
    rows: shown,
  };
}

/** The follow-up a source record opened, if any (a source opens at most one). */
export async function followUpOfSource(sourceType: string, sourceId: string) {
  return db.followUp.findFirst({
    where: { sourceType, sourceId },
    select: { id: true, status: true },
  });
}

function decryptNote(stored: string | null): string | null {
  if (!stored) return null;
  try {
    return decryptText(stored);
  } catch {
    // A tampered or foreign ciphertext: say so rather than fail the page.
    return "（内容无法解密，请联系系统管理员）";
  }
}

/** One follow-up with its timeline, or null when it does not exist or is not the viewer's. */
export async function getFollowUpDetail(viewer: Viewer, id: string, now: Date = new Date()) {
  const f = await db.followUp.findFirst({
    where: { AND: [{ id }, followUpReadScope(viewer)] },
    select: {
      id: true,
      title: true,
      sourceType: true,
      sourceId: true,
      status: true,
      priority: true,
      dueDate: true,
      assigneeId: true,
      resolvedAt: true,
      closedAt: true,
      createdAt: true,
      updatedAt: true,
      department: { select: { id: true, name: true } },
      assignee: {
        select: {
          id: true,
          realName: true,
          position: true,
          department: { select: { name: true } },
        },
      },
      createdBy: { select: { realName: true } },
      concern: { select: { reportId: true, report: { select: { departmentId: true } } } },
      updates: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          noteEnc: true,
          createdAt: true,
          author: { select: { realName: true } },
        },
      },
    },
  });
  if (!f) return null;
  // A reader of facts only (followup.readAll): no notes, no name, no controls (actors is empty).
  const detail = readsFollowUpDetail(viewer, f);
  const actors = actorKindsOf({ id: viewer.id, canManage: canManageFollowUps(viewer) }, f);
  return {
    id: f.id,
    title: titleFor(viewer, f),
    sourceType: f.sourceType,
    status: f.status,
    priority: f.priority,
    dueDate: f.dueDate,
    detail,
    resolvedAt: f.resolvedAt,
    closedAt: f.closedAt,
    createdAt: f.createdAt,
    department: f.department,
    assignee: f.assignee
      ? {
          id: f.assignee.id,
          realName: f.assignee.realName,
          position: f.assignee.position,
          department: f.assignee.department?.name ?? null,
        }
      : null,
    createdBy: f.createdBy?.realName ?? null,
    overdue: isOverdue(f, now),
    confidential: f.sourceType === "CONCERN",
    sourceLink: await sourceLinkFor(viewer, f),
    events: allowedEvents(f.status, actors, f.assigneeId !== null),
    timeline: f.updates.map((u) => ({
      id: u.id,
      kind: u.kind,
      author: u.author?.realName ?? null,
      createdAt: u.createdAt,
      note: detail ? decryptNote(u.noteEnc) : null,
    })),
  };
}

export type FollowUpDetail = NonNullable<Awaited<ReturnType<typeof getFollowUpDetail>>>;

/** Who can be assigned a follow-up: active business users, never SYS_ADMIN or AUDITOR. */
/**
 * Everyone a 督办 may go to. For one about a person of concern, that person is
 * left out (the action refuses them too): nobody follows up on themselves.
 */
export async function listAssigneeOptions(forFollowUpId?: string) {
  const about = forFollowUpId
    ? await db.followUp.findUnique({
        where: { id: forFollowUpId },
        select: { concern: { select: { personId: true } } },
      })
    : null;
  const excluded = about?.concern?.personId;
  const users = await db.user.findMany({
    where: {
      status: "ACTIVE",
      roles: { none: { role: { in: ["SYS_ADMIN", "AUDITOR"] } } },
      ...(excluded ? { id: { not: excluded } } : {}),
    },
    orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
    select: { id: true, realName: true, position: true, department: { select: { name: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    realName: u.realName,
    position: u.position,
    department: u.department?.name ?? "未分配部门",
  }));
}

export async function listFollowUpDepartments() {
  return db.department.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
