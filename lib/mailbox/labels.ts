// Plain data shared by schemas, pages and client components.
export const LETTER_CATEGORIES = ["SUGGESTION", "APPEAL", "PROBLEM", "OTHER"] as const;
export type LetterCategory = (typeof LETTER_CATEGORIES)[number];
export const LETTER_CATEGORY_LABELS: Record<LetterCategory, string> = {
  SUGGESTION: "建议",
  APPEAL: "诉求",
  PROBLEM: "反映问题",
  OTHER: "其他",
};

export const LETTER_STATUSES = ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "REPLIED", "CLOSED"] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  NEW: "新来信",
  ACKNOWLEDGED: "已签收",
  IN_PROGRESS: "办理中",
  REPLIED: "已答复",
  CLOSED: "已办结",
};

export function categoryLabel(c: string): string {
  return LETTER_CATEGORY_LABELS[c as LetterCategory] ?? c;
}
export function statusLabel(s: string): string {
  return LETTER_STATUS_LABELS[s as LetterStatus] ?? s;
}
