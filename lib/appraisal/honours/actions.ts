"use server";

// 评先评优: 政治处 opens a batch from an archived cycle's ranking; the
// department (its head) or 政治处 nominates within the quota, from the
// eligible grades, with 事迹 and links to evidence; each stage (部门 →
// 政治处 → 党组) passes or returns with an opinion; an approved nomination
// becomes a confirmed commendation (荣誉称号) in the conduct records.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { recordCommendation } from "../../conduct/commend";
import { ConflictError, NotFoundError } from "../../errors";
import type { CycleState } from "../labels";
import { allows, refusal } from "../states";
import { NEXT_STAGE, NominateInput, OpenBatchInput, ReviewInput, type Stage } from "./schemas";
import { assertMayNominate, assertQuota, assertReviewer, eligibleSheet, lockBatch } from "./writes";

export const openHonourBatch = action(
  { name: "appraisal.honours.open", permission: "appraisal.manage", input: OpenBatchInput },
  async ({ db, user, input, audit }) => {
    const cycle = await db.appraisalCycle.findUnique({ where: { id: input.cycleId } });
    if (!cycle) throw new NotFoundError("考评周期不存在");
    if (!allows(cycle.status as CycleState, "openHonours"))
      throw new ConflictError(refusal(cycle.status as CycleState, "openHonours"));
    const b = await db.honourBatch.create({
      data: {
        cycleId: cycle.id,
        title: input.title,
        honourTitle: input.honourTitle,
        level: input.level,
        quota: input.quota,
        eligibleGrades: JSON.stringify(input.eligibleGrades),
        createdById: user.id,
      },
    });
    audit.objectType = "HonourBatch";
    audit.objectId = b.id;
    revalidatePath(`/appraisal/${cycle.id}/honours`);
    return { id: b.id };
  },
);

export const nominateForHonour = action(
  { name: "appraisal.honours.nominate", permission: "appraisal.score", input: NominateInput },
  async ({ db, user, input, audit }) => {
    const batch = await lockBatch(db, input.batchId);
    const sheet = await eligibleSheet(db, batch, input.nomineeId);
    await assertMayNominate(db, user, sheet.departmentId);
    await assertQuota(db, batch, input.nomineeId);
    const existing = await db.honourNomination.findUnique({
      where: { batchId_nomineeId: { batchId: batch.id, nomineeId: input.nomineeId } },
    });
    if (existing && existing.stage !== "RETURNED") throw new ConflictError("此人已在本批次推荐中");
    const data = {
      deeds: input.deeds,
      evidence: JSON.stringify(input.evidence),
      stage: "DEPARTMENT",
      nominatedById: user.id,
    };
    const n = existing
      ? await db.honourNomination.update({ where: { id: existing.id }, data })
      : await db.honourNomination.create({
          data: {
            ...data,
            batchId: batch.id,
            sheetId: sheet.id,
            nomineeId: input.nomineeId,
            departmentId: sheet.departmentId,
          },
        });
    audit.objectType = "HonourNomination";
    audit.objectId = n.id;
    revalidatePath(`/appraisal/${batch.cycleId}/honours`);
    return { id: n.id };
  },
);

export const reviewNomination = action(
  { name: "appraisal.honours.review", permission: "appraisal.score", input: ReviewInput },
  async ({ db, user, input, audit }) => {
    const n = await db.honourNomination.findUnique({
      where: { id: input.nominationId },
      include: { batch: { include: { cycle: { select: { title: true } } } } },
    });
    if (!n) throw new NotFoundError("推荐不存在");
    audit.objectType = "HonourNomination";
    audit.objectId = n.id;
    await assertReviewer(db, user, n);
    const from = n.stage as Stage;
    const to: Stage = input.decision === "RETURN" ? "RETURNED" : NEXT_STAGE[from]!;
    if (input.decision === "RETURN" && !input.opinion) throw new ConflictError("退回时请填写意见");
    const claimed = await db.honourNomination.updateMany({
      where: { id: n.id, stage: from },
      data: { stage: to },
    });
    if (claimed.count !== 1) throw new ConflictError("该推荐已被他人审核，请刷新页面");
    await db.honourReview.create({
      data: {
        nominationId: n.id,
        stage: from,
        decision: input.decision,
        opinion: input.opinion,
        reviewerId: user.id,
      },
    });
    audit.detail = { from, to };
    if (to === "APPROVED") {
      const now = new Date();
      const recordId = await recordCommendation(
        db,
        {
          subjectUserId: n.nomineeId,
          honourTitle: n.batch.honourTitle,
          level: n.batch.level,
          occurredOn: now,
          issuer: "本院",
          docNo: "",
          title: `${n.batch.cycle.title} · ${n.batch.title}：授予“${n.batch.honourTitle}”称号`,
          description: n.deeds,
          byId: user.id,
        },
        now,
      );
      await db.honourNomination.update({
        where: { id: n.id },
        data: { conductRecordId: recordId },
      });
    }
    revalidatePath(`/appraisal/${n.batch.cycleId}/honours`);
    return { stage: to };
  },
);
