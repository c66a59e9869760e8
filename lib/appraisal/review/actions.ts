"use server";

// 校准 (政治处 adjusts a total, with a reason, before publication), and 异议
// (a person's one objection to their own sheet inside the 公示 window, and
// 政治处's answer: upheld, or adjusted with a reason). All audited; the
// person is told of the answer.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "../../errors";
import { notify } from "../../notifications/notify";
import { AnswerObjectionInput, CalibrateInput, FileObjectionInput } from "./schemas";
import { loadSheetFor, rerank, SHEET_NOT_FOUND } from "./writes";

export const calibrateSheet = action(
  { name: "appraisal.calibrate", permission: "appraisal.manage", input: CalibrateInput },
  async ({ db, user, input, audit }) => {
    const sheet = await loadSheetFor(db, input.sheetId, "calibrate");
    // Only people are graded and re-ranked; a department's ranking is not re-computed here.
    if (sheet.subjectType !== "PERSON")
      throw new ConflictError("部门考评表不参与校准，只能校准个人考评表的总分");
    if (sheet.finalTotalCenti === null) throw new ConflictError("该考评表没有总分，无法校准");
    audit.objectType = "AppraisalSheet";
    audit.objectId = sheet.id;
    audit.detail = { before: sheet.finalTotalCenti, after: input.total };
    if (sheet.finalTotalCenti === input.total) throw new ConflictError("调整后的总分与原总分相同");
    await db.appraisalSheet.update({
      where: { id: sheet.id },
      data: { finalTotalCenti: input.total },
    });
    await rerank(db, sheet.cycleId, true);
    const after = await db.appraisalSheet.findUniqueOrThrow({ where: { id: sheet.id } });
    await db.appraisalAdjustment.create({
      data: {
        sheetId: sheet.id,
        kind: "CALIBRATION",
        beforeCenti: sheet.finalTotalCenti,
        afterCenti: input.total,
        beforeGrade: sheet.finalGrade,
        afterGrade: after.finalGrade,
        reason: input.reason,
        byId: user.id,
      },
    });
    revalidatePath(`/appraisal/${sheet.cycleId}`);
    return { total: input.total, grade: after.finalGrade };
  },
);

export const fileObjection = action(
  { name: "appraisal.objection.file", permission: "appraisal.score", input: FileObjectionInput },
  async ({ db, user, input, audit }) => {
    const sheet = await db.appraisalSheet.findUnique({
      where: { id: input.sheetId },
      include: { cycle: true },
    });
    // Only one's own sheet: any other is "not found".
    if (!sheet || sheet.userId !== user.id) throw new NotFoundError(SHEET_NOT_FOUND);
    await loadSheetFor(db, sheet.id, "fileObjection");
    const now = new Date();
    if (!sheet.cycle.publicityEndsAt || sheet.cycle.publicityEndsAt <= now)
      throw new ConflictError("公示期已结束，不能再提出异议");
    audit.objectType = "AppraisalSheet";
    audit.objectId = sheet.id;
    try {
      await db.appraisalObjection.create({
        data: { sheetId: sheet.id, filedById: user.id, body: input.body },
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictError(
          "您已对本考评表提出过异议，每份考评表只能提出一次异议，请刷新页面查看处理情况",
        );
      throw e;
    }
    revalidatePath(`/appraisal/${sheet.cycleId}/mine`);
    return { ok: true as const };
  },
);

export const answerObjection = action(
  {
    name: "appraisal.objection.answer",
    permission: "appraisal.manage",
    input: AnswerObjectionInput,
  },
  async ({ db, user, input, audit }) => {
    const o = await db.appraisalObjection.findUnique({ where: { id: input.objectionId } });
    if (!o) throw new NotFoundError("异议不存在");
    const sheet = await loadSheetFor(db, o.sheetId, "answerObjection");
    if (
      input.decision === "ADJUSTED" &&
      input.totalCenti === sheet.finalTotalCenti &&
      (input.grade ?? sheet.finalGrade) === sheet.finalGrade
    ) {
      const same = "调整后的总分和等次与原结果相同；不作调整请选择“维持原结果”";
      throw new ValidationError(same, { total: same });
    }
    audit.objectType = "AppraisalObjection";
    audit.objectId = o.id;
    audit.detail = { decision: input.decision };
    const claimed = await db.appraisalObjection.updateMany({
      where: { id: o.id, status: "PENDING" },
      data: {
        status: input.decision,
        answer: input.answer,
        answeredById: user.id,
        answeredAt: new Date(),
      },
    });
    if (claimed.count !== 1) throw new ConflictError("该异议已答复");
    if (input.decision === "ADJUSTED") {
      await db.appraisalAdjustment.create({
        data: {
          sheetId: sheet.id,
          kind: "OBJECTION",
          beforeCenti: sheet.finalTotalCenti ?? 0,
          afterCenti: input.totalCenti!,
          beforeGrade: sheet.finalGrade,
          afterGrade: input.grade ?? sheet.finalGrade,
          reason: input.answer,
          byId: user.id,
        },
      });
      await db.appraisalSheet.update({
        where: { id: sheet.id },
        data: { finalTotalCenti: input.totalCenti, finalGrade: input.grade ?? sheet.finalGrade },
      });
      await rerank(db, sheet.cycleId, false);
      audit.detail = { ...audit.detail, before: sheet.finalTotalCenti, after: input.totalCenti };
    }
    await notify(db, [o.filedById], {
      title: `${sheet.cycle.title}：您的异议已答复`,
      body: input.decision === "ADJUSTED" ? "政治处已调整您的考评结果。" : "政治处维持原考评结果。",
      link: `/appraisal/${sheet.cycleId}/mine`,
    });
    revalidatePath(`/appraisal/${sheet.cycleId}`);
    return { status: input.decision };
  },
);
