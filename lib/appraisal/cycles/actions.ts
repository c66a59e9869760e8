"use server";

// 考评周期 writes for 政治处 (appraisal.manage): create from a template or from
// last year's cycle, set the indicators, and move the cycle one state on,
// each move doing its work (launch, snapshot, 公示) in the same transaction
// as the state change. A move is claimed by a conditional update first, so
// two parallel clicks cannot both launch or both snapshot.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { DAY_MS } from "../../dates";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { notify } from "../../notifications/notify";
import { CYCLE_STATE_LABELS, type CycleState } from "../labels";
import { forgetLiveResults } from "../results/compute";
import { snapshotCycle } from "../results/snapshot";
import { allows, canAdvance, refusal } from "../states";
import { launchCycle } from "./launch";
import { AdvanceCycleInput, CreateCycleInput, SaveIndicatorsInput } from "./schemas";
import { createCycleFrom, definitionOf, replaceIndicators } from "./setup";

export const createAppraisalCycle = action(
  { name: "appraisal.cycle.create", permission: "appraisal.manage", input: CreateCycleInput },
  async ({ db, user, input, audit }) => {
    const cycle = await createCycleFrom(db, {
      title: input.title,
      year: input.year,
      half: input.half,
      source: input.templateId
        ? { templateId: input.templateId }
        : { copyFromId: input.copyFromId! },
      createdById: user.id,
    });
    audit.objectType = "AppraisalCycle";
    audit.objectId = cycle.id;
    revalidatePath("/appraisal");
    return { id: cycle.id };
  },
);

export const saveAppraisalIndicators = action(
  {
    name: "appraisal.cycle.indicators",
    permission: "appraisal.manage",
    input: SaveIndicatorsInput,
  },
  async ({ db, input, audit, onCommit }) => {
    onCommit(async () => forgetLiveResults());
    const cycle = await db.appraisalCycle.findUnique({ where: { id: input.id } });
    if (!cycle) throw new NotFoundError("考评周期不存在");
    if (!allows(cycle.status as CycleState, "editIndicators"))
      throw new ConflictError(refusal(cycle.status as CycleState, "editIndicators"));
    await replaceIndicators(db, cycle.id, input.definition);
    audit.objectType = "AppraisalCycle";
    audit.objectId = cycle.id;
    revalidatePath(`/appraisal/${cycle.id}`);
    return { id: cycle.id };
  },
);

export const advanceAppraisalCycle = action(
  { name: "appraisal.cycle.advance", permission: "appraisal.manage", input: AdvanceCycleInput },
  async ({ db, input, audit }) => {
    const now = new Date();
    const cycle = await db.appraisalCycle.findUnique({ where: { id: input.id } });
    if (!cycle) throw new NotFoundError("考评周期不存在");
    const from = cycle.status as CycleState;
    audit.objectType = "AppraisalCycle";
    audit.objectId = cycle.id;
    audit.detail = { from, to: input.to };
    if (!canAdvance(from, input.to))
      throw new ConflictError(
        `考评周期当前处于“${CYCLE_STATE_LABELS[from]}”阶段，不能进入“${CYCLE_STATE_LABELS[input.to]}”，请刷新页面`,
      );
    if (input.to === "PUBLICITY" && !input.publicityEndsOn)
      throw new ValidationError("请填写公示截止日期", { publicityEndsOn: "请填写公示截止日期" });
    // The 公示 runs to the end of its last day.
    const publicityEndsAt = input.publicityEndsOn
      ? new Date(input.publicityEndsOn.getTime() + DAY_MS)
      : null;
    if (input.to === "PUBLICITY" && publicityEndsAt! <= now)
      throw new ValidationError("公示截止日期不能早于今天", {
        publicityEndsOn: "公示截止日期不能早于今天",
      });
    if (input.to === "OBJECTION" && cycle.publicityEndsAt && cycle.publicityEndsAt > now)
      throw new ConflictError("公示期尚未结束，不能进入异议处理");
    if (input.to === "ARCHIVED") {
      const open = await db.appraisalObjection.count({
        where: { sheet: { cycleId: cycle.id }, status: "PENDING" },
      });
      if (open > 0) throw new ConflictError(`还有 ${open} 件异议未答复，不能归档`);
    }
    // Claim the move: a parallel call finds the state already changed.
    const claimed = await db.appraisalCycle.updateMany({
      where: { id: cycle.id, status: from },
      data: {
        status: input.to,
        ...(input.to === "SCORING" && input.scoringDueOn
          ? { scoringDueAt: new Date(input.scoringDueOn.getTime() + DAY_MS) } // to the end of its day
          : {}),
        ...(input.to === "PUBLICITY"
          ? { lockedAt: now, publicityStartsAt: now, publicityEndsAt }
          : {}),
        ...(input.to === "ARCHIVED" ? { archivedAt: now } : {}),
      },
    });
    if (claimed.count !== 1) throw new ConflictError("考评周期的状态已被他人更新，请刷新页面");
    if (input.to === "SCORING") {
      await definitionOf(db, cycle.id); // a set that no longer validates cannot be launched
      audit.detail = { ...audit.detail, ...(await launchCycle(db, cycle.id, now)) };
    }
    if (input.to === "CALIBRATION")
      audit.detail = { ...audit.detail, ...(await snapshotCycle(db, cycle.id, now)) };
    if (input.to === "PUBLICITY") {
      const people = await db.appraisalSheet.findMany({
        where: { cycleId: cycle.id, subjectType: "PERSON" },
        select: { userId: true },
      });
      await notify(
        db,
        people.map((p) => p.userId),
        {
          title: `${cycle.title}结果公示`,
          body: "考评结果已公示，可查看本人考评表；如有异议，请在公示期内提出。",
          link: `/appraisal/${cycle.id}/mine`,
        },
      );
    }
    revalidatePath("/appraisal");
    revalidatePath(`/appraisal/${cycle.id}`);
    return { id: cycle.id, status: input.to };
  },
);
