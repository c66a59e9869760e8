// 评先评优 rules (server-only): who may nominate (the nominee's department
// head at launch, or 政治处), who reviews each stage (the department head,
// then 政治处, then a 院领导 for 党组; 政治处 also for a head's own nomination
// at the 部门 stage), eligibility from the archived grades,
// and the quota, checked under the batch's lock so that parallel nominations
// never exceed it. Nobody reviews their own nomination (回避).
import "server-only";

import type { SessionUser } from "../../auth/session";
import { lockKey } from "../../auth/throttle";
import type { Tx } from "../../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors";
import type { Stage } from "./schemas";

export const BATCH_NOT_FOUND = "评先评优批次不存在";

export async function lockBatch(tx: Tx, batchId: string) {
  await lockKey(tx, `honour-batch:${batchId}`);
  const batch = await tx.honourBatch.findUnique({
    where: { id: batchId },
    include: { cycle: true },
  });
  if (!batch) throw new NotFoundError(BATCH_NOT_FOUND);
  if (batch.status !== "OPEN") throw new ConflictError("该批次已结束推荐");
  return batch;
}

async function headOf(tx: Tx, departmentId: string | null) {
  if (!departmentId) return null;
  const d = await tx.department.findUnique({
    where: { id: departmentId },
    select: { headId: true },
  });
  return d?.headId ?? null;
}

/** The eligible sheet of a nominee in the batch's cycle, or a field error in Chinese. */
export async function eligibleSheet(
  tx: Tx,
  batch: { cycleId: string; eligibleGrades: string },
  nomineeId: string,
) {
  const sheet = await tx.appraisalSheet.findUnique({
    where: { cycleId_subjectKey: { cycleId: batch.cycleId, subjectKey: `U:${nomineeId}` } },
  });
  const grades = JSON.parse(batch.eligibleGrades) as string[];
  if (!sheet || !sheet.finalGrade || !grades.includes(sheet.finalGrade))
    throw new ValidationError("被推荐人的考评等次不符合本批次推荐条件", {
      nomineeId: "被推荐人的考评等次不符合本批次推荐条件",
    });
  return sheet;
}

export async function assertMayNominate(tx: Tx, user: SessionUser, departmentId: string | null) {
  if (user.roles.includes("POLITICAL_OFFICE")) return;
  if (user.roles.includes("DEPT_HEAD") && (await headOf(tx, departmentId)) === user.id) return;
  throw new ForbiddenError("只有被推荐人所在部门负责人或政治处可以推荐");
}

export async function assertQuota(tx: Tx, batch: { id: string; quota: number }, nomineeId: string) {
  const taken = await tx.honourNomination.count({
    where: { batchId: batch.id, stage: { not: "RETURNED" }, nomineeId: { not: nomineeId } },
  });
  if (taken >= batch.quota) throw new ConflictError(`本批次名额为 ${batch.quota} 名，已推荐满额`);
}

/** Whether the user reviews a nomination at its current stage. */
export async function assertReviewer(
  tx: Tx,
  user: SessionUser,
  n: { stage: string; nomineeId: string; departmentId: string | null },
) {
  if (n.nomineeId === user.id) throw new ForbiddenError("不能审核对本人的推荐（回避）");
  const stage = n.stage as Stage;
  // 部门 stage: the department's head; 政治处 when there is none, or when the
  // head is the nominee (回避), which would otherwise leave it unreviewable.
  const head = stage === "DEPARTMENT" ? await headOf(tx, n.departmentId) : null;
  const ok =
    (stage === "DEPARTMENT" &&
      (head === user.id ||
        ((!head || head === n.nomineeId) && user.roles.includes("POLITICAL_OFFICE")))) ||
    (stage === "OFFICE" && user.roles.includes("POLITICAL_OFFICE")) ||
    (stage === "PARTY_GROUP" && user.roles.includes("LEADER"));
  if (!ok) throw new ForbiddenError("您不是该推荐当前阶段的审核人");
}
