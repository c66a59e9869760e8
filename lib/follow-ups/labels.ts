// Chinese labels of the follow-up board, in one place. Plain data: client
// components import it too.
import type { FollowUpSource } from "./sources";
import type { FollowUpEvent, FollowUpStatus, UpdateKind } from "./state";

export const STATUS_LABELS: Record<FollowUpStatus, string> = {
  OPEN: "待办",
  IN_PROGRESS: "办理中",
  RESOLVED: "已办结（待核销）",
  CLOSED: "已核销",
};

export const STATUS_TONES: Record<FollowUpStatus, "gray" | "blue" | "amber" | "green"> = {
  OPEN: "gray",
  IN_PROGRESS: "blue",
  RESOLVED: "amber",
  CLOSED: "green",
};

export const SOURCE_LABELS: Record<FollowUpSource, string> = {
  CONCERN: "关注人员",
  MANUAL: "手工",
  MEETING: "会议决定",
  DEPLOYMENT: "部署事项",
  MAILBOX: "检察长信箱",
  TALK: "谈心谈话",
  CONSULTATION: "改革咨询",
  WARNING: "预警",
};

export const PRIORITIES = ["LOW", "NORMAL", "HIGH"] as const;
export type FollowUpPriority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Record<FollowUpPriority, string> = {
  LOW: "低",
  NORMAL: "普通",
  HIGH: "高",
};

export const UPDATE_KIND_LABELS: Record<UpdateKind, string> = {
  CREATED: "立项",
  ASSIGNED: "交办",
  STARTED: "开始办理",
  NOTE: "办理进展",
  RESOLVED: "办结",
  CLOSED: "核销",
  REOPENED: "重新交办",
};

export const EVENT_LABELS: Record<FollowUpEvent, string> = {
  ASSIGN: "交办",
  NOTE: "填写进展",
  RESOLVE: "办结",
  CLOSE: "核销",
  REOPEN: "重新交办",
};

export function labelOf<K extends string>(labels: Record<K, string>, code: string): string {
  return (labels as Record<string, string>)[code] ?? code;
}
