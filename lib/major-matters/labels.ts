export const MATTER_CATEGORIES = [
  "MARRIAGE",
  "CHILDREN",
  "TRAVEL",
  "RELATIVES",
  "PROPERTY",
  "ILLNESS",
  "OTHER",
] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];
export const MATTER_CATEGORY_LABELS: Record<MatterCategory, string> = {
  MARRIAGE: "婚姻变化",
  CHILDREN: "子女情况",
  TRAVEL: "出国(境)",
  RELATIVES: "亲属从业",
  PROPERTY: "房产/投资",
  ILLNESS: "重大疾病",
  OTHER: "其他",
};
export const MATTER_STATUS_LABELS: Record<string, string> = {
  SUBMITTED: "待确认",
  ACKNOWLEDGED: "已确认",
};
export function matterCategoryLabel(c: string): string {
  return MATTER_CATEGORY_LABELS[c as MatterCategory] ?? c;
}
