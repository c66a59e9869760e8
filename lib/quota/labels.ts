// 入额遴选: codes and their Chinese labels and messages, in one place for
// forms, pages, actions and the seed.
export const ROUND_STATUSES = ["REGISTRATION", "SCORING", "PUBLICITY", "CONCLUDED"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const OUTCOMES = ["PENDING", "PUBLICITY", "ADMITTED", "NOT_ADMITTED"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  PENDING: "待定",
  PUBLICITY: "公示中",
  ADMITTED: "已入额",
  NOT_ADMITTED: "未入额",
};
export function outcomeLabel(c: string): string {
  return OUTCOME_LABELS[c as Outcome] ?? c;
}

/** The default assessment components of a new round (the weights of the first round). */
export const DEFAULT_COMPONENTS = [
  { name: "笔试", weight: 30, maxScore: 100 },
  { name: "业绩考核", weight: 50, maxScore: 100 },
  { name: "面试", weight: 20, maxScore: 100 },
] as const;

/** Shown on the pages: who may register. */
export const ELIGIBILITY_RULE =
  "报名条件：在职干警，且尚未入额（已是员额检察官的不再报名）。具体资格以院遴选公告为准，政治处审核。";

export const QUOTA_MESSAGES = {
  weightsSum: "各项权重之和须为100%",
  alreadyRegistered: "您已报名本轮遴选",
  outsideWindow: "不在报名时间内",
  alreadyProsecutor: "您已是员额检察官，不符合本轮报名条件",
  notRegistered: "您未报名本轮遴选",
  notEditable: "评分已开始，考核项目和权重不能再修改",
  noRegistrants: "尚无人报名，不能开始评分",
  notScoring: "当前不在评分阶段，成绩不能修改",
  scoresIncomplete: "成绩尚未录入完整，不能发布公示",
  publishState: "当前阶段不能发布公示",
  tooMany: (n: number) => `公示人数不能超过剩余可公示人数 ${n} 名`,
  noCandidates: "没有可递补公示的人员",
  tieAtCut: (rank: number) => `第 ${rank} 名存在并列，请调整公示人数`,
  notPublicity: "当前不在公示阶段",
  publicityOpen: "公示期未满，不能确定结果",
  scoreRange: (name: string, component: string, max: number) =>
    `${name}的「${component}」成绩须在 0–${max} 之间`,
  scoreFormat: (name: string, component: string) =>
    `${name}的「${component}」成绩格式有误（最多两位小数）`,
  published: "入额遴选公示名单已发布",
  concluded: "入额遴选结果已确定",
  recused: "您已报名本轮遴选，按回避规定不能办理本轮的设置、评分、公示和结果",
} as const;
