"use server";

// The reform consultation desk (改革咨询): staff ask; 政治处 logs phone and
// in-person consultations on someone's behalf, answers (notifying the asker)
// and publishes anonymised Q&A to the 政策解读 FAQ. Audit rows never carry
// the question or answer text (docs/security.md item 22).
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { rolesWith } from "../auth/permissions";
import { BUSINESS_ROLES } from "../auth/roles";
import { lockKey } from "../auth/throttle";
import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { openFollowUp } from "../follow-ups/open";
import { notify } from "../notifications/notify";
import {
  AnswerInput,
  AskInput,
  ConsultationIdInput,
  LogInput,
  PublishFaqInput,
  tagLabel,
  TAGS,
} from "./schemas";

async function createConsultation(
  db: Tx,
  data: {
    askerId: string;
    loggedById: string | null;
    channel: string;
    question: string;
    tags: string[];
    askedAt: Date;
  },
) {
  const c = await db.consultation.create({
    data: {
      askerId: data.askerId,
      loggedById: data.loggedById,
      channel: data.channel,
      question: data.question,
      askedAt: data.askedAt,
      status: "OPEN",
    },
    select: { id: true },
  });
  await db.consultationTag.createMany({
    data: [...new Set(data.tags)].map((tag) => ({ consultationId: c.id, tag })),
  });
  return c;
}

async function notifyOffice(db: Tx, id: string) {
  const office = await db.user.findMany({
    where: { status: "ACTIVE", roles: { some: { role: { in: rolesWith("consult.answer") } } } },
    select: { id: true },
  });
  await notify(
    db,
    office.map((u) => u.id),
    { title: "新的改革咨询待答复", body: "请在 24 小时内答复。", link: `/consult/${id}` },
  );
}

export const askConsultation = action(
  { name: "consult.ask", permission: "consult.ask", input: AskInput },
  async ({ db, user, input, audit }) => {
    const c = await createConsultation(db, {
      askerId: user.id,
      loggedById: null,
      channel: input.channel,
      question: input.question,
      tags: input.tags,
      askedAt: new Date(),
    });
    await notifyOffice(db, c.id);
    Object.assign(audit, {
      objectType: "Consultation",
      objectId: c.id,
      detail: { channel: input.channel, tags: input.tags },
    });
    revalidatePath("/consult");
    return c;
  },
);

export const logConsultation = action(
  { name: "consult.log", permission: "consult.answer", input: LogInput },
  async ({ db, user, input, audit }) => {
    const now = new Date();
    if (input.askedAt && input.askedAt.getTime() > now.getTime())
      throw new ValidationError("咨询时间不能晚于当前时间", {
        askedAt: "咨询时间不能晚于当前时间",
      });
    const asker = await db.user.findFirst({
      where: {
        id: input.askerId,
        status: "ACTIVE",
        roles: { some: { role: { in: [...BUSINESS_ROLES] } } },
      },
      select: { id: true },
    });
    if (!asker) throw new ValidationError("咨询人无效", { askerId: "请选择在职的干警" });
    const c = await createConsultation(db, {
      askerId: asker.id,
      loggedById: user.id,
      channel: input.channel,
      question: input.question,
      tags: input.tags,
      askedAt: input.askedAt ?? now,
    });
    Object.assign(audit, {
      objectType: "Consultation",
      objectId: c.id,
      detail: { channel: input.channel, tags: input.tags, onBehalf: true },
    });
    revalidatePath("/consult");
    return c;
  },
);

export const answerConsultation = action(
  { name: "consult.answer", permission: "consult.answer", input: AnswerInput },
  async ({ db, user, input, audit }) => {
    const c = await db.consultation.findUnique({
      where: { id: input.id },
      select: { id: true, askerId: true, status: true },
    });
    if (!c) throw new NotFoundError();
    Object.assign(audit, { objectType: "Consultation", objectId: c.id });
    // Conditional update: of two concurrent answers only one lands.
    const res = await db.consultation.updateMany({
      where: { id: c.id, status: "OPEN" },
      data: {
        status: "ANSWERED",
        answer: input.answer,
        answeredAt: new Date(),
        answeredById: user.id,
      },
    });
    if (res.count !== 1) throw new ConflictError("该咨询已答复，不能重复答复");
    await notify(db, [c.askerId], {
      title: "您的改革咨询已答复",
      body: "政治处已答复您的咨询，请查看。",
      link: `/consult/${c.id}`,
    });
    revalidatePath(`/consult/${c.id}`);
    revalidatePath("/consult");
    return { id: c.id, status: "ANSWERED" };
  },
);

export const publishFaq = action(
  { name: "consult.faq.publish", permission: "consult.answer", input: PublishFaqInput },
  async ({ db, user, input, audit }) => {
    const c = await db.consultation.findUnique({
      where: { id: input.consultationId },
      select: {
        id: true,
        status: true,
        asker: { select: { realName: true } },
        tags: { select: { tag: true } },
        faq: { select: { id: true } },
      },
    });
    if (!c) throw new NotFoundError();
    Object.assign(audit, { objectType: "Consultation", objectId: c.id });
    if (c.status !== "ANSWERED") throw new ConflictError("只有已答复的咨询才能发布到政策解读");
    if (c.faq) throw new ConflictError("该咨询已发布到政策解读");
    // Anonymity guard: the publisher must have taken the asker's name out.
    const name = c.asker.realName.trim();
    if (name.length >= 2) {
      const fieldErrors: Record<string, string> = {};
      if (input.question.includes(name))
        fieldErrors.question = "问题中含有咨询人姓名，请删除后再发布";
      if (input.answer.includes(name)) fieldErrors.answer = "解答中含有咨询人姓名，请删除后再发布";
      if (Object.keys(fieldErrors).length)
        throw new ValidationError("请删除咨询人姓名后再发布", fieldErrors);
    }
    const faq = await db.faqEntry.create({
      data: {
        question: input.question,
        answer: input.answer,
        tags: c.tags.map((t) => t.tag).join(","),
        consultationId: c.id,
        publishedById: user.id,
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "FaqEntry",
      objectId: faq.id,
      detail: { consultationId: c.id },
    });
    revalidatePath("/consult/faq");
    revalidatePath(`/consult/${c.id}`);
    return faq;
  },
);

/**
 * 转督办: a consultation that needs more than an answer (a policy gap, a
 * grievance) goes to the follow-up board, once. The title names only its
 * topics — the board is seen by more people than the desk — and the
 * consultation's lock makes two parallel clicks open one follow-up.
 */
export const openConsultationFollowUp = action(
  { name: "consult.followup.open", permission: "consult.answer", input: ConsultationIdInput },
  async ({ db, user, input, audit }) => {
    await lockKey(db, `consult-followup:${input.id}`);
    const c = await db.consultation.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        tags: { select: { tag: true } },
        asker: { select: { departmentId: true } },
      },
    });
    if (!c) throw new NotFoundError();
    Object.assign(audit, { objectType: "Consultation", objectId: c.id });
    const existing = await db.followUp.findFirst({
      where: { sourceType: "CONSULTATION", sourceId: c.id },
      select: { id: true },
    });
    if (existing) throw new ConflictError("该咨询已转督办");
    const order = (tag: string) => (TAGS as readonly string[]).indexOf(tag);
    const topics = c.tags
      .map((t) => t.tag)
      .sort((a, b) => order(a) - order(b))
      .map(tagLabel)
      .join("、");
    const fu = await openFollowUp(db, {
      sourceType: "CONSULTATION",
      sourceId: c.id,
      title: `改革咨询督办${topics ? `（${topics}）` : ""}`,
      departmentId: c.asker.departmentId,
      createdById: user.id,
    });
    audit.detail = { followUpId: fu.id };
    revalidatePath(`/consult/${c.id}`);
    return { id: c.id, followUpId: fu.id };
  },
);
