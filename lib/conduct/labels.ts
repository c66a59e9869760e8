// 履职表现记录: codes, their Chinese labels and the messages, in one place for
// forms, pages, actions and the seed. Pure: no Node APIs.
export const CATEGORIES = ["JUDICIAL", "COMMENDATION", "INNOVATION", "DISCIPLINE"] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  JUDICIAL: "规范司法",
  COMMENDATION: "表彰奖励",
  INNOVATION: "创新履职",
  DISCIPLINE: "纪律处分",
};

/** The kinds of each category, in display order. */
export const KINDS_BY_CATEGORY = {
  JUDICIAL: ["CASE_QUALITY", "RECTIFICATION", "OTHER_FINDING"],
  COMMENDATION: ["PRAISE", "CITATION", "MERIT", "HONOUR"],
  INNOVATION: ["INNOVATION"],
  DISCIPLINE: ["REMINDER", "ADMONITION", "CRITICISM", "SANCTION"],
} as const satisfies Record<Category, readonly string[]>;
export const KINDS = Object.values(KINDS_BY_CATEGORY).flat() as Kind[];
export type Kind = (typeof KINDS_BY_CATEGORY)[Category][number];
export const KIND_LABELS: Record<Kind, string> = {
  CASE_QUALITY: "案件质量评查",
  RECTIFICATION: "规范司法行为专项整治",
  OTHER_FINDING: "其他规范司法问题",
  PRAISE: "表扬",
  CITATION: "嘉奖",
  MERIT: "记功",
  HONOUR: "荣誉称号",
  INNOVATION: "创新履职",
  REMINDER: "提醒谈话",
  ADMONITION: "诫勉",
  CRITICISM: "通报批评",
  SANCTION: "党纪/政务处分",
};

export function kindBelongs(category: string, kind: string): boolean {
  if (!Object.hasOwn(KINDS_BY_CATEGORY, category)) return false;
  return (KINDS_BY_CATEGORY[category as Category] as readonly string[]).includes(kind);
}

export const SEVERITIES = ["GENERAL", "SERIOUS", "GRAVE"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  GENERAL: "一般",
  SERIOUS: "较重",
  GRAVE: "严重",
};

export const HONOUR_TITLES = ["业务标兵", "业务能手", "岗位能手"] as const;
export type HonourTitle = (typeof HONOUR_TITLES)[number];

/** Lowest to highest; the honours wall shows the highest first. */
export const LEVELS = ["COURT", "CITY", "PROVINCE", "NATIONAL"] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  COURT: "院级",
  CITY: "市级",
  PROVINCE: "省级",
  NATIONAL: "国家级",
};

/** The formal category of a 党纪/政务处分 (kept only in the sealed part of the row). */
export const SANCTION_CATEGORIES = [
  "PARTY_WARNING",
  "PARTY_SERIOUS_WARNING",
  "PARTY_POST_REMOVAL",
  "PARTY_PROBATION",
  "PARTY_EXPULSION",
  "GOV_WARNING",
  "GOV_DEMERIT",
  "GOV_MAJOR_DEMERIT",
  "GOV_DEMOTION",
  "GOV_DISMISSAL",
  "GOV_EXPULSION",
] as const;
export type SanctionCategory = (typeof SANCTION_CATEGORIES)[number];
export const SANCTION_LABELS: Record<SanctionCategory, string> = {
  PARTY_WARNING: "党纪处分：警告",
  PARTY_SERIOUS_WARNING: "党纪处分：严重警告",
  PARTY_POST_REMOVAL: "党纪处分：撤销党内职务",
  PARTY_PROBATION: "党纪处分：留党察看",
  PARTY_EXPULSION: "党纪处分：开除党籍",
  GOV_WARNING: "政务处分：警告",
  GOV_DEMERIT: "政务处分：记过",
  GOV_MAJOR_DEMERIT: "政务处分：记大过",
  GOV_DEMOTION: "政务处分：降级",
  GOV_DISMISSAL: "政务处分：撤职",
  GOV_EXPULSION: "政务处分：开除",
};

export const STATUSES = ["DRAFT", "CONFIRMED", "REVOKED"] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  DRAFT: "草稿",
  CONFIRMED: "已确认",
  REVOKED: "已撤销",
};

export const SUBJECT_TYPES = ["PERSON", "DEPARTMENT"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Attachment.ownerType of a record's evidence. */
export const CONDUCT_OWNER = "ConductRecord";

export const CONDUCT_MESSAGES = {
  kindMismatch: "所选类型不属于该类别",
  severityRequired: "规范司法问题须选择严重程度",
  honourTitleRequired: "荣誉称号须选择称号",
  levelRequired: "请选择表彰级别",
  sanctionRequired: "党纪/政务处分须选择处分种类",
  departmentOnlyJudicial: "只有规范司法问题可以记录到部门",
  personRequired: "请选择人员",
  departmentRequired: "请选择部门",
  personInvalid: "所选人员不存在或已停用",
  departmentInvalid: "所选部门不存在",
  reasonRequired: "请填写撤销理由",
  notDraft: "只有草稿可以修改、补充证明材料或删除",
  alreadyDecided: "该记录已确认或已撤销，请刷新页面",
  notConfirmed: "只有已确认的记录可以撤销",
  evidenceType: "证明材料仅支持 PDF 或 JPEG、PNG、WebP 图片",
  evidenceLimit: "每条记录最多上传 10 份证明材料",
} as const;

export function categoryLabel(c: string): string {
  return CATEGORY_LABELS[c as Category] ?? c;
}
export function kindLabel(k: string): string {
  return KIND_LABELS[k as Kind] ?? k;
}
export function levelLabel(l: string | null | undefined): string {
  return l ? (LEVEL_LABELS[l as Level] ?? l) : "—";
}

/** "省级 业务标兵", "市级 记功", "一般 · 案件质量评查": a record's kind as one phrase. */
export function describeKind(r: {
  kind: string;
  level?: string | null;
  honourTitle?: string | null;
  severity?: string | null;
  sanctionCategory?: string | null;
}): string {
  if (r.kind === "HONOUR" && r.honourTitle) return `${levelLabel(r.level)}“${r.honourTitle}”`;
  if (r.kind === "SANCTION" && r.sanctionCategory)
    return SANCTION_LABELS[r.sanctionCategory as SanctionCategory] ?? kindLabel(r.kind);
  if (r.severity) return `${kindLabel(r.kind)}（${SEVERITY_LABELS[r.severity as Severity]}）`;
  if (r.level) return `${levelLabel(r.level)}${kindLabel(r.kind)}`;
  return kindLabel(r.kind);
}
