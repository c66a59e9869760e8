// The appraisal's vocabulary (《工作人员绩效考评实施办法》): categories, cycle
// states, indicator targets and kinds, and grades, with their Chinese labels.

export const CATEGORIES = ["COMMON", "DUTY", "OVERALL"] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  COMMON: "共同目标",
  DUTY: "职责目标",
  OVERALL: "综合性评价",
};

export const CYCLE_STATES = [
  "DRAFT",
  "SETUP",
  "SCORING",
  "CALIBRATION",
  "PUBLICITY",
  "OBJECTION",
  "ARCHIVED",
] as const;
export type CycleState = (typeof CYCLE_STATES)[number];
export const CYCLE_STATE_LABELS: Record<CycleState, string> = {
  DRAFT: "草稿",
  SETUP: "指标设置",
  SCORING: "打分中",
  CALIBRATION: "校准",
  PUBLICITY: "公示",
  OBJECTION: "异议处理",
  ARCHIVED: "已归档",
};

/** Whom an indicator scores: departments, individuals, or both. */
export const TARGETS = ["DEPARTMENT", "INDIVIDUAL", "BOTH"] as const;
export type Target = (typeof TARGETS)[number];
export const TARGET_LABELS: Record<Target, string> = {
  DEPARTMENT: "部门",
  INDIVIDUAL: "个人",
  BOTH: "部门和个人",
};

export const INDICATOR_TYPES = ["AUTO", "MANUAL"] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];
export const INDICATOR_TYPE_LABELS: Record<IndicatorType, string> = {
  AUTO: "自动计算",
  MANUAL: "人工评分",
};

export const GRADES = ["EXCELLENT", "COMPETENT", "BASIC", "INCOMPETENT"] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = {
  EXCELLENT: "优秀",
  COMPETENT: "称职",
  BASIC: "基本称职",
  INCOMPETENT: "不称职",
};
