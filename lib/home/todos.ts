// The home page's 待办: what is waiting for this user, by role, as counts
// computed in the database. Each item links to the list that shows them.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { progressScopeWhere } from "../direction/deployments/queries";
import { ACTIVE_STATUSES, overdueWhere } from "../follow-ups/queries";
import { countOpenRoundsNotAnswered } from "../pulse/queries";
import { countPendingReview } from "../study/log/queries";

export type Todo = { key: string; label: string; count: number; href: string; urgent?: boolean };

export async function listTodos(user: SessionUser, now: Date = new Date()): Promise<Todo[]> {
  const jobs: Promise<Todo | null>[] = [];
  const dept = user.departmentId;
  const add = (key: string, label: string, href: string, count: Promise<number>, urgent = false) =>
    jobs.push(count.then((n) => (n > 0 ? { key, label, count: n, href, urgent } : null)));

  if (can(user.roles, "report.submit") && dept) {
    add(
      "report-returned",
      "被退回待修改的报告",
      "/reports?status=RETURNED",
      db.liaisonReport.count({ where: { departmentId: dept, status: "RETURNED" } }),
      true,
    );
    add(
      "report-draft",
      "未提交的报告草稿",
      "/reports?status=DRAFT",
      db.liaisonReport.count({ where: { departmentId: dept, status: "DRAFT" } }),
    );
  }
  if (can(user.roles, "report.review") && dept) {
    add(
      "report-review",
      "待审阅的思想动态报告",
      "/reports?status=SUBMITTED",
      db.liaisonReport.count({ where: { departmentId: dept, status: "SUBMITTED" } }),
      true,
    );
  }
  if (can(user.roles, "followup.manage")) {
    add(
      "followup-unassigned",
      "待分办的督办事项",
      "/follow-ups?status=OPEN",
      db.followUp.count({ where: { status: "OPEN", assigneeId: null } }),
      true,
    );
    add(
      "followup-verify",
      "待核销的督办事项",
      "/follow-ups?status=RESOLVED",
      db.followUp.count({ where: { status: "RESOLVED" } }),
    );
    add(
      "followup-overdue",
      "逾期的督办事项",
      "/follow-ups?overdue=1",
      db.followUp.count({ where: overdueWhere(now) }),
      true,
    );
  }
  if (can(user.roles, "followup.work")) {
    add(
      "followup-mine",
      "我承办的督办事项",
      "/follow-ups",
      db.followUp.count({ where: { assigneeId: user.id, status: { in: [...ACTIVE_STATUSES] } } }),
    );
  }
  if (can(user.roles, "deployment.progress")) {
    add(
      "deployment",
      "待落实的部署事项",
      "/direction",
      db.deploymentAssignment.count({
        where: { AND: [progressScopeWhere(user), { status: { not: "DONE" } }] },
      }),
    );
  }
  if (can(user.roles, "study.log")) {
    add(
      "study-returned",
      "被退回待修改的学习日志",
      "/study/log?status=RETURNED",
      db.studyLog.count({ where: { userId: user.id, status: "RETURNED" } }),
      true,
    );
    // 政治处 and department heads (the branch secretary); zero for everyone else.
    add("study-review", "待审核的学习日志", "/study/review", countPendingReview(user));
  }
  if (can(user.roles, "pulse.answer")) {
    // Open rounds this person has not answered (participation only: answers are anonymous).
    add(
      "pulse-open",
      "待参加的思想状况测评",
      "/pulse",
      countOpenRoundsNotAnswered(user.id, now),
      true,
    );
  }
  return (await Promise.all(jobs)).filter((t): t is Todo => t !== null);
}
