// The 学习活动 list as its viewer sees it: scoped by activityVisibleWhere,
// filtered, searched by title or organiser, sorted through the URL, paginated
// for the page and streamed page by page for the XLSX export, which therefore
// holds exactly the rows the screen would, with the same attendance counts.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { inPages } from "../../batches";
import { monthRange } from "../../dates";
import { db } from "../../db";
import { activityVisibleWhere, type ActivityViewer } from "./access";
import type { ActivityListFilter, ActivitySort } from "./schemas";
import { tallyBy, tallyOf } from "./tally";

export const ACTIVITIES_PER_PAGE = 20;

const monthWhere = (month: string) => {
  const { start, end } = monthRange(month);
  return { gte: start, lt: end };
};

const activityRowSelect = (v: ActivityViewer) =>
  ({
    id: true,
    type: true,
    theme: true,
    title: true,
    heldAt: true,
    location: true,
    organiserId: true,
    campaign: { select: { id: true, title: true } },
    organiser: { select: { realName: true } },
    attendance: { where: { userId: v.id }, select: { status: true } },
  }) satisfies Prisma.StudyActivitySelect;

/** The list's where: the viewer's scope, then the filters and the keyword (title, organiser). */
function activityListWhere(
  v: ActivityViewer,
  f: ActivityListFilter,
): Prisma.StudyActivityWhereInput {
  return {
    AND: [
      activityVisibleWhere(v),
      f.campaignId ? { campaignId: f.campaignId } : {},
      f.type ? { type: f.type } : {},
      f.month ? { heldAt: monthWhere(f.month) } : {},
      f.q
        ? { OR: [{ title: { contains: f.q } }, { organiser: { realName: { contains: f.q } } }] }
        : {},
    ],
  };
}

/** The list's order (?sort=&dir=), latest first by default, always ending on the id. */
function activityListOrder(f: ActivityListFilter): Prisma.StudyActivityOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort && f.sort !== "heldAt" ? "asc" : "desc");
  const first: Record<ActivitySort, Prisma.StudyActivityOrderByWithRelationInput> = {
    heldAt: { heldAt: dir },
    title: { title: dir },
    type: { type: dir },
    organiser: { organiser: { realName: dir } },
  };
  return [first[f.sort ?? "heldAt"], { heldAt: "desc" }, { id: "asc" }];
}

/** A page of rows with the viewer's own status and each activity's attendance counts. */
async function withTallies(v: ActivityViewer, f: ActivityListFilter, skip: number, take: number) {
  const rows = await db.studyActivity.findMany({
    where: activityListWhere(v, f),
    orderBy: activityListOrder(f),
    skip,
    take,
    select: activityRowSelect(v),
  });
  const groups = await db.studyAttendance.groupBy({
    by: ["activityId", "status"],
    where: { activityId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const tallies = tallyBy(groups, "activityId");
  return rows.map(({ attendance, ...r }) => ({
    ...r,
    expectedMe: attendance.length > 0,
    myStatus: attendance[0]?.status ?? null,
    tally: tallies.get(r.id) ?? tallyOf([]),
  }));
}

export async function listActivities(v: ActivityViewer, f: ActivityListFilter) {
  const [total, rows] = await Promise.all([
    db.studyActivity.count({ where: activityListWhere(v, f) }),
    withTallies(v, f, (f.page - 1) * ACTIVITIES_PER_PAGE, ACTIVITIES_PER_PAGE),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / ACTIVITIES_PER_PAGE)), rows };
}
export type ActivityListRow = Awaited<ReturnType<typeof listActivities>>["rows"][number];

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allActivityRows(
  v: ActivityViewer,
  f: ActivityListFilter,
): AsyncGenerator<ActivityListRow[]> {
  return inPages((skip, take) => withTallies(v, f, skip, take), 500);
}
