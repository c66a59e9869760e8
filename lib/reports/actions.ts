"use server";

// Liaison periodic and ad-hoc reports (思想动态报告). A liaison files for their
// own department only; its head reviews or returns; 政治处 configures the
// schedule and topics. Staff-of-concern entries are encrypted at rest and open
// a follow-up for 政治处 once the head has reviewed the report. The checks and
// writes the actions share are in writes.ts.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "../errors";
import { notify } from "../notifications/notify";
import { periodsBetween } from "./periods";
import { ensurePeriod, periodForKey, readSchedule, SCHEDULE_KEY } from "./schedule";
import {
  CreateReportInput,
  ReportIdInput,
  ReturnReportInput,
  ScheduleInput,
  TopicInput,
  TopicToggleInput,
  UpdateReportInput,
} from "./schemas";
import { nextReportStatus, REFUSAL, statusesAllowing } from "./state";
import {
  assertConcernPeople,
  assertTopics,
  openConcernFollowUps,
  ownDepartment,
  ownReport,
  transition,
  writeContent,
} from "./writes";

export const createReport = action(
  { name: "report.create", permission: "report.submit", input: CreateReportInput },
  async ({ db, user, input, audit }) => {
    const departmentId = ownDepartment(user);
    await assertTopics(db, input.topicIds);
    await assertConcernPeople(db, departmentId, input.concerns);
    let periodId: string | null = null;
    if (input.kind === "PERIODIC") {
      const schedule = await readSchedule(db);
      const now = new Date();
      // The same periods the form offers: started, and within the last year.
      const open = periodsBetween(new Date(now.getTime() - 365 * 24 * 3600_000), now, schedule);
      const period = open.find((p) => p.key === input.periodKey)
        ? periodForKey(input.periodKey ?? "", schedule)
        : null;
      if (!period)
        throw new ValidationError("报告周期无效", { periodKey: "请选择已开始的报告周期" });
      periodId = (await ensurePeriod(db, period)).id;
      if (
        await db.liaisonReport.findFirst({
          where: { departmentId, periodId },
          select: { id: true },
        })
      ) {
        throw new ConflictError("本部门该周期的报告已存在，请在原报告上修改", {
          periodKey: "本部门该周期的报告已存在",
        });
      }
    }
    try {
      const report = await db.liaisonReport.create({
        data: {
          departmentId,
          periodId,
          kind: input.kind,
          authorId: user.id,
          title: input.title ?? "",
          mood: input.mood,
          stability: input.stability,
          summary: input.summary,
        },
        select: { id: true },
      });
      await writeContent(db, report.id, input.topicIds, input.concerns);
      await db.reportEvent.create({
        data: { reportId: report.id, actorId: user.id, action: "CREATED" },
      });
      Object.assign(audit, {
        objectType: "LiaisonReport",
        objectId: report.id,
        detail: { kind: input.kind, concerns: input.concerns.length },
      });
      revalidatePath("/reports");
      return report;
    } catch (e) {
      // Two concurrent creations for one department and period: the unique
      // constraint lets exactly one through.
      if (isUniqueViolation(e))
        throw new ConflictError("本部门该周期的报告已存在，请在原报告上修改", {
          periodKey: "本部门该周期的报告已存在",
        });
      throw e;
    }
  },
);

export const updateReport = action(
  { name: "report.update", permission: "report.submit", input: UpdateReportInput },
  async ({ db, user, input, audit }) => {
    const r = await ownReport(db, user, input.id);
    if (!nextReportStatus(r.status, "edit")) throw new ConflictError(REFUSAL.edit);
    await assertTopics(db, input.topicIds);
    await assertConcernPeople(db, r.departmentId, input.concerns);
    const res = await db.liaisonReport.updateMany({
      where: { id: r.id, status: { in: statusesAllowing("edit") } },
      data: {
        mood: input.mood,
        stability: input.stability,
        summary: input.summary,
        ...(r.kind === "ADHOC" && input.title ? { title: input.title } : {}),
      },
    });
    if (res.count !== 1) throw new ConflictError(REFUSAL.edit);
    await writeContent(db, r.id, input.topicIds, input.concerns);
    Object.assign(audit, {
      objectType: "LiaisonReport",
      objectId: r.id,
      detail: { concerns: input.concerns.length },
    });
    revalidatePath(`/reports/${r.id}`);
    return { id: r.id };
  },
);

export const submitReport = action(
  { name: "report.submit", permission: "report.submit", input: ReportIdInput },
  async ({ db, user, input, audit }) => {
    const r = await ownReport(db, user, input.id);
    const now = new Date();
    const first = await db.liaisonReport.findUniqueOrThrow({
      where: { id: r.id },
      select: { firstSubmittedAt: true },
    });
    await transition(db, r.id, r.status, "submit", {
      submittedAt: now,
      firstSubmittedAt: first.firstSubmittedAt ?? now,
      returnComment: null,
    });
    await db.reportEvent.create({
      data: { reportId: r.id, actorId: user.id, action: "SUBMITTED" },
    });
    const dept = await db.department.findUniqueOrThrow({
      where: { id: r.departmentId },
      select: { headId: true, name: true },
    });
    await notify(db, [dept.headId], {
      title: `${dept.name}思想动态报告待审阅`,
      body: `${user.realName}已提交报告，请审阅。`,
      link: `/reports/${r.id}`,
    });
    Object.assign(audit, { objectType: "LiaisonReport", objectId: r.id });
    revalidatePath("/reports");
    return { id: r.id, status: "SUBMITTED" };
  },
);

export const returnReport = action(
  { name: "report.return", permission: "report.review", input: ReturnReportInput },
  async ({ db, user, input, audit }) => {
    const r = await ownReport(db, user, input.id);
    await transition(db, r.id, r.status, "return", { returnComment: input.comment });
    await db.reportEvent.create({
      data: { reportId: r.id, actorId: user.id, action: "RETURNED", comment: input.comment },
    });
    await notify(db, [r.authorId], {
      title: "思想动态报告被退回",
      body: `退回意见：${input.comment}`,
      link: `/reports/${r.id}`,
    });
    Object.assign(audit, { objectType: "LiaisonReport", objectId: r.id });
    revalidatePath(`/reports/${r.id}`);
    return { id: r.id, status: "RETURNED" };
  },
);

export const reviewReport = action(
  { name: "report.review", permission: "report.review", input: ReportIdInput },
  async ({ db, user, input, audit }) => {
    const r = await ownReport(db, user, input.id);
    await transition(db, r.id, r.status, "review", {
      reviewedAt: new Date(),
      reviewedById: user.id,
    });
    await db.reportEvent.create({ data: { reportId: r.id, actorId: user.id, action: "REVIEWED" } });
    const followUps = await openConcernFollowUps(db, r, user.id);
    await notify(db, [r.authorId], {
      title: "思想动态报告已审阅",
      body: "部门负责人已审阅本部门报告。",
      link: `/reports/${r.id}`,
    });
    Object.assign(audit, {
      objectType: "LiaisonReport",
      objectId: r.id,
      detail: { followUps },
    });
    revalidatePath(`/reports/${r.id}`);
    return { id: r.id, status: "REVIEWED", followUps };
  },
);

// ---- 政治处 configuration ---------------------------------------------------

export const saveSchedule = action(
  { name: "report.schedule", permission: "report.configure", input: ScheduleInput },
  async ({ db, input, audit }) => {
    const value = JSON.stringify(input);
    await db.setting.upsert({
      where: { key: SCHEDULE_KEY },
      create: { key: SCHEDULE_KEY, value },
      update: { value },
    });
    Object.assign(audit, { objectType: "Setting", objectId: SCHEDULE_KEY, detail: input });
    revalidatePath("/reports/settings");
    return input;
  },
);

export const addTopic = action(
  { name: "report.topic.add", permission: "report.configure", input: TopicInput },
  async ({ db, input, audit }) => {
    if (await db.hotTopic.findUnique({ where: { name: input.name }, select: { id: true } }))
      throw new ConflictError("该话题已存在", { name: "该话题已存在" });
    const max = await db.hotTopic.aggregate({ _max: { sortOrder: true } });
    const t = await db.hotTopic.create({
      data: { name: input.name, sortOrder: (max._max.sortOrder ?? 0) + 10 },
      select: { id: true },
    });
    Object.assign(audit, { objectType: "HotTopic", objectId: t.id });
    revalidatePath("/reports/settings");
    return t;
  },
);

export const setTopicActive = action(
  { name: "report.topic.toggle", permission: "report.configure", input: TopicToggleInput },
  async ({ db, input, audit }) => {
    const res = await db.hotTopic.updateMany({
      where: { id: input.id },
      data: { active: input.active },
    });
    if (res.count === 0) throw new NotFoundError();
    Object.assign(audit, {
      objectType: "HotTopic",
      objectId: input.id,
      detail: { active: input.active },
    });
    revalidatePath("/reports/settings");
    return { id: input.id };
  },
);
