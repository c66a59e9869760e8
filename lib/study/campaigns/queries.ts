// 专题学习教育 reads, for 政治处 and 院领导: activity counts and attendance
// rates, aggregated in the database (groupBy) and summed per key.
import "server-only";

import { db } from "../../db";
import { tallyBy, tallyOf } from "../activities/tally";
import { ACTIVITY_TYPES } from "../types";

/** One campaign: totals, by type and by department (its activities: CampaignActivities); null → 404. */
export async function getStudyCampaign(id: string) {
  const c = await db.studyCampaign.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      startsOn: true,
      endsOn: true,
      createdAt: true,
      createdBy: { select: { realName: true } },
    },
  });
  if (!c) return null;
  const inCampaign = { activity: { campaignId: c.id } };
  const [byStatus, byTypeCount, types, byActivityStatus, byUserStatus, total] = await Promise.all([
    db.studyAttendance.groupBy({ by: ["status"], where: inCampaign, _count: { _all: true } }),
    db.studyActivity.groupBy({
      by: ["type"],
      where: { campaignId: c.id },
      _count: { _all: true },
    }),
    db.studyActivity.findMany({ where: { campaignId: c.id }, select: { id: true, type: true } }),
    db.studyAttendance.groupBy({
      by: ["activityId", "status"],
      where: inCampaign,
      _count: { _all: true },
    }),
    db.studyAttendance.groupBy({
      by: ["userId", "status"],
      where: inCampaign,
      _count: { _all: true },
    }),
    db.studyActivity.count({ where: { campaignId: c.id } }),
  ]);

  // By type: activity counts from groupBy; attendance sums the per-activity groups by the activity's type.
  const typeOf = new Map(types.map((a) => [a.id, a.type]));
  const typeTallies = tallyBy(
    byActivityStatus.map((g) => ({ ...g, type: typeOf.get(g.activityId) ?? "" })),
    "type",
  );
  const activityCount = new Map(byTypeCount.map((g) => [g.type, g._count._all]));
  const byType = ACTIVITY_TYPES.filter((t) => activityCount.has(t)).map((type) => ({
    type,
    activities: activityCount.get(type)!,
    tally: typeTallies.get(type) ?? tallyOf([]),
  }));

  // By department: per-person groups, mapped to each person's current department.
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(byUserStatus.map((g) => g.userId))] } },
    select: { id: true, departmentId: true },
  });
  const deptOf = new Map(people.map((p) => [p.id, p.departmentId ?? ""]));
  const byDeptTally = tallyBy(
    byUserStatus.map((g) => ({ ...g, departmentId: deptOf.get(g.userId) ?? "" })),
    "departmentId",
  );
  const departments = await db.department.findMany({
    where: { id: { in: [...byDeptTally.keys()] } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
  const byDepartment = [
    ...departments.map((d) => ({ id: d.id, name: d.name, tally: byDeptTally.get(d.id)! })),
    ...(byDeptTally.has("") ? [{ id: "", name: "未分配部门", tally: byDeptTally.get("")! }] : []),
  ];

  return {
    campaign: c,
    total: tallyOf(byStatus),
    activityTotal: total,
    byType,
    byDepartment,
  };
}
