// Helpers of the 征文 actions: loading a call, the window and judging checks,
// 回避, and writing a call's rubric and judges. A plain module: a "use server"
// file may export actions only.
import "server-only";

import { revalidatePath } from "next/cache";

import type { TxHooks } from "../../action";
import { deleteAttachmentsOf, prepareUpload, storeAttachment } from "../../attachments/upload";
import type { Tx } from "../../db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { activeBusinessUser } from "../../people/active";
import { ESSAY_ENTRY_OWNER, managesEssays, type EssayViewer } from "./access";
import { ESSAY_MESSAGES } from "./labels";

export const conflict = (message: string) => new ConflictError(message);

export async function loadCall(db: Tx, id: string) {
  const c = await db.essayCall.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      opensAt: true,
      closesAt: true,
      resultsPublishedAt: true,
      columnId: true,
    },
  });
  if (!c) throw new NotFoundError();
  return c;
}
export type LoadedCall = Awaited<ReturnType<typeof loadCall>>;

/** Submissions and revisions: from opensAt up to (not including) closesAt, by the server's clock. */
export function assertWindowOpen(call: LoadedCall, now = new Date()) {
  if (now < call.opensAt || now >= call.closesAt) throw conflict(ESSAY_MESSAGES.notOpen);
}

/** Judging: after the window closes and until the results are published. */
export function assertJudging(call: LoadedCall, now = new Date()) {
  if (call.resultsPublishedAt) throw conflict(ESSAY_MESSAGES.resultsOut);
  if (now < call.closesAt) throw conflict(ESSAY_MESSAGES.notJudging);
}

export async function isJudge(db: Tx, callId: string, userId: string): Promise<boolean> {
  const j = await db.essayJudge.findUnique({
    where: { callId_userId: { callId, userId } },
    select: { userId: true },
  });
  return j !== null;
}

/** Named judges and 政治处 score; anyone else is refused. */
export async function assertMayScore(db: Tx, v: EssayViewer, callId: string) {
  if (managesEssays(v)) return;
  if (!(await isJudge(db, callId, v.id))) throw conflict(ESSAY_MESSAGES.notJudge);
}

/**
 * 回避 (as in 入额): a 政治处 member who entered a call takes no part in
 * awarding it or publishing its results. Returns the call.
 */
export async function loadAwardableCall(db: Tx, id: string, userId: string) {
  const call = await loadCall(db, id);
  const own = await db.essayEntry.count({ where: { callId: id, authorId: userId } });
  if (own > 0) throw conflict(ESSAY_MESSAGES.recused);
  return call;
}

/** Sets the rubric. Once any score exists it may only stay as it is. */
export async function writeCriteria(db: Tx, callId: string, labels: string[]) {
  const existing = await db.essayCriterion.findMany({
    where: { callId },
    orderBy: { position: "asc" },
    select: { label: true },
  });
  if (existing.map((c) => c.label).join("\n") === labels.join("\n")) return;
  const scored = await db.essayScore.count({ where: { criterion: { callId } } });
  if (scored > 0)
    throw new ValidationError(ESSAY_MESSAGES.criteriaLocked, {
      criteria: ESSAY_MESSAGES.criteriaLocked,
    });
  await db.essayCriterion.deleteMany({ where: { callId } });
  await db.essayCriterion.createMany({
    data: labels.map((label, i) => ({ callId, position: i + 1, label })),
  });
}

/** Sets the named judges (active staff only). A removed judge's scores of this call go with them. */
export async function writeJudges(db: Tx, callId: string, ids: string[]) {
  const people = await db.user.findMany({
    where: { AND: [{ id: { in: ids } }, activeBusinessUser] },
    select: { id: true },
  });
  if (people.length !== ids.length)
    throw new ValidationError("提交的内容有误，请按提示修改", {
      judgeIds: "评委须为在岗干警",
    });
  const before = await db.essayJudge.findMany({ where: { callId }, select: { userId: true } });
  const removed = before.map((j) => j.userId).filter((id) => !ids.includes(id));
  if (removed.length > 0) {
    await db.essayScore.deleteMany({
      where: { judgeId: { in: removed }, entry: { callId } },
    });
    await db.essayJudge.deleteMany({ where: { callId, userId: { in: removed } } });
  }
  const added = ids.filter((id) => !before.some((j) => j.userId === id));
  if (added.length > 0)
    await db.essayJudge.createMany({ data: added.map((userId) => ({ callId, userId })) });
}

export async function assertColumn(db: Tx, columnId: string | null) {
  if (!columnId) return;
  const c = await db.column.findUnique({ where: { id: columnId }, select: { id: true } });
  if (!c) throw new ValidationError("提交的内容有误，请按提示修改", { columnId: "专栏不存在" });
}

export function revalidateCall(id: string) {
  revalidatePath("/culture/essays");
  revalidatePath(`/culture/essays/${id}`, "layout");
  revalidatePath("/culture");
}

const FILE_TYPES = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
]);

/** Replaces the entry's file (one at most), or removes it. */
export async function writeEntryFile(
  db: Tx,
  hooks: TxHooks,
  entryId: string,
  userId: string,
  input: { file: File | null; removeFile?: boolean },
) {
  const owner = { ownerType: ESSAY_ENTRY_OWNER, ownerId: entryId };
  if (!input.file) {
    if (input.removeFile) await deleteAttachmentsOf(db, hooks, owner);
    return;
  }
  const prepared = await prepareUpload(input.file);
  if (!FILE_TYPES.has(prepared.mimeType))
    throw new ValidationError(ESSAY_MESSAGES.fileType, { file: ESSAY_MESSAGES.fileType });
  await deleteAttachmentsOf(db, hooks, owner);
  await storeAttachment(db, hooks, owner, prepared, userId);
}

export async function loadEntry(db: Tx, id: string) {
  const e = await db.essayEntry.findUnique({
    where: { id },
    select: { id: true, callId: true, authorId: true, title: true, body: true, award: true },
  });
  if (!e) throw new NotFoundError();
  return e;
}

/** A judge's sheet must score every criterion of the call, and nothing else. */
export async function checkSheet(
  db: Tx,
  callId: string,
  scores: { criterionId: string; score: number }[],
): Promise<Map<string, number>> {
  const criteria = await db.essayCriterion.findMany({ where: { callId }, select: { id: true } });
  const given = new Map(scores.map((s) => [s.criterionId, s.score]));
  if ([...given.keys()].some((id) => !criteria.some((c) => c.id === id)))
    throw new ValidationError("评分标准无效，请刷新页面后重试");
  if (given.size !== scores.length || criteria.some((c) => !given.has(c.id)))
    throw new ValidationError("请对每一项评分标准打分");
  return given;
}
