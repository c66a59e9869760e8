// The study points table (积分规则) and computePoints, the pure arithmetic
// behind 我的学习 and the rankings (ranked in lib/study/rankings/rank.ts). No
// database here: queries count attendance and sum approved hours with groupBy
// (lib/study/points/queries.ts), then computePoints turns the counts into
// points with the rules 政治处 configured.
//
// Units: rules are stored in tenths of a point (StudyPointRule.tenths), hours
// in tenths of an hour (StudyLog.tenths). Points are computed in hundredths of
// a point, so "1.5 h × 0.5 points per hour = 0.75" stays exact.

export const RULE_KEYS = [
  "ATTEND_PRESENT_CORE",
  "ATTEND_PRESENT_OTHER",
  "ATTEND_LEAVE",
  "ATTEND_ABSENT",
  "LOG_HOUR",
  "REFLECTION_BONUS",
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];
/** Points per unit, in tenths of a point. */
export type Rules = Record<RuleKey, number>;

type RuleSpec = {
  label: string;
  unit: string;
  hint: string;
  default: number;
  min: number;
  max: number;
};

/** Defaults and allowed ranges, in tenths (20 = 2 points). */
export const RULE_SPECS: Record<RuleKey, RuleSpec> = {
  ATTEND_PRESENT_CORE: {
    label: "出席“三会一课”",
    unit: "分/次",
    hint: "支部党员大会、支委会、党小组会、党课（含一把手讲党课）",
    default: 20,
    min: 0,
    max: 100,
  },
  ATTEND_PRESENT_OTHER: {
    label: "出席其他学习活动",
    unit: "分/次",
    hint: "党员评议、专题辅导讲座、座谈会、征文/主题活动、教育培训",
    default: 10,
    min: 0,
    max: 100,
  },
  ATTEND_LEAVE: {
    label: "请假",
    unit: "分/次",
    hint: "经批准请假，一般不加不减",
    default: 0,
    min: -50,
    max: 50,
  },
  ATTEND_ABSENT: {
    label: "缺席",
    unit: "分/次",
    hint: "无故缺席扣分，填 0 或负数",
    default: -10,
    min: -100,
    max: 0,
  },
  LOG_HOUR: {
    label: "个人自学时长",
    unit: "分/小时",
    hint: "经审核通过的学习日志，按小时计",
    default: 5,
    min: 0,
    max: 50,
  },
  REFLECTION_BONUS: {
    label: "心得体会",
    unit: "分/篇",
    hint: "经审核通过的心得体会，另行加分",
    default: 10,
    min: 0,
    max: 100,
  },
};

export const DEFAULT_RULES: Rules = Object.fromEntries(
  RULE_KEYS.map((k) => [k, RULE_SPECS[k].default]),
) as Rules;

/** 三会一课 (with 一把手讲党课, itself a 党课): attendance here weighs more. */
export const CORE_ACTIVITY_TYPES = [
  "BRANCH_ASSEMBLY",
  "BRANCH_COMMITTEE",
  "PARTY_GROUP",
  "PARTY_LECTURE",
  "CHIEF_LECTURE",
] as const;

export function isCoreActivity(type: string): boolean {
  return (CORE_ACTIVITY_TYPES as readonly string[]).includes(type);
}

/** What one person did in a period, as counted by the database. */
export type StudyCounts = {
  presentCore: number;
  presentOther: number;
  leave: number;
  absent: number;
  /** Approved study-log hours, in tenths. */
  approvedTenths: number;
  /** Approved 心得体会 entries. */
  reflections: number;
};

export const ZERO_COUNTS: StudyCounts = {
  presentCore: 0,
  presentOther: 0,
  leave: 0,
  absent: 0,
  approvedTenths: 0,
  reflections: 0,
};

/** Each line of the breakdown and the total, in hundredths of a point. */
export type PointsBreakdown = {
  presentCore: number;
  presentOther: number;
  leave: number;
  absent: number;
  hours: number;
  reflections: number;
  total: number;
};

export function computePoints(c: StudyCounts, r: Rules): PointsBreakdown {
  const p = {
    presentCore: c.presentCore * r.ATTEND_PRESENT_CORE * 10,
    presentOther: c.presentOther * r.ATTEND_PRESENT_OTHER * 10,
    leave: c.leave * r.ATTEND_LEAVE * 10,
    absent: c.absent * r.ATTEND_ABSENT * 10,
    hours: c.approvedTenths * r.LOG_HOUR,
    reflections: c.reflections * r.REFLECTION_BONUS * 10,
  };
  return {
    ...p,
    total: p.presentCore + p.presentOther + p.leave + p.absent + p.hours + p.reflections,
  };
}
