// 谈心谈话: codes and their Chinese labels, in one place for forms, pages and the seed.
export const TALK_OCCASIONS = [
  "ROUTINE",
  "POST_CHANGE",
  "REFORM",
  "FLUCTUATION",
  "NEW_HIRE",
  "PRE_RETIREMENT",
] as const;
export type TalkOccasion = (typeof TALK_OCCASIONS)[number];
export const TALK_OCCASION_LABELS: Record<TalkOccasion, string> = {
  ROUTINE: "日常",
  POST_CHANGE: "岗位调整",
  REFORM: "改革期间",
  FLUCTUATION: "思想波动",
  NEW_HIRE: "新入职",
  PRE_RETIREMENT: "退休前",
};
export function talkOccasionLabel(c: string): string {
  return TALK_OCCASION_LABELS[c as TalkOccasion] ?? c;
}

export const CAMPAIGN_SCOPES = ["ALL", "DEPARTMENTS", "AGE_LAYER", "FOCUS_GROUP"] as const;
export type CampaignScope = (typeof CAMPAIGN_SCOPES)[number];
export const CAMPAIGN_SCOPE_LABELS: Record<CampaignScope, string> = {
  ALL: "全体干警",
  DEPARTMENTS: "指定部门",
  AGE_LAYER: "年龄层",
  FOCUS_GROUP: "重点人员",
};
export function campaignScopeLabel(c: string): string {
  return CAMPAIGN_SCOPE_LABELS[c as CampaignScope] ?? c;
}

/** The follow-up a talk opens: a neutral title, nothing from the notes. */
export const TALK_FOLLOW_UP_TITLE = "谈心谈话后续跟进";

export const TALK_MESSAGES = {
  intervieweeMissing: "谈话对象不存在，请重新选择",
  intervieweeDisabled: "该干警账户已停用，不能记录谈话",
  intervieweeNotBusiness: "谈话对象须为在职干警",
  intervieweeSelf: "不能记录与本人的谈话",
  intervieweeOutsideDepartment: "部门负责人只能记录与本部门干警的谈话",
  interviewerOther: "只有政治处可以代其他谈话人记录",
  interviewerInvalid: "谈话人须为在职干警",
  futureDate: "谈话日期不能晚于今天",
  campaignNotMember: "谈话对象不在该谈话计划范围内",
  noMembers: "范围内没有在职干警，请调整范围",
  focusInvalid: "所选人员中有已停用或无效的账户",
  quotaRoundInvalid: "所选入额遴选不存在",
  quotaRoundEmpty: "该轮遴选没有未入额的在职人员",
  departmentInvalid: "所选部门无效",
  followUpExists: "该谈话已发起后续跟进",
} as const;
