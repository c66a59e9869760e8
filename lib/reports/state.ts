// The report state machine (docs/sanhao.md, 思想动态报告):
//   DRAFT → SUBMITTED → REVIEWED, or SUBMITTED → RETURNED (with a comment)
//   → SUBMITTED again after the liaison's edits. A submitted report is frozen.
export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "REVIEWED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportCommand = "edit" | "submit" | "review" | "return";

const TRANSITIONS: Record<ReportCommand, Partial<Record<ReportStatus, ReportStatus>>> = {
  edit: { DRAFT: "DRAFT", RETURNED: "RETURNED" },
  submit: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  review: { SUBMITTED: "REVIEWED" },
  return: { SUBMITTED: "RETURNED" },
};

/** The status after the command, or null when the command is not allowed now. */
export function nextReportStatus(status: string, command: ReportCommand): ReportStatus | null {
  return TRANSITIONS[command][status as ReportStatus] ?? null;
}

/** Statuses from which the command may run. */
export function statusesAllowing(command: ReportCommand): ReportStatus[] {
  return Object.keys(TRANSITIONS[command]) as ReportStatus[];
}

export const REFUSAL: Record<ReportCommand, string> = {
  edit: "报告已提交，不能修改（被退回后方可修改）",
  submit: "报告已提交，不能重复提交",
  review: "只有已提交、待审阅的报告才能审阅",
  return: "只有已提交、待审阅的报告才能退回",
};
