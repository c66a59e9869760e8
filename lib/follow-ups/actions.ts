"use server";

// Writes on the follow-up board (督办). Each goes through the action wrapper
// (permission, zod, one transaction, audit row) and through the state machine
// in ./state.ts; each leaves a timeline row, encrypted when it carries a note.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { ValidationError } from "../errors";
import { toDateInput } from "../format";
import { notify } from "../notifications/notify";
import { PRIORITY_LABELS } from "./labels";
import { assignmentNote } from "./notes";
import { openFollowUp } from "./open";
import { assertAssignee, assertDepartment, whoAssigned } from "./rules";
import {
  AssignFollowUpInput,
  CloseFollowUpInput,
  CreateFollowUpInput,
  ProgressFollowUpInput,
  ReopenFollowUpInput,
  ResolveFollowUpInput,
} from "./schemas";
import { applyTransition } from "./transition";

function revalidate(id: string) {
  revalidatePath("/follow-ups");
  revalidatePath(`/follow-ups/${id}`);
}

const link = (id: string) => `/follow-ups/${id}`;

export const createFollowUp = action(
  { name: "followup.create", permission: "followup.manage", input: CreateFollowUpInput },
  async ({ db, user, input, audit }) => {
    await assertDepartment(db, input.departmentId);
    const assignee = await assertAssignee(db, input.assigneeId);
    const created = await openFollowUp(db, {
      title: input.title,
      sourceType: "MANUAL",
      departmentId: input.departmentId,
      createdById: user.id,
      priority: input.priority,
      note: input.note,
    });
    await applyTransition(db, user, audit, created.id, "ASSIGN", {
      patch: { assigneeId: assignee.id, dueDate: input.dueDate },
      note: assignmentNote(
        assignee.realName,
        toDateInput(input.dueDate),
        PRIORITY_LABELS[input.priority],
        null,
      ),
    });
    await notify(db, [assignee.id], {
      title: `督办交办：${input.title}`,
      body: `请于 ${toDateInput(input.dueDate)} 前办结。`,
      link: link(created.id),
    });
    Object.assign(audit, {
      detail: {
        ...audit.detail,
        source: "MANUAL",
        assigneeId: assignee.id,
        priority: input.priority,
      },
    });
    revalidate(created.id);
    return { id: created.id };
  },
);

export const assignFollowUp = action(
  { name: "followup.assign", permission: "followup.manage", input: AssignFollowUpInput },
  async ({ db, user, input, audit }) => {
    let assigneeId = "";
    const r = await applyTransition(db, user, audit, input.id, "ASSIGN", {
      // The assignee is checked only once the follow-up is known to be the caller's to assign.
      prepare: async () => {
        const a = await assertAssignee(db, input.assigneeId);
        const about = await db.followUp.findUnique({
          where: { id: input.id },
          select: { concern: { select: { personId: true } } },
        });
        if (about?.concern?.personId === a.id) {
          throw new ValidationError("不能交由被关注人员本人承办", {
            assigneeId: "不能交由被关注人员本人承办",
          });
        }
        assigneeId = a.id;
        return {
          patch: { assigneeId: a.id, dueDate: input.dueDate, priority: input.priority },
          note: assignmentNote(
            a.realName,
            toDateInput(input.dueDate),
            PRIORITY_LABELS[input.priority],
            input.note,
          ),
        };
      },
    });
    await notify(db, [assigneeId], {
      title: `督办交办：${r.followUp.title}`,
      body: `请于 ${toDateInput(input.dueDate)} 前办结。`,
      link: link(r.followUp.id),
    });
    Object.assign(audit, { detail: { ...audit.detail, assigneeId, priority: input.priority } });
    revalidate(r.followUp.id);
    return { id: r.followUp.id, status: r.to };
  },
);

export const postFollowUpProgress = action(
  { name: "followup.note", permission: "followup.work", input: ProgressFollowUpInput },
  async ({ db, user, input, audit }) => {
    const r = await applyTransition(db, user, audit, input.id, "NOTE", { note: input.note });
    revalidate(r.followUp.id);
    return { id: r.followUp.id, status: r.to };
  },
);

export const resolveFollowUp = action(
  { name: "followup.resolve", permission: "followup.work", input: ResolveFollowUpInput },
  async ({ db, user, input, audit }) => {
    const r = await applyTransition(db, user, audit, input.id, "RESOLVE", { note: input.note });
    await notify(db, await whoAssigned(db, r.followUp), {
      title: `督办事项已办结，待核销：${r.followUp.title}`,
      body: `承办人：${user.realName}`,
      link: link(r.followUp.id),
    });
    revalidate(r.followUp.id);
    return { id: r.followUp.id, status: r.to };
  },
);

export const closeFollowUp = action(
  { name: "followup.close", permission: "followup.work", input: CloseFollowUpInput },
  async ({ db, user, input, audit }) => {
    // Declared with followup.work so that an assignee's attempt gets a message naming
    // who may close; applyTransition checks for 政治处 before any database access.
    const r = await applyTransition(db, user, audit, input.id, "CLOSE", { note: input.note });
    await notify(db, [r.followUp.assigneeId], {
      title: `督办事项已核销：${r.followUp.title}`,
      link: link(r.followUp.id),
    });
    revalidate(r.followUp.id);
    return { id: r.followUp.id, status: r.to };
  },
);

export const reopenFollowUp = action(
  { name: "followup.reopen", permission: "followup.work", input: ReopenFollowUpInput },
  async ({ db, user, input, audit }) => {
    const r = await applyTransition(db, user, audit, input.id, "REOPEN", { note: input.note });
    await notify(db, [r.followUp.assigneeId], {
      title: `督办事项被重新交办：${r.followUp.title}`,
      body: "政治处核查后要求继续办理，请查看理由。",
      link: link(r.followUp.id),
    });
    revalidate(r.followUp.id);
    return { id: r.followUp.id, status: r.to };
  },
);
