// The culture life of a scaled department copy (prisma/seed/scale.ts): every
// month one of its departments, in turn, holds an activity (读书分享, 讲座, 徒步,
// 文体) organised by its head, open to the 院, and a share of the copy's
// people register; past activities have their attendance recorded, the way
// lib/culture/events records it. About 2.4 participations per person and
// year, about the demo's rate (prisma/seed/culture-events). Pure row builders.
import { stableId } from "../random";
import type { HistoryInput, Rows } from "./history";

const DAY = 86_400_000;
const ACTIVITIES = [
  ["READING", "读书分享会：《习近平法治思想学习纲要》", "院图书室"],
  ["LECTURE", "检察文化讲座：新时代检察精神", "三楼报告厅"],
  ["HIKE", "健步行：运河沿线徒步", "南长街集合"],
  ["SPORTS", "羽毛球友谊赛", "区体育中心"],
  ["OTHER", "青年干警座谈交流会", "二楼会议室"],
] as const;

export function cultureRows(x: HistoryInput, rows: Rows) {
  const { rng, org, periods, now } = x;
  rows.cultureEvent ??= [];
  rows.cultureRegistration ??= [];
  const byDepartment = new Map(org.departments.map((d) => [d.id, [] as string[]]));
  for (const u of org.users) byDepartment.get(u.departmentId)?.push(u.id);
  const everyone = org.users.map((u) => u.id);
  periods.forEach((p, i) => {
    const d = org.departments[i % org.departments.length];
    const [type, title, location] = rng.pick(ACTIVITIES);
    const startsAt = new Date(p.startsAt.getTime() + rng.int(3, 25) * DAY + 14 * 3600_000);
    const past = startsAt.getTime() + 3 * 3600_000 < now.getTime();
    const id = stableId(`scale-culture:${d.code}:${p.key}`);
    const capacity = rng.chance(0.5) ? 40 : null;
    rows.cultureEvent.push({
      id,
      type,
      title: `${d.name}·${title}`,
      description: `${d.name}组织，全院干警自愿报名参加。`,
      location,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      capacity,
      registrationClosesAt: new Date(startsAt.getTime() - DAY),
      recordedAt: past ? new Date(startsAt.getTime() + 4 * 3600_000) : null,
      createdById: d.headId,
      createdAt: new Date(startsAt.getTime() - 14 * DAY),
    });
    // The department's own people more often than the rest of the copy.
    const own = new Set(byDepartment.get(d.id));
    const takers = rng
      .shuffle(everyone)
      .filter((u) => rng.chance(own.has(u) ? 0.6 : 0.15))
      .slice(0, capacity ?? Infinity);
    for (const userId of takers) {
      const registeredAt = new Date(startsAt.getTime() - rng.int(2, 13) * DAY);
      if (registeredAt > now) continue;
      const cancelled = rng.chance(0.04);
      const r = rng.float();
      const attendance =
        cancelled || !past ? null : r < 0.9 ? "PRESENT" : r < 0.97 ? "LEAVE" : "ABSENT";
      rows.cultureRegistration.push({
        eventId: id,
        userId,
        status: cancelled ? "CANCELLED" : "REGISTERED",
        registeredAt,
        attendance,
        recordedById: attendance ? d.headId : null,
        recordedAt: attendance ? new Date(startsAt.getTime() + 4 * 3600_000) : null,
      });
    }
  });
}
