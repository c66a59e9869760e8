// 集体活动 (deterministic): the past "奔跑吧，青春的力量！徒步行" (its album
// is prisma/seed/albums.ts, which links to it by id), with about 60 attendees
// recorded by 政治处; and one upcoming event after the anchor whose places
// are full and which has a waiting list. Demo accounts are left out of both,
// so staff1 can register in the demo (and lands on the waiting list).
import type { Tx } from "../../../lib/db-client";
import { DEMO_ACCOUNTS } from "../accounts";
import { daysAfter, daysBefore, storyAt } from "../clock";
import type { Organisation } from "../org";
import { Rng, stableId } from "../random";
import { insertRegistrations, type RegRow } from "./rows";

const DAY = 86_400_000;
export const HIKE_ID = stableId("culture-event:hike");
export const UPCOMING_ID = stableId("culture-event:badminton");

export async function seedGroupEvents(tx: Tx, org: Organisation, zzcId: string) {
  const rng = new Rng(20260418);
  const demo = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  const people = rng.shuffle(
    org.users.filter(
      (u) => !demo.has(u.username) && !u.roles.some((r) => r === "SYS_ADMIN" || r === "AUDITOR"),
    ),
  );

  const hikeAt = storyAt("2026-04-18T08:30");
  await tx.cultureEvent.create({
    data: {
      id: HIKE_ID,
      type: "HIKE",
      title: "奔跑吧，青春的力量！徒步行",
      description:
        "沿惠山古镇、锡惠公园至蠡湖之光徒步约 12 公里，以脚步丈量梁溪，以青春凝聚梁检。请着运动装，自备饮用水。",
      location: "惠山古镇集合",
      startsAt: hikeAt,
      endsAt: new Date(hikeAt.getTime() + 4 * 3600_000),
      capacity: 80,
      registrationClosesAt: storyAt("2026-04-15T18:00"),
      recordedAt: storyAt("2026-04-18T15:00"),
      createdById: zzcId,
      createdAt: storyAt("2026-04-03T10:00"),
    },
  });
  const regs: RegRow[] = [];
  // 64 with places: 60 present, the rest on leave or absent; 2 cancelled beforehand.
  const outcome = (i: number) => (i < 60 ? "PRESENT" : i < 63 ? "LEAVE" : "ABSENT");
  for (const [i, u] of people.slice(0, 66).entries()) {
    const cancelled = i >= 64;
    regs.push({
      eventId: HIKE_ID,
      userId: u.id,
      status: cancelled ? "CANCELLED" : "REGISTERED",
      registeredAt: new Date(
        storyAt("2026-04-03T11:00").getTime() + rng.int(0, 11 * 24 * 60) * 60_000,
      ),
      attendance: cancelled ? null : outcome(i),
      recordedById: cancelled ? null : zzcId,
      recordedAt: cancelled ? null : storyAt("2026-04-18T15:00"),
    });
  }

  const upcomingAt = daysAfter(14, 14, 0);
  await tx.cultureEvent.create({
    data: {
      id: UPCOMING_ID,
      type: "SPORTS",
      title: "“强健体魄·共筑梁检”羽毛球友谊赛",
      description: "混合双打循环赛，按报名先后确定参赛名额；报满后进入候补，有人取消时依次递补。",
      location: "梁溪区全民健身中心羽毛球馆",
      startsAt: upcomingAt,
      endsAt: new Date(upcomingAt.getTime() + 3 * 3600_000),
      capacity: 16,
      registrationClosesAt: daysAfter(11, 18, 0),
      createdById: zzcId,
      createdAt: daysBefore(6, 9, 30),
    },
  });
  // 16 places taken, 4 waiting, one cancellation (whose place went to the first waiting).
  for (const [i, u] of people.slice(66, 87).entries())
    regs.push({
      eventId: UPCOMING_ID,
      userId: u.id,
      status: i === 3 ? "CANCELLED" : i < 17 ? "REGISTERED" : "WAITLISTED",
      registeredAt: new Date(daysBefore(6, 10, 0).getTime() + i * 0.2 * DAY),
    });
  await insertRegistrations(tx, regs);
  return {
    hikePresent: 60,
    upcoming: { registered: 16, waiting: 4 },
  };
}
