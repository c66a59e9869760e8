// Saving one scoring task (server-only): the task must be the scorer's own
// (by id, or for 民主测评 by their keyed token), the cycle 打分中, and the sheet
// not their own (回避, checked again here even though launch never plans it).
// Anything else is the same "not found", so nobody learns whose tasks exist.
import "server-only";

import type { Tx } from "../../db";
import { ConflictError, NotFoundError } from "../../errors";
import { peerKey } from "../cycles/launch";
import type { CycleState } from "../labels";
import { allows, refusal } from "../states";

export const TASK_NOT_FOUND = "评分任务不存在或不是分配给您的";

export async function saveTask(
  tx: Tx,
  who: { id: string },
  input: {
    sheetId: string;
    indicatorId: string;
    centi: number | null;
    reason: string | null;
    notApplicable: boolean;
  },
  peer: boolean,
  now: Date,
) {
  const sheet = await tx.appraisalSheet.findUnique({
    where: { id: input.sheetId },
    select: { id: true, userId: true, cycle: { select: { id: true, status: true } } },
  });
  if (!sheet) throw new NotFoundError(TASK_NOT_FOUND);
  const scorerKey = peer ? peerKey(sheet.cycle.id, who.id) : who.id;
  const task = await tx.appraisalAssignment.findUnique({
    where: {
      sheetId_indicatorId_scorerKey: {
        sheetId: sheet.id,
        indicatorId: input.indicatorId,
        scorerKey,
      },
    },
    select: { id: true, scorerId: true },
  });
  if (!task || (peer ? task.scorerId !== null : task.scorerId !== who.id))
    throw new NotFoundError(TASK_NOT_FOUND);
  if (sheet.userId === who.id) throw new ConflictError("不能为本人的考评表评分（回避）");
  const state = sheet.cycle.status as CycleState;
  if (!allows(state, "score")) throw new ConflictError(refusal(state, "score"));
  if (peer && input.notApplicable) throw new ConflictError("民主测评不能认定为不适用");
  await tx.appraisalAssignment.update({
    where: { id: task.id },
    data: {
      centi: input.centi,
      reason: input.reason,
      notApplicable: input.notApplicable,
      scoredAt: now,
    },
  });
  return { cycleId: sheet.cycle.id, taskId: task.id };
}
