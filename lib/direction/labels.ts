// 党组引航 vocabulary: the stored codes and their Chinese labels, shared by
// schemas, queries, pages and forms (plain data, safe on the client).
export const GOAL_STATUSES = ["PLANNED", "IN_PROGRESS", "ACHIEVED", "DEFERRED"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  PLANNED: "计划中",
  IN_PROGRESS: "推进中",
  ACHIEVED: "已完成",
  DEFERRED: "已延期",
};

export const MEETING_TYPES = ["DANGZU", "YUANWU", "QUANYUAN", "ZUOTAN", "FENXI"] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  DANGZU: "党组会",
  YUANWU: "院务会",
  QUANYUAN: "全院干警大会",
  ZUOTAN: "集中座谈会",
  FENXI: "思想状况分析会",
};

export const ASSIGNMENT_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  OPEN: "未开始",
  IN_PROGRESS: "推进中",
  DONE: "已完成",
};

/** Labels for codes read back from the database, which zod did not parse. */
export function goalStatusLabel(s: string): string {
  return GOAL_STATUS_LABELS[s as GoalStatus] ?? s;
}
export function meetingTypeLabel(t: string): string {
  return MEETING_TYPE_LABELS[t as MeetingType] ?? t;
}
export function assignmentStatusLabel(s: string): string {
  return ASSIGNMENT_STATUS_LABELS[s as AssignmentStatus] ?? s;
}

export const DIRECTION_TEXT = {
  title: "党组引航",
  description: "党组年度目标、会议纪要与决定、部署事项及各部门落实进展",
  goals: "年度目标",
  meetings: "会议",
  deployments: "部署事项",
  myDeployments: "我部门的部署事项",
  newGoal: "新建年度目标",
  newMeeting: "记录会议",
  newDeployment: "新建部署事项",
  overdue: "已逾期",
  noGoals: "本年度尚未设定目标",
  noGoalsHint: "院领导或政治处可点击“新建年度目标”设定本年度的发展目标",
  noGoalsHintReader: "年度目标由党组研究确定后，由政治处录入",
  noMeetings: "本年度暂无会议记录",
  noMeetingsHint: "会后由政治处或院领导点击“记录会议”，录入纪要和决定事项",
  noMeetingsHintReader: "党组会、院务会等会议的纪要和决定录入后会显示在这里",
  noDeployments: "本年度暂无部署事项",
  noDeploymentsHint:
    "可从年度目标或会议决定出发，点击“新建部署事项”分解到部门，并指定责任人和截止日期",
  noDeploymentsHintReader: "党组部署分解到部门后会显示在这里",
  noMine: "本部门暂无部署事项",
  noMineHint: "党组部署分解到本部门后，会出现在这里，并通知责任人",
  noProgress: "尚未报送进展",
  progressHintOwner: "责任人如非部门负责人或信息员，可由部门负责人或信息员代为报送进展",
  followUpCreated: "已转入督办",
  progressSaved: "进展已报送",
} as const;
