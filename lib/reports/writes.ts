// Checks and writes the report actions share: the caller's own department and
// report, topics and people of concern, the report's content (concerns
// encrypted), and a state-machine move. A plain module: a "use server" file
// may export actions only.
import "server-only";

import type { z } from "zod";

import { rolesWith } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { encryptText } from "../crypto";
import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { openFollowUp } from "../follow-ups/open";
import { notify } from "../notifications/notify";
import { CONCERN_KIND_LABELS, type CreateReportInput } from "./schemas";
import { nextReportStatus, REFUSAL, statusesAllowing, type ReportCommand } from "./state";

export type Concern = z.infer<typeof CreateReportInput>["concerns"][number];

export function ownDepartment(user: SessionUser): string {
  if (!user.departmentId) throw new NotFoundError("您尚未分配部门，无法填报");
  return user.departmentId;
}

export async function assertTopics(db: Tx, topicIds: string[]) {
  if (topicIds.length === 0) return;
  const n = await db.hotTopic.count({ where: { id: { in: topicIds }, active: true } });
  if (n !== new Set(topicIds).size)
    throw new ValidationError("热点话题无效", { topicIds: "所选热点话题不存在或已停用" });
}

/** Every person of concern must be an active member of the department. */
export async function assertConcernPeople(db: Tx, departmentId: string, concerns: Concern[]) {
  const ids = [...new Set(concerns.map((c) => c.personId))];
  if (ids.length === 0) return;
  const members = await db.user.count({
    where: { id: { in: ids }, departmentId, status: "ACTIVE" },
  });
  if (members !== ids.length)
    throw new ValidationError("关注人员须为本部门在职人员", {
      concerns: "关注人员须为本部门在职人员",
    });
}

export async function writeContent(
  db: Tx,
  reportId: string,
  topicIds: string[],
  concerns: Concern[],
) {
  await db.reportTopic.deleteMany({ where: { reportId } });
  if (topicIds.length)
    await db.reportTopic.createMany({
      data: [...new Set(topicIds)].map((topicId) => ({ reportId, topicId })),
    });
  await db.staffConcern.deleteMany({ where: { reportId } });
  if (concerns.length) {
    await db.staffConcern.createMany({
      data: concerns.map((c) => ({
        reportId,
        personId: c.personId,
        kind: c.kind,
        descriptionEnc: encryptText(c.description),
        suggestionEnc: encryptText(c.suggestion),
      })),
    });
  }
}

/** Loads a report of the caller's own department, or 404. */
export async function ownReport(db: Tx, user: SessionUser, id: string) {
  const r = await db.liaisonReport.findFirst({
    where: { id, departmentId: ownDepartment(user) },
    select: { id: true, status: true, authorId: true, departmentId: true, kind: true },
  });
  if (!r) throw new NotFoundError();
  return r;
}

/** Moves the report by `command`, atomically: a concurrent change makes this one fail. */
export async function transition(
  db: Tx,
  id: string,
  status: string,
  command: ReportCommand,
  data: Record<string, unknown>,
) {
  const next = nextReportStatus(status, command);
  if (!next) throw new ConflictError(REFUSAL[command]);
  const res = await db.liaisonReport.updateMany({
    where: { id, status: { in: statusesAllowing(command) } },
    data: { ...data, status: next },
  });
  if (res.count !== 1) throw new ConflictError(REFUSAL[command]);
  return next;
}

/**
 * On review, each staff-of-concern entry without one opens a follow-up for
 * 政治处, who are told; returns how many were opened.
 */
export async function openConcernFollowUps(
  db: Tx,
  report: { id: string; departmentId: string },
  userId: string,
) {
  const concerns = await db.staffConcern.findMany({
    where: { reportId: report.id, followUp: null },
    select: { id: true, kind: true, person: { select: { realName: true } } },
  });
  for (const c of concerns) {
    await openFollowUp(db, {
      title: `关注人员跟进：${c.person.realName}（${CONCERN_KIND_LABELS[c.kind as keyof typeof CONCERN_KIND_LABELS] ?? c.kind}）`,
      sourceType: "CONCERN",
      sourceId: report.id,
      concernId: c.id,
      departmentId: report.departmentId,
      createdById: userId,
    });
  }
  if (concerns.length) {
    const office = await db.user.findMany({
      where: {
        status: "ACTIVE",
        roles: { some: { role: { in: rolesWith("followup.manage") } } },
      },
      select: { id: true },
    });
    await notify(
      db,
      office.map((u) => u.id),
      {
        title: `新增 ${concerns.length} 项关注人员督办`,
        body: "部门负责人已审阅思想动态报告，请分办。",
        link: "/follow-ups?source=CONCERN",
      },
    );
  }
  return concerns.length;
}
