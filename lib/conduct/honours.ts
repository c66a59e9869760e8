// The honours wall: confirmed commendations and innovation recognitions,
// public within the 院, by year and level. Discipline and findings never
// appear here; drafts and revoked records neither.
import "server-only";

import { shanghaiYear, shanghaiYearRange } from "../dates";
import { db } from "../db";
import { LEVELS } from "./labels";
import { honourGroups } from "./rules";

const HONOUR_CATEGORIES = ["COMMENDATION", "INNOVATION"];

export async function listHonours(year?: number) {
  const base = { status: "CONFIRMED", category: { in: HONOUR_CATEGORIES } };
  const [rows, span] = await Promise.all([
    db.conductRecord.findMany({
      where: { ...base, ...(year ? { occurredOn: shanghaiYearRange(year) } : {}) },
      orderBy: [{ occurredOn: "desc" }, { id: "asc" }],
      select: {
        id: true,
        category: true,
        kind: true,
        honourTitle: true,
        level: true,
        occurredOn: true,
        issuer: true,
        title: true,
        subjectUser: {
          select: { id: true, realName: true, department: { select: { name: true } } },
        },
      },
    }),
    db.conductRecord.aggregate({
      where: base,
      _min: { occurredOn: true },
      _max: { occurredOn: true },
    }),
  ]);
  const wall = rows.map((r) => ({
    id: r.id,
    category: r.category,
    kind: r.kind,
    honourTitle: r.honourTitle,
    level: r.level,
    occurredOn: r.occurredOn,
    issuer: r.issuer,
    title: r.title,
    year: shanghaiYear(r.occurredOn),
    person: r.subjectUser?.realName ?? "—",
    department: r.subjectUser?.department?.name ?? "",
  }));
  const first = span._min.occurredOn ? shanghaiYear(span._min.occurredOn) : null;
  const last = span._max.occurredOn ? shanghaiYear(span._max.occurredOn) : null;
  const years =
    first !== null && last !== null
      ? Array.from({ length: last - first + 1 }, (_, i) => last - i)
      : [];
  // The article's figure: 省、市级 业务标兵/业务能手/岗位能手, in 人次.
  const provincialCity = wall.filter(
    (r) => r.kind === "HONOUR" && (r.level === "PROVINCE" || r.level === "CITY"),
  ).length;
  return { groups: honourGroups(wall, LEVELS), years, total: wall.length, provincialCity };
}
