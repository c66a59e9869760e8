// The AUTO indicators: declared rules over the portal's own records. Each has
// a formula in words, shown to the person scored, and the targets it can
// measure. The computation of each lives in lib/appraisal/auto/ (in the
// database, by groupBy), returning the score and the ids of the records behind it.
import type { Target } from "./labels";

export const AUTO_RULE_KEYS = [
  "STUDY_ATTENDANCE",
  "STUDY_POINTS",
  "REPORT_COMPLIANCE",
  "REPORT_TIMELINESS",
  "TALK_COVERAGE",
  "CONSULT_SLA",
  "FOLLOWUP_ON_TIME",
  "CONDUCT_POINTS",
  "CULTURE_PARTICIPATION",
] as const;
export type AutoRuleKey = (typeof AUTO_RULE_KEYS)[number];

export type AutoRuleSpec = {
  label: string;
  /** The formula, in the words shown on the sheet and the evidence page. */
  formula: string;
  targets: readonly Target[];
};

export const AUTO_RULES: Record<AutoRuleKey, AutoRuleSpec> = {
  STUDY_ATTENDANCE: {
    label: "学习出席率",
    formula:
      "考评期内应出席的三会一课与教育培训中，记录为“出席”的场次 ÷ 已登记考勤的应出席场次 × 100；部门取本部门干警合计。无应出席场次的不适用。",
    targets: ["INDIVIDUAL", "DEPARTMENT", "BOTH"],
  },
  STUDY_POINTS: {
    label: "学习积分",
    formula:
      "考评期内本人学习积分 ÷ 全院干警学习积分的第 80 百分位 × 100，最高 100；积分按积分规则由出席记录和审核通过的学习日志计算。全院多数干警没有积分时本项不适用。",
    targets: ["INDIVIDUAL"],
  },
  REPORT_COMPLIANCE: {
    label: "思想动态报告报送率",
    formula: "考评期内已截止的报告期中，本部门已报送的期数 ÷ 应报送期数 × 100。",
    targets: ["DEPARTMENT", "INDIVIDUAL", "BOTH"],
  },
  REPORT_TIMELINESS: {
    label: "思想动态报告及时率",
    formula: "考评期内已报送的报告中，在截止日前报送的份数 ÷ 已报送份数 × 100。",
    targets: ["DEPARTMENT", "INDIVIDUAL", "BOTH"],
  },
  TALK_COVERAGE: {
    label: "谈心谈话覆盖率",
    formula:
      "考评期内谈话计划中分配给本人（部门：本部门干警）的谈话对象，已完成谈话的人数 ÷ 应谈人数 × 100。无谈话任务的不适用。",
    targets: ["INDIVIDUAL", "DEPARTMENT", "BOTH"],
  },
  CONSULT_SLA: {
    label: "改革咨询 24 小时答复率",
    formula: "考评期内由本人答复的咨询中，24 小时内答复的件数 ÷ 答复件数 × 100。无答复件的不适用。",
    targets: ["INDIVIDUAL"],
  },
  FOLLOWUP_ON_TIME: {
    label: "督办事项按期办结率",
    formula:
      "考评期内到期的督办事项中，在到期日前办结的件数 ÷ 到期件数 × 100（部门：承办人为本部门干警的事项）。无到期事项的不适用。",
    targets: ["INDIVIDUAL", "DEPARTMENT", "BOTH"],
  },
  CONDUCT_POINTS: {
    label: "履职表现加减分",
    formula:
      "基础分 80 分，加上考评期内已确认的表彰奖励、创新履职加分，减去规范司法问题、纪律处分减分（分值见政治处维护的加减分表），结果限定在 0–100。已撤销和草稿记录不计。",
    targets: ["INDIVIDUAL", "DEPARTMENT", "BOTH"],
  },
  CULTURE_PARTICIPATION: {
    label: "检察文化参与",
    formula:
      "考评期内征文投稿每篇 10 分、获奖另加（一等奖 30、二等奖 20、三等奖 15、优秀奖 10）、参加社团每个 15 分、出席文化活动每次 10 分、上传照片获审核通过每张 2 分，合计为本人文化积分；本人文化积分 ÷ 全院第 80 百分位 × 100，最高 100。全院多数干警没有参与记录时本项不适用。",
    targets: ["INDIVIDUAL"],
  },
};

export function ruleTargets(key: AutoRuleKey): readonly Target[] {
  return AUTO_RULES[key].targets;
}
