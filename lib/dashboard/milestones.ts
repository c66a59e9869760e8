// 改革节点 shaded on the 院 line: the months of 司法责任制改革 and the 入额
// selection, when the index is expected to dip. Months are inclusive.
export type Milestone = { from: string; to: string; label: string };

export const REFORM_MILESTONES: Milestone[] = [
  { from: "2025-03", to: "2025-06", label: "司法责任制改革 · 入额" },
];

/**
 * A Setting that replaces REFORM_MILESTONES: JSON [{ from, to, label }]. The
 * demo seed writes it, because it moves its story (and the reform) onto the
 * day it is seeded (prisma/seed/clock.ts).
 */
export const MILESTONES_SETTING = "dashboard.milestones";

/** The milestones from the Setting's value; REFORM_MILESTONES when it is missing or malformed. */
export function parseMilestones(value: string | null | undefined): Milestone[] {
  if (!value) return REFORM_MILESTONES;
  try {
    const list: unknown = JSON.parse(value);
    const key = /^\d{4}-\d{2}$/;
    if (!Array.isArray(list)) return REFORM_MILESTONES;
    const ok = list.every(
      (m) =>
        m &&
        typeof m.from === "string" &&
        key.test(m.from) &&
        typeof m.to === "string" &&
        key.test(m.to) &&
        m.from <= m.to &&
        typeof m.label === "string" &&
        m.label.length <= 40,
    );
    return ok ? list.map((m) => ({ from: m.from, to: m.to, label: m.label })) : REFORM_MILESTONES;
  } catch {
    return REFORM_MILESTONES;
  }
}

/** The milestones that overlap `months` (oldest first), clipped to them. */
export function milestonesWithin(
  months: string[],
  list: Milestone[] = REFORM_MILESTONES,
): Milestone[] {
  if (months.length === 0) return [];
  const first = months[0],
    last = months[months.length - 1];
  return list
    .filter((m) => m.to >= first && m.from <= last)
    .map((m) => ({ ...m, from: m.from < first ? first : m.from, to: m.to > last ? last : m.to }));
}
