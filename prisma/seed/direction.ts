// 党组引航 demo data: 2025 and 2026 goals, fourteen meetings of all five kinds
// with minutes and decisions, and nine deployments cascaded to departments
// with owners, due dates and progress — in every status, some overdue
// (against the anchor). The story follows the reports seed: 区院合并 early in
// 2025, 司法责任制改革 and 入额 from March to June 2025, and 第四检察部 under
// persistent case pressure from March 2026 — story dates, written for
// 2026-11-01 and moved by whole months onto the anchor (prisma/seed/clock.ts),
// texts and years with them.
// Deterministic for a given anchor day: ids from stableId, no other clock.
// The data tables are in direction/{goals,meetings,deployments}.ts.
import type { Tx } from "../../lib/db-client";
import { quarterLabel, SEED_ANCHOR, story, storyText, storyYearAt } from "./clock";
import { DEPLOYMENTS, type AssignmentPlan, type DeploymentPlan } from "./direction/deployments";
import { GOALS } from "./direction/goals";
import { MEETINGS, type Audience, type MeetingPlan } from "./direction/meetings";
import { at } from "./direction/ymd";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

/** A meeting's title moved with its date; an analysis meeting names the quarter it looks back on. */
function meetingTitle(m: MeetingPlan): string {
  const held = story(m.date[0], m.date[1], m.date[2]);
  if (m.type === "FENXI" && /季度/.test(m.title)) {
    const label = quarterLabel(new Date(held.getTime() - 30 * DAY_MS));
    return m.title.replace(/\d{4} 年第.季度/, label.replace("年", " 年"));
  }
  return storyText(m.title, [...m.date]);
}

const ymdOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const DAY_MS = 24 * 60 * 60 * 1000;

function people(org: Organisation) {
  const user = (username: string) => {
    const u = org.users.find((x) => x.username === username);
    if (!u) throw new Error(`direction seed: no user ${username}`);
    return u;
  };
  const dept = (code: string) => {
    const d = org.departments.find((x) => x.code === code);
    if (!d) throw new Error(`direction seed: no department ${code}`);
    return d;
  };
  const business = org.users.filter(
    (u) => !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  const leaders = org.users.filter((u) => u.departmentCode === "LD");
  const zzcHead = org.users.find((u) => u.departmentCode === "ZZC" && u.position === "政治处主任")!;
  return { user, dept, business, leaders, zzcHead };
}

function attendeesFor(audience: Audience, org: Organisation, rng: Rng): SeedUser[] {
  const { business, leaders, zzcHead } = people(org);
  const heads = org.departments.map((d) => d.headId).filter((x): x is string => !!x);
  const liaisons = org.departments.map((d) => d.liaisonId).filter((x): x is string => !!x);
  const byIds = (ids: string[]) => business.filter((u) => ids.includes(u.id));
  switch (audience) {
    case "party":
      return [...leaders, zzcHead];
    case "council":
      return [...leaders, ...byIds(heads)];
    case "all":
      // A few on leave or on duty elsewhere.
      return business.filter(() => !rng.chance(0.06));
    case "young":
      return [
        leaders[0],
        zzcHead,
        ...rng
          .shuffle(business.filter((u) => u.birthYear >= 1991 && u.departmentCode !== "LD"))
          .slice(0, 22),
      ];
    case "unadmitted":
      return [
        leaders[1],
        zzcHead,
        ...rng
          .shuffle(
            business.filter(
              (u) => !u.prosecutor && (u.position === "检察官助理" || u.position === "书记员"),
            ),
          )
          .slice(0, 16),
      ];
    case "analysis":
      return [
        ...leaders,
        ...business.filter((u) => u.departmentCode === "ZZC"),
        ...byIds(liaisons),
      ];
  }
}

export type DirectionSeedSummary = {
  goals: number;
  meetings: number;
  attendees: number;
  deployments: number;
  assignments: number;
  progress: number;
};

export async function seedDirection(tx: Tx, org: Organisation): Promise<DirectionSeedSummary> {
  const rng = new Rng(20170301);
  const { user, dept } = people(org);
  const creators = { leader: user("leader").id, zzc: user("zzc").id };
  const goalId = (key: string) => stableId(`direction:goal:${key}`);
  const meetingId = (key: string) => stableId(`direction:meeting:${key}`);

  await tx.goal.createMany({
    data: GOALS.map((g) => {
      const createdAt = at([g.year - 1, 12, 31], 16);
      const mid = [g.year, 6, 30] as [number, number, number];
      return {
        id: goalId(g.key),
        year: storyYearAt(g.year, mid),
        title: storyText(g.title, mid),
        description: storyText(g.description, mid),
        status: g.status,
        createdById: creators[g.by],
        createdAt,
        updatedAt: createdAt,
      };
    }),
  });

  let attendeeRows = 0;
  for (const m of MEETINGS) {
    const heldAt = at(m.date, 9, 30);
    const createdAt = new Date(heldAt.getTime() + DAY_MS);
    await tx.meeting.create({
      data: {
        id: meetingId(m.key),
        type: m.type,
        title: meetingTitle(m),
        heldAt,
        minutes: storyText(m.minutes, [...m.date]),
        decisions: storyText(m.decisions, [...m.date]),
        createdById: creators.zzc,
        createdAt,
        updatedAt: createdAt,
      },
    });
    const ids = [...new Set(attendeesFor(m.audience, org, rng).map((u) => u.id))];
    await tx.meetingAttendee.createMany({
      data: ids.map((userId) => ({ meetingId: meetingId(m.key), userId })),
    });
    attendeeRows += ids.length;
  }

  let assignments = 0;
  let progress = 0;
  const notifications: {
    id: string;
    userId: string;
    title: string;
    body: string;
    link: string;
    readAt: Date | null;
    createdAt: Date;
  }[] = [];
  for (const d of DEPLOYMENTS) {
    const id = stableId(`direction:deployment:${d.key}`);
    const createdAt = at(d.created, 10);
    await tx.deployment.create({
      data: {
        id,
        title: storyText(d.title, [...d.created]),
        description: storyText(d.description, [...d.created]),
        createdById: creators[d.by],
        createdAt,
        updatedAt: createdAt,
        goalId: d.goal ? goalId(d.goal) : null,
        meetingId: d.meeting ? meetingId(d.meeting) : null,
      },
    });
    for (const [i, a] of d.assignments.entries()) {
      const department = dept(a.dept);
      const ownerId =
        (a.owner === "liaison" ? department.liaisonId : department.headId) ?? department.headId!;
      const reporter = department.liaisonId ?? ownerId;
      const entries = progressEntries(d, a, createdAt, i, rng);
      const aid = stableId(`direction:assignment:${d.key}:${a.dept}`);
      const updatedAt = entries.length ? entries[entries.length - 1].at : createdAt;
      await tx.deploymentAssignment.create({
        data: {
          id: aid,
          deploymentId: id,
          departmentId: department.id,
          ownerId,
          dueDate: at(a.due, 0),
          status: a.status,
          createdAt,
          updatedAt,
        },
      });
      await tx.deploymentProgress.createMany({
        data: entries.map((e, n) => ({
          id: stableId(`direction:progress:${d.key}:${a.dept}:${n}`),
          assignmentId: aid,
          authorId: n % 2 === 0 ? reporter : ownerId,
          note: e.note,
          status: e.status,
          createdAt: e.at,
        })),
      });
      assignments++;
      progress += entries.length;
      // The demo accounts' bell shows the assignment notices they would have received.
      const demo = org.users.find(
        (u) => u.id === ownerId && (u.username === "head1" || u.username === "liaison1"),
      );
      if (demo) {
        notifications.push({
          id: stableId(`notification:direction:${d.key}:${demo.username}`),
          userId: demo.id,
          title: `部署事项：${storyText(d.title, [...d.created])}`,
          body: `您是${department.name}的责任人，请于 ${ymdOf(at(a.due))} 前完成，并及时报送落实进展。`,
          link: `/direction/deployments/${id}`,
          readAt: a.status === "OPEN" ? null : new Date(createdAt.getTime() + 3 * 3600_000),
          createdAt,
        });
      }
    }
  }
  if (notifications.length) await tx.notification.createMany({ data: notifications });
  return {
    goals: GOALS.length,
    meetings: MEETINGS.length,
    attendees: attendeeRows,
    deployments: DEPLOYMENTS.length,
    assignments,
    progress,
  };
}

/** Progress notes leading up to the assignment's current status. */
function progressEntries(
  d: DeploymentPlan,
  a: AssignmentPlan,
  createdAt: Date,
  index: number,
  rng: Rng,
): { note: string; status: string; at: Date }[] {
  if (a.status === "OPEN") return [];
  const end = a.doneOn ? at(a.doneOn, 16, 30) : null;
  const due = at(a.due, 0);
  // Unfinished work reports up to the earlier of its due date and the seed's "today".
  const horizon =
    end ?? new Date(Math.min(due.getTime() - 5 * DAY_MS, SEED_ANCHOR.getTime() - 4 * DAY_MS));
  const span = Math.max(horizon.getTime() - createdAt.getTime(), 4 * DAY_MS);
  const starts =
    a.status === "DONE"
      ? Math.min(d.start.length, 1 + (index % 2))
      : Math.min(d.start.length, 1 + ((index + 1) % 2) + (d.start.length > 2 ? 1 : 0));
  const out: { note: string; status: string; at: Date }[] = [];
  for (let n = 0; n < starts; n++) {
    // createdAt is 10:00 local; land on a later day, within office hours.
    const days = Math.max(
      1,
      Math.floor((span * (n + 1)) / (starts + (end ? 1 : 0) + 0.5) / DAY_MS),
    );
    const when = new Date(
      createdAt.getTime() +
        days * DAY_MS +
        (rng.int(9, 17) - 10) * 3600_000 +
        rng.pick([0, 15, 30, 45]) * 60_000,
    );
    out.push({ note: d.start[n], status: "IN_PROGRESS", at: when });
  }
  if (end) out.push({ note: d.done[index % d.done.length], status: "DONE", at: end });
  return out;
}
