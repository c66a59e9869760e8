// The 会议 list (issue 15 item 5), open to every business role
// (direction.read): one where (year, type, the keyword in the title, and
// ?mine=1 for the meetings the viewer attends) and one order (ending on the
// id), read a page at a time for the screen and page by page for the XLSX
// export, which therefore holds exactly the rows the screen would. Never the
// minutes or decisions: the list and its export hold the meeting's heading.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Viewer } from "../../auth/session";
import { inPages } from "../../batches";
import { shanghaiYearRange } from "../../dates";
import { db } from "../../db";
import type { MeetingListFilter, MeetingSort } from "./schemas";

export const MEETINGS_PER_PAGE = 10;

export const meetingListSelect = {
  id: true,
  type: true,
  title: true,
  heldAt: true,
  _count: { select: { attendees: true, deployments: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingListSelect }>;

function meetingListWhere(v: Pick<Viewer, "id">, f: MeetingListFilter): Prisma.MeetingWhereInput {
  return {
    AND: [
      f.year ? { heldAt: shanghaiYearRange(f.year) } : {},
      f.type ? { type: f.type } : {},
      f.q ? { title: { contains: f.q } } : {},
      f.mine ? { attendees: { some: { userId: v.id } } } : {},
    ],
  };
}

/** The sort the list applies: ?sort=&dir=, or the latest meeting first. */
export function meetingSortOf(f: MeetingListFilter): { key: MeetingSort; dir: "asc" | "desc" } {
  const key = f.sort ?? "heldAt";
  return { key, dir: f.dir ?? (key === "heldAt" || key === "attendees" ? "desc" : "asc") };
}

function meetingListOrder(f: MeetingListFilter): Prisma.MeetingOrderByWithRelationInput[] {
  const { key, dir } = meetingSortOf(f);
  const first: Record<MeetingSort, Prisma.MeetingOrderByWithRelationInput> = {
    heldAt: { heldAt: dir },
    title: { title: dir },
    type: { type: dir },
    attendees: { attendees: { _count: dir } },
  };
  return [first[key], { heldAt: "desc" }, { id: "asc" }];
}

export async function listMeetings(v: Pick<Viewer, "id">, f: MeetingListFilter) {
  const where = meetingListWhere(v, f);
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: meetingListOrder(f),
      skip: (f.page - 1) * MEETINGS_PER_PAGE,
      take: MEETINGS_PER_PAGE,
      select: meetingListSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MEETINGS_PER_PAGE)), rows };
}

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allMeetingRows(
  v: Pick<Viewer, "id">,
  f: MeetingListFilter,
): AsyncGenerator<MeetingRow[]> {
  const where = meetingListWhere(v, f);
  const orderBy = meetingListOrder(f);
  return inPages((skip, take) =>
    db.meeting.findMany({ where, orderBy, skip, take, select: meetingListSelect }),
  );
}
