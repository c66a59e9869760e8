"use server";

// The personal study log: staff log, edit and delete their own entries while
// they await review or were returned; 政治处 and the branch secretary (the
// department head, see lib/study/log/access.ts) approve or return them, and
// the owner is notified. Audit rows carry the kind, hours and day, never the
// title, reflection or comment text.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import type { Tx } from "../../db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { notify } from "../../notifications/notify";
import { markPointsChanged } from "../rankings/queries";
import { dayLimitMessage, dayTotalTenths, lockPersonsLog, reviewScope } from "./access";
import {
  CreateLogInput,
  EDITABLE_STATUSES,
  LogIdInput,
  ReturnLogInput,
  UpdateLogInput,
} from "./schemas";

type LogFields = {
  kind: string;
  title: string;
  studiedOn: Date;
  hours: number;
  reflection: string;
};

/** The day rules: not in the future, and at most 24 hours in one day. Throws a field error. */
async function checkDay(db: Tx, userId: string, input: LogFields, exceptId?: string) {
  if (input.studiedOn.getTime() > Date.now())
    throw new ValidationError("学习日期不能晚于今天", { studiedOn: "学习日期不能晚于今天" });
  await lockPersonsLog(db, userId);
  const message = dayLimitMessage(
    await dayTotalTenths(db, userId, input.studiedOn, exceptId),
    input.hours,
  );
  if (message) throw new ValidationError(message, { hours: message });
}

function auditDetail(input: LogFields) {
  return {
    kind: input.kind,
    tenths: input.hours,
    studiedOn: input.studiedOn.toISOString().slice(0, 10),
  };
}

function revalidateStudy() {
  revalidatePath("/study", "layout");
}

export const createStudyLog = action(
  { name: "study.log.create", permission: "study.log", input: CreateLogInput },
  async ({ db, user, input, audit }) => {
    await checkDay(db, user.id, input);
    const log = await db.studyLog.create({
      data: {
        userId: user.id,
        kind: input.kind,
        title: input.title,
        studiedOn: input.studiedOn,
        tenths: input.hours,
        reflection: input.reflection,
        status: "SUBMITTED",
      },
      select: { id: true },
    });
    Object.assign(audit, { objectType: "StudyLog", objectId: log.id, detail: auditDetail(input) });
    revalidateStudy();
    return log;
  },
);

/** The caller's own entry, still editable; another person's id is not found. */
async function ownEditable(db: Tx, userId: string, id: string, verb: string) {
  const log = await db.studyLog.findFirst({
    where: { id, userId },
    select: { id: true, status: true },
  });
  if (!log) throw new NotFoundError();
  if (!(EDITABLE_STATUSES as readonly string[]).includes(log.status))
    throw new ConflictError(`已通过审核的学习记录不能${verb}`);
  return log;
}

export const updateStudyLog = action(
  { name: "study.log.update", permission: "study.log", input: UpdateLogInput },
  async ({ db, user, input, audit }) => {
    const log = await ownEditable(db, user.id, input.id, "修改");
    Object.assign(audit, {
      objectType: "StudyLog",
      objectId: log.id,
      detail: { ...auditDetail(input), resubmit: log.status === "RETURNED" },
    });
    await checkDay(db, user.id, input, log.id);
    // Saving sends it back to the queue; the last return comment stays for the reviewer to see.
    const res = await db.studyLog.updateMany({
      where: { id: log.id, userId: user.id, status: { in: [...EDITABLE_STATUSES] } },
      data: {
        kind: input.kind,
        title: input.title,
        studiedOn: input.studiedOn,
        tenths: input.hours,
        reflection: input.reflection,
        status: "SUBMITTED",
        reviewedById: null,
        reviewedAt: null,
      },
    });
    if (res.count !== 1) throw new ConflictError("该学习记录刚刚已被审核，不能再修改");
    revalidateStudy();
    return { id: log.id, status: "SUBMITTED" };
  },
);

export const deleteStudyLog = action(
  { name: "study.log.delete", permission: "study.log", input: LogIdInput },
  async ({ db, user, input, audit }) => {
    const log = await ownEditable(db, user.id, input.id, "删除");
    Object.assign(audit, { objectType: "StudyLog", objectId: log.id });
    const res = await db.studyLog.deleteMany({
      where: { id: log.id, userId: user.id, status: { in: [...EDITABLE_STATUSES] } },
    });
    if (res.count !== 1) throw new ConflictError("该学习记录刚刚已被审核，不能再删除");
    // No revalidatePath: it would re-render the deleted entry's page in place as
    // a 404 before the delete button moves on (see deleteArticle); the pages are
    // dynamic, so the list it opens is rendered fresh.
    return { id: log.id };
  },
);

/** A submitted entry within the reviewer's scope; anything else is not found. */
async function reviewable(db: Tx, user: Parameters<typeof reviewScope>[1], id: string) {
  const scope = await reviewScope(db, user);
  const log = scope
    ? await db.studyLog.findFirst({
        where: { AND: [scope, { id }] },
        select: { id: true, userId: true, status: true, kind: true, tenths: true },
      })
    : null;
  if (!log) throw new NotFoundError();
  if (log.status !== "SUBMITTED") throw new ConflictError("该学习记录已审核，不能重复审核");
  return log;
}

async function decide(
  db: Tx,
  logId: string,
  reviewerId: string,
  status: "APPROVED" | "RETURNED",
  comment: string | null,
) {
  // Conditional update: of two concurrent decisions, or a decision racing an edit, one lands.
  const res = await db.studyLog.updateMany({
    where: { id: logId, status: "SUBMITTED" },
    data: { status, reviewedById: reviewerId, reviewedAt: new Date(), reviewComment: comment },
  });
  if (res.count !== 1) throw new ConflictError("该学习记录已审核或已被修改，请刷新后再试");
}

export const approveStudyLog = action(
  { name: "study.log.approve", permission: "study.log", input: LogIdInput },
  async ({ db, user, input, audit }) => {
    const log = await reviewable(db, user, input.id);
    Object.assign(audit, {
      objectType: "StudyLog",
      objectId: log.id,
      detail: { owner: log.userId, kind: log.kind, tenths: log.tenths },
    });
    await decide(db, log.id, user.id, "APPROVED", null);
    await markPointsChanged(db);
    await notify(db, [log.userId], {
      title: "您的学习记录已通过审核",
      body: `已计入学习时长 ${log.tenths / 10} 小时，积分随之更新。`,
      link: `/study/log/${log.id}`,
    });
    revalidateStudy();
    return { id: log.id, status: "APPROVED" };
  },
);

export const returnStudyLog = action(
  { name: "study.log.return", permission: "study.log", input: ReturnLogInput },
  async ({ db, user, input, audit }) => {
    const log = await reviewable(db, user, input.id);
    Object.assign(audit, {
      objectType: "StudyLog",
      objectId: log.id,
      detail: { owner: log.userId },
    });
    await decide(db, log.id, user.id, "RETURNED", input.comment);
    await markPointsChanged(db);
    await notify(db, [log.userId], {
      title: "您的学习记录被退回",
      body: "请按审核意见修改后重新提交。",
      link: `/study/log/${log.id}`,
    });
    revalidateStudy();
    return { id: log.id, status: "RETURNED" };
  },
);
