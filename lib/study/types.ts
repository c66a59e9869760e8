// 学习活动: codes and their Chinese labels, in one place for forms, pages,
// points and the seed. Shared by the activities and the study-log helpers.

export const ACTIVITY_TYPES = [
  "BRANCH_ASSEMBLY",
  "BRANCH_COMMITTEE",
  "PARTY_GROUP",
  "PARTY_LECTURE",
  "CHIEF_LECTURE",
  "MEMBER_REVIEW",
  "SEMINAR",
  "FORUM",
  "WRITING",
  "EDUCATION",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  BRANCH_ASSEMBLY: "支部党员大会",
  BRANCH_COMMITTEE: "支委会",
  PARTY_GROUP: "党小组会",
  PARTY_LECTURE: "党课",
  CHIEF_LECTURE: "一把手讲党课",
  MEMBER_REVIEW: "党员评议",
  SEMINAR: "专题辅导讲座",
  FORUM: "座谈会",
  WRITING: "征文/主题活动",
  EDUCATION: "教育培训",
};

/** 三会一课: the four regular branch activities. */
export const SANHUI_YIKE_TYPES: readonly ActivityType[] = [
  "BRANCH_ASSEMBLY",
  "BRANCH_COMMITTEE",
  "PARTY_GROUP",
  "PARTY_LECTURE",
];

export function isActivityType(v: string): v is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).includes(v);
}

export function activityTypeLabel(code: string): string {
  return ACTIVITY_TYPE_LABELS[code as ActivityType] ?? code;
}

/** 三合 education themes: required for EDUCATION, forbidden for every other type. */
export const EDUCATION_THEMES = ["IDEALS", "RULE_OF_LAW", "ETHICS", "DISCIPLINE"] as const;
export type EducationTheme = (typeof EDUCATION_THEMES)[number];

export const EDUCATION_THEME_LABELS: Record<EducationTheme, string> = {
  IDEALS: "理想信念",
  RULE_OF_LAW: "法治理念",
  ETHICS: "职业道德",
  DISCIPLINE: "纪律规矩",
};

export function educationThemeLabel(code: string): string {
  return EDUCATION_THEME_LABELS[code as EducationTheme] ?? code;
}

/** Type label with the theme for education sessions, e.g. "教育培训·理想信念". */
export function activityKindLabel(type: string, theme: string | null | undefined): string {
  return theme
    ? `${activityTypeLabel(type)}·${educationThemeLabel(theme)}`
    : activityTypeLabel(type);
}

// The attendance vocabulary is shared with 检察文化 events: it lives in lib/attendance.ts.
export {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  attendanceStatusLabel,
  type AttendanceStatus,
} from "../attendance";

export const ACTIVITY_SCOPES = ["ALL", "DEPARTMENTS", "PARTY_MEMBERS", "USERS"] as const;
export type ActivityScope = (typeof ACTIVITY_SCOPES)[number];

export const ACTIVITY_SCOPE_LABELS: Record<ActivityScope, string> = {
  ALL: "全体干警",
  DEPARTMENTS: "指定部门",
  PARTY_MEMBERS: "全体党员",
  USERS: "指定人员",
};

export function activityScopeLabel(code: string): string {
  return ACTIVITY_SCOPE_LABELS[code as ActivityScope] ?? code;
}
