// 改革节点 shaded on the 院 line: the months of 司法责任制改革 and the 入额
// selection, when the index is expected to dip. Months are inclusive.
export type Milestone = { from: string; to: string; label: string };

export const REFORM_MILESTONES: Milestone[] = [{ from: "2025-03", to: "2025-06", label: "司法责任制改革 · 入额" }];

/** The milestones that overlap `months` (oldest first), clipped to them. */
export function milestonesWithin(months: string[], list: Milestone[] = REFORM_MILESTONES): Milestone[] {
  if (months.length === 0) return [];
  const first = months[0], last = months[months.length - 1];
  return list.filter((m) => m.to >= first && m.from <= last).map((m) => ({ ...m, from: m.from < first ? first : m.from, to: m.to > last ? last : m.to }));
}
