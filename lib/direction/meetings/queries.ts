// 会议 reads, open to every business role (direction.read); the follow-ups
// opened from a meeting are listed for those who run the 督办 board only.
import "server-only";

import { firstRowsAndTotal } from "../../counts";
import { shanghaiYearRange } from "../../dates";
import { db } from "../../db";
import { summariseAssignments } from "../deployments/rules";
import { listFollowUpsFrom, type Viewer } from "../queries";
import { meetingListSelect } from "./list";

export { listMeetings, MEETINGS_PER_PAGE } from "./list";

export async function listRecentMeetings(year: number, take = 5) {
  return db.meeting.findMany({
    where: { heldAt: shanghaiYearRange(year) },
    orderBy: { heldAt: "desc" },
    take,
    select: meetingListSelect,
  });
}

/** The meetings still ahead that `userId` is to attend, soonest first. */
export async function upcomingMeetingsOf(userId: string, now: Date, take = 5) {
  const where = { heldAt: { gte: now }, attendees: { some: { userId } } };
  return firstRowsAndTotal(
    take,
    (n) =>
      db.meeting.findMany({
        where,
        orderBy: [{ heldAt: "asc" }, { id: "asc" }],
        take: n,
        select: { id: true, type: true, title: true, heldAt: true },
      }),
    () => db.meeting.count({ where }),
  );
}

export async function listMeetingOptions() {
  return db.meeting.findMany({
    orderBy: { heldAt: "desc" },
    take: 100,
    select: { id: true, type: true, title: true, heldAt: true },
  });
}

export async function getMeeting(id: string, viewer: Viewer, now: Date = new Date()) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      title: true,
      heldAt: true,
      minutes: true,
      decisions: true,
      updatedAt: true,
      createdBy: { select: { realName: true } },
      attendees: {
        select: {
          user: {
            select: {
              id: true,
              realName: true,
              position: true,
              department: { select: { id: true, name: true, sortOrder: true } },
            },
          },
        },
      },
      deployments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, assignments: { select: { dueDate: true, status: true } } },
      },
    },
  });
  if (!m) return null;
  const groups = new Map<
    string,
    {
      name: string;
      sortOrder: number;
      people: { id: string; realName: string; position: string }[];
    }
  >();
  for (const { user } of m.attendees) {
    const key = user.department?.id ?? "";
    const g = groups.get(key) ?? {
      name: user.department?.name ?? "未分配部门",
      sortOrder: user.department?.sortOrder ?? 9999,
      people: [],
    };
    g.people.push({ id: user.id, realName: user.realName, position: user.position });
    groups.set(key, g);
  }
  const followUps = await listFollowUpsFrom(viewer, "MEETING", id);
  return {
    ...m,
    attendeeCount: m.attendees.length,
    attendeeGroups: [...groups.values()].sort((a, b) => a.sortOrder - b.sortOrder),
    deployments: m.deployments.map((d) => ({
      id: d.id,
      title: d.title,
      summary: summariseAssignments(d.assignments, now),
    })),
    followUps,
  };
}

export async function getMeetingForEdit(id: string) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      title: true,
      heldAt: true,
      minutes: true,
      decisions: true,
      attendees: { select: { userId: true } },
    },
  });
  return m ? { ...m, attendeeIds: m.attendees.map((a) => a.userId) } : null;
}
