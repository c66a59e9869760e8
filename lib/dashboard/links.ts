// Where each dashboard figure opens the records behind it. The lists apply the
// same rule as the figure (lib/dashboard/figures.ts): the same months
// (reportsOfMonthsWhere), the same active and overdue follow-ups, the same
// coverage rule; tests/integration/dashboard-drilldown.test.ts opens every
// link as 院领导 and compares the list's count with the figure.
import { previousMonth } from "../dates";

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A hot-topic count: the reports tagged with the topic in those months. */
export function topicReportsHref(topicId: string, months: string[]): string {
  return `/reports?${q({ topicId, from: months[0], to: months[months.length - 1] })}`;
}

/** A warning: the department's periodic reports of the month(s) it is about. */
export function warningReportsHref(w: { departmentId: string; month: string; months: number }) {
  const from = w.months > 1 ? previousMonth(w.month) : w.month;
  return `/reports?${q({ departmentId: w.departmentId, kind: "PERIODIC", from, to: w.month })}`;
}

/** 进行中督办 and 逾期督办. */
export const ACTIVE_FOLLOW_UPS_HREF = "/follow-ups?status=ACTIVE";
export const OVERDUE_FOLLOW_UPS_HREF = "/follow-ups?overdue=1";

/** A campaign's coverage: its page shows the same covered / members. */
export const campaignHref = (id: string) => `/talks/campaigns/${encodeURIComponent(id)}`;
