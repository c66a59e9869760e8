"use server";

// 政治处 edits the 改革节点 shaded on the dashboard's trend (milestone.manage):
// create, edit, delete, or mark a 入额 round or a deployment as one.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { NotFoundError } from "../errors";
import { deploymentMonths, quotaRoundMonths } from "./milestone-queries";
import { forgetDashboardFigures } from "./queries";
import {
  MilestoneFromSourceInput,
  MilestoneIdInput,
  MilestoneInput,
  UpdateMilestoneInput,
} from "./schemas";

const changed = () => {
  forgetDashboardFigures();
  revalidatePath("/dashboard");
  revalidatePath("/dashboard/milestones");
};

export const createMilestone = action(
  { name: "dashboard.milestone.create", permission: "milestone.manage", input: MilestoneInput },
  async ({ db, user, input, audit }) => {
    const m = await db.milestone.create({
      data: { ...input, createdById: user.id },
      select: { id: true },
    });
    Object.assign(audit, { objectType: "Milestone", objectId: m.id, detail: { kind: input.kind } });
    changed();
    return { id: m.id };
  },
);

export const updateMilestone = action(
  {
    name: "dashboard.milestone.update",
    permission: "milestone.manage",
    input: UpdateMilestoneInput,
  },
  async ({ db, input, audit }) => {
    const { id, ...data } = input;
    const found = await db.milestone.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw new NotFoundError();
    await db.milestone.update({ where: { id }, data });
    Object.assign(audit, { objectType: "Milestone", objectId: id, detail: { kind: data.kind } });
    changed();
    return { id };
  },
);

export const deleteMilestone = action(
  { name: "dashboard.milestone.delete", permission: "milestone.manage", input: MilestoneIdInput },
  async ({ db, input, audit }) => {
    const found = await db.milestone.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!found) throw new NotFoundError();
    await db.milestone.delete({ where: { id: input.id } });
    Object.assign(audit, { objectType: "Milestone", objectId: input.id });
    changed();
    return { id: input.id };
  },
);

export const createMilestoneFromSource = action(
  {
    name: "dashboard.milestone.fromSource",
    permission: "milestone.manage",
    input: MilestoneFromSourceInput,
  },
  async ({ db, user, input, audit }) => {
    let made: { label: string; kind: string; from: string; to: string } | null = null;
    if (input.sourceType === "QuotaRound") {
      const r = await db.quotaRound.findUnique({ where: { id: input.sourceId } });
      if (r) made = { label: r.title.slice(0, 40), kind: "QUOTA", ...quotaRoundMonths(r) };
    } else {
      const d = await db.deployment.findUnique({
        where: { id: input.sourceId },
        select: { title: true, createdAt: true, assignments: { select: { dueDate: true } } },
      });
      if (d) made = { label: d.title.slice(0, 40), kind: "DEPLOYMENT", ...deploymentMonths(d) };
    }
    if (!made) throw new NotFoundError();
    const m = await db.milestone.create({
      data: {
        label: made.label,
        kind: made.kind,
        fromMonth: made.from,
        toMonth: made.to,
        sourceType: input.sourceType,
        sourceId: input.sourceId,
        createdById: user.id,
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "Milestone",
      objectId: m.id,
      detail: { sourceType: input.sourceType, sourceId: input.sourceId },
    });
    changed();
    return { id: m.id };
  },
);
