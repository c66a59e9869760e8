// 改革节点 overlaid on the 院 trend: Milestone records that 政治处 edits
// (/dashboard/milestones), for example a 入额 round, the 区院合并 or a
// deployment. Months are "YYYY-MM", both ends included. Pure.
export type MilestoneKind = "REFORM" | "QUOTA" | "MERGER" | "DEPLOYMENT" | "OTHER";
export const MILESTONE_KINDS: Record<MilestoneKind, string> = {
  REFORM: "改革",
  QUOTA: "入额",
  MERGER: "区院合并",
  DEPLOYMENT: "工作部署",
  OTHER: "其他",
};
export const MILESTONE_KIND_KEYS = Object.keys(MILESTONE_KINDS) as MilestoneKind[];

export type Milestone = { from: string; to: string; label: string; kind?: string };

/** The milestones that overlap `months` (oldest first), clipped to them. */
export function milestonesWithin<M extends Milestone>(months: string[], list: M[]): M[] {
  if (months.length === 0) return [];
  const first = months[0],
    last = months[months.length - 1];
  return list
    .filter((m) => m.to >= first && m.from <= last)
    .map((m) => ({ ...m, from: m.from < first ? first : m.from, to: m.to > last ? last : m.to }));
}
