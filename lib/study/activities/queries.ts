// 学习活动 reads. Every query takes the viewer and scopes by
// activityVisibleWhere (lib/study/activities/access.ts); counts come from
// groupBy in the database.
import "server-only";

import { firstRowsAndTotal } from "../../counts";
import { db } from "../../db";
import { activeBusinessUser } from "../../people/active";
import {
  ACTIVITY_OWNER,
  activityVisibleWhere,
  attendanceRowsScope,
  attendanceRowsWhere,
  mayRecord,
  seesAllActivities,
  type ActivityViewer,
} from "./access";
import { tallyOf } from "./tally";

export { ACTIVITIES_PER_PAGE, allActivityRows, listActivities, type ActivityListRow } from "./list";

/** The activities still ahead at which `userId` is expected (has an attendance row), soonest first. */
export async function upcomingActivitiesOf(userId: string, now: Date, take = 5) {
  // Read from the activity's side: one statement, where the attendance's side
  // needs a second for the activities it names.
  const where = { heldAt: { gte: now }, attendance: { some: { userId } } };
  return firstRowsAndTotal(
    take,
    (n) =>
      db.studyActivity.findMany({
        where,
        orderBy: [{ heldAt: "asc" }, { id: "asc" }],
        take: n,
        select: { id: true, type: true, theme: true, title: true, heldAt: true, location: true },
      }),
    () => db.studyActivity.count({ where }),
  );
}

/** One activity with its counts, the attendance rows the viewer may read, and its materials; null → 404. */
export async function getActivity(v: ActivityViewer, id: string) {
  const a = await db.studyActivity.findFirst({
    where: { AND: [{ id }, activityVisibleWhere(v)] },
    select: {
      id: true,
      type: true,
      theme: true,
      title: true,
      description: true,
      location: true,
      heldAt: true,
      scopeType: true,
      scopeValue: true,
      organiserId: true,
      recordedAt: true,
      createdAt: true,
      campaign: { select: { id: true, title: true } },
      organiser: { select: { realName: true, department: { select: { name: true } } } },
      createdBy: { select: { realName: true } },
    },
  });
  if (!a) return null;
  const rowsWhere = attendanceRowsWhere(v, a);
  const [groups, rows, materials, departments] = await Promise.all([
    db.studyAttendance.groupBy({
      by: ["status"],
      where: { activityId: a.id },
      _count: { _all: true },
    }),
    db.studyAttendance.findMany({
      where: rowsWhere,
      orderBy: [{ user: { department: { sortOrder: "asc" } } }, { user: { employeeNo: "asc" } }],
      select: {
        userId: true,
        status: true,
        recordedAt: true,
        user: {
          select: { realName: true, position: true, department: { select: { name: true } } },
        },
        recordedBy: { select: { realName: true } },
      },
    }),
    db.attachment.findMany({
      where: { ownerType: ACTIVITY_OWNER, ownerId: a.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        fileName: true,
        mimeType: true,
        size: true,
        createdAt: true,
        uploadedBy: { select: { realName: true } },
      },
    }),
    a.scopeType === "DEPARTMENTS"
      ? db.department.findMany({
          where: { id: { in: parseIds(a.scopeValue) } },
          orderBy: { sortOrder: "asc" },
          select: { name: true },
        })
      : [],
  ]);
  const rowsScope = attendanceRowsScope(v, a);
  return {
    activity: a,
    scopeDepartments: departments.map((d) => d.name),
    tally: tallyOf(groups),
    rows,
    rowsScope,
    myStatus: rows.find((r) => r.userId === v.id),
    materials,
    canRecord: mayRecord(v, a),
    canSeeCampaigns: seesAllActivities(v.roles),
    /** Still ahead: deleting it tells the expected attendees it is off. */
    upcoming: a.heldAt.getTime() > Date.now(),
  };
}

function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Choices for the new-activity form: campaigns, organisers and people by department. */
export async function listActivityFormOptions() {
  const [campaigns, users, departments] = await Promise.all([
    db.studyCampaign.findMany({
      orderBy: { startsOn: "desc" },
      take: 100,
      select: { id: true, title: true, startsOn: true, endsOn: true },
    }),
    db.user.findMany({
      where: activeBusinessUser,
      orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
      select: {
        id: true,
        realName: true,
        position: true,
        departmentId: true,
        department: { select: { name: true } },
      },
    }),
    db.department.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return {
    campaigns,
    organisers: users.map((u) => ({
      id: u.id,
      label: `${u.department?.name ?? "未分配部门"} · ${u.realName}${u.position ? `（${u.position}）` : ""}`,
    })),
    departments: departments.map((d) => ({
      id: d.id,
      name: d.name,
      members: users
        .filter((u) => u.departmentId === d.id)
        .map((u) => ({ id: u.id, realName: u.realName, position: u.position })),
    })),
  };
}

export async function listCampaignFilterOptions() {
  return db.studyCampaign.findMany({
    orderBy: { startsOn: "desc" },
    take: 100,
    select: { id: true, title: true },
  });
}
