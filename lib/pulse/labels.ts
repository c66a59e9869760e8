// 思想状况测评: fixed wording in one place for forms, pages, actions and the seed.
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 8;
export const QUESTION_MAX = 100;
export const COMMENT_MAX = 500;

/** Questions are statements; 5 is always the most positive answer. */
export const SCALE = [1, 2, 3, 4, 5] as const;
export const SCALE_LABELS: Record<number, string> = {
  1: "很不同意",
  2: "不太同意",
  3: "一般",
  4: "比较同意",
  5: "很同意",
};

/**
 * The standard questions, phrased so that agreeing is positive: 工作压力 is
 * asked as "within what I can bear", so a higher mean is always better.
 */
export const STANDARD_QUESTIONS = [
  "我对目前的工作总体感到满意",
  "我理解司法责任制改革，对改革前景有信心",
  "我的工作压力在可承受的范围内",
  "部门团队氛围融洽，同事之间相互支持",
  "我对自己的职业发展有信心",
] as const;

export type RoundStatus = "UPCOMING" | "OPEN" | "CLOSED";
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  UPCOMING: "未开始",
  OPEN: "进行中",
  CLOSED: "已结束",
};

export const OTHER_GROUP_LABEL = "其他部门";

export const PULSE_MESSAGES = {
  questionCount: `每轮测评须设置 ${MIN_QUESTIONS}–${MAX_QUESTIONS} 道题目`,
  questionDuplicate: "题目不能重复",
  closesBeforeOpens: "结束日期不能早于开始日期",
  closesInPast: "结束日期不能早于今天",
  notOpen: "本轮测评尚未开始，暂不能作答",
  closed: "本轮测评已结束，不能再作答",
  already: "您已参加本轮测评",
  answerAll: "请回答全部题目",
  answerMismatch: "答卷与本轮题目不符，请刷新页面后重新作答",
  noComment: "本轮测评不收集意见建议",
  closeNotOpen: "本轮测评未在进行中，不能提前结束",
  scoreMissing: (p: number) => `请为第 ${p} 题选择评分`,
  scoreInvalid: (p: number) => `第 ${p} 题的评分须为 1–5 分`,
} as const;

/** Why groups are missing from the results, in the reader's words. */
export const WITHHELD_NOTES = {
  smallDepartments:
    "人数不足5人的部门已并入“其他部门”；“其他部门”本身不足5人时，再并入人数最少的部门。",
  ageTooFew: "各年龄层作答人数不足以分别显示（每组须满5人），本轮不显示年龄层结果。",
  ageDerivable:
    "按年龄层显示会使某个不足5人的群体可以由两组结果相减推算出来，本轮不显示年龄层结果。",
  tooFew: "本轮作答人数不足5人，为保护匿名，不显示任何结果。",
  ageMerged: "人数不足5人的年龄层已与相邻年龄层合并显示。",
} as const;
