"use server";

// 征文 writes. 政治处 (culture.manage) sets up calls, awards entries, publishes
// the results and winning texts; staff (culture.participate) submit and revise
// their entry inside the window; named judges and 政治处 score after it.
// Audit rows carry ids and counts, never texts or scores. Helpers: writes.ts.
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { publishArticleInColumn } from "../../columns/publish";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "../../errors";
import { notify } from "../../notifications/notify";
import { activeBusinessUser } from "../../people/active";
import { ESSAY_ENTRY_OWNER, managesEssays } from "./access";
import { awardLabel, ESSAY_MESSAGES } from "./labels";
import {
  CallRef,
  CreateCallInput,
  PublishEntryInput,
  SaveScoresInput,
  SetAwardInput,
  SubmitEntryInput,
  UpdateCallInput,
} from "./schemas";
import {
  assertColumn,
  assertJudging,
  assertMayScore,
  assertWindowOpen,
  checkSheet,
  conflict,
  loadAwardableCall,
  loadCall,
  loadEntry,
  revalidateCall,
  writeCriteria,
  writeEntryFile,
  writeJudges,
} from "./writes";

export const createEssayCall = action(
  { name: "culture.essay.call.create", permission: "culture.manage", input: CreateCallInput },
  async ({ db, user, input, audit }) => {
    await assertColumn(db, input.columnId);
    const c = await db.essayCall.create({
      data: {
        title: input.title,
        theme: input.theme,
        rules: input.rules ?? "",
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        columnId: input.columnId,
        createdById: user.id,
      },
      select: { id: true },
    });
    await writeCriteria(db, c.id, input.criteria);
    await writeJudges(db, c.id, input.judgeIds);
    const everyone = await db.user.findMany({ where: activeBusinessUser, select: { id: true } });
    const told = await notify(
      db,
      everyone.map((u) => u.id),
      {
        title: `新征文：${input.title}`,
        body: `主题：${input.theme}`,
        link: `/culture/essays/${c.id}`,
      },
    );
    Object.assign(audit, {
      objectType: "EssayCall",
      objectId: c.id,
      detail: { criteria: input.criteria.length, judges: input.judgeIds.length, notified: told },
    });
    revalidateCall(c.id);
    return c;
  },
);

export const updateEssayCall = action(
  { name: "culture.essay.call.update", permission: "culture.manage", input: UpdateCallInput },
  async ({ db, input, audit }) => {
    const call = await loadCall(db, input.id);
    Object.assign(audit, { objectType: "EssayCall", objectId: call.id });
    if (call.resultsPublishedAt) throw conflict(ESSAY_MESSAGES.resultsOut);
    await assertColumn(db, input.columnId);
    await db.essayCall.update({
      where: { id: call.id },
      data: {
        title: input.title,
        theme: input.theme,
        rules: input.rules ?? "",
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        columnId: input.columnId,
      },
    });
    await writeCriteria(db, call.id, input.criteria);
    await writeJudges(db, call.id, input.judgeIds);
    Object.assign(audit, {
      detail: { criteria: input.criteria.length, judges: input.judgeIds.length },
    });
    revalidateCall(call.id);
    return { id: call.id };
  },
);

export const submitEssayEntry = action(
  {
    name: "culture.essay.entry.submit",
    permission: "culture.participate",
    input: SubmitEntryInput,
  },
  async ({ db, user, input, audit, onCommit, onRollback }) => {
    const call = await loadCall(db, input.callId);
    Object.assign(audit, { objectType: "EssayCall", objectId: call.id });
    assertWindowOpen(call);
    let entryId: string;
    if (input.entryId) {
      const res = await db.essayEntry.updateMany({
        where: { id: input.entryId, callId: call.id, authorId: user.id },
        data: { title: input.title, body: input.body },
      });
      if (res.count !== 1) throw new NotFoundError();
      entryId = input.entryId;
    } else {
      const mine = await db.essayEntry.findUnique({
        where: { callId_authorId: { callId: call.id, authorId: user.id } },
        select: { id: true },
      });
      if (mine) throw conflict(ESSAY_MESSAGES.alreadySubmitted);
      try {
        const e = await db.essayEntry.create({
          data: { callId: call.id, authorId: user.id, title: input.title, body: input.body },
          select: { id: true },
        });
        entryId = e.id;
      } catch (e) {
        // Two submissions at once (two tabs, a double click): the unique
        // (callId, authorId) lets one through; the other gets this message.
        if (isUniqueViolation(e)) throw conflict(ESSAY_MESSAGES.alreadySubmitted);
        throw e;
      }
    }
    await writeEntryFile(db, { onCommit, onRollback }, entryId, user.id, input);
    const files = await db.attachment.count({
      where: { ownerType: ESSAY_ENTRY_OWNER, ownerId: entryId },
    });
    if (!input.body && files === 0)
      throw new ValidationError(ESSAY_MESSAGES.needContent, { body: ESSAY_MESSAGES.needContent });
    Object.assign(audit, {
      objectType: "EssayEntry",
      objectId: entryId,
      detail: { callId: call.id, revised: !!input.entryId, chars: input.body.length, files },
    });
    revalidateCall(call.id);
    return { id: entryId, revised: !!input.entryId };
  },
);

export const saveEssayScores = action(
  { name: "culture.essay.scores.save", permission: "culture.participate", input: SaveScoresInput },
  async ({ db, user, input, audit }) => {
    const entry = await db.essayEntry.findUnique({
      where: { id: input.entryId },
      select: { id: true, callId: true, authorId: true },
    });
    if (!entry) throw new NotFoundError();
    Object.assign(audit, { objectType: "EssayEntry", objectId: entry.id });
    // Someone who may not score this call does not learn that the entry exists.
    try {
      await assertMayScore(db, user, entry.callId);
    } catch {
      throw new NotFoundError();
    }
    assertJudging(await loadCall(db, entry.callId));
    if (entry.authorId === user.id) throw conflict(ESSAY_MESSAGES.ownEntry);
    const given = await checkSheet(db, entry.callId, input.scores);
    await db.essayScore.deleteMany({ where: { entryId: entry.id, judgeId: user.id } });
    await db.essayScore.createMany({
      data: [...given].map(([criterionId, score]) => ({
        entryId: entry.id,
        judgeId: user.id,
        criterionId,
        score,
      })),
    });
    Object.assign(audit, {
      detail: { callId: entry.callId, criteria: given.size, asManager: managesEssays(user) },
    });
    revalidateCall(entry.callId);
    return { id: entry.id };
  },
);

export const setEssayAward = action(
  { name: "culture.essay.award.set", permission: "culture.manage", input: SetAwardInput },
  async ({ db, user, input, audit }) => {
    const entry = await loadEntry(db, input.entryId);
    Object.assign(audit, { objectType: "EssayEntry", objectId: entry.id });
    const call = await loadAwardableCall(db, entry.callId, user.id);
    if (call.resultsPublishedAt) throw conflict(ESSAY_MESSAGES.resultsOut);
    if (new Date() < call.closesAt) throw conflict(ESSAY_MESSAGES.notClosed);
    await db.essayEntry.update({ where: { id: entry.id }, data: { award: input.award } });
    Object.assign(audit, { detail: { callId: call.id, award: input.award } });
    revalidateCall(call.id);
    return { id: entry.id, award: input.award };
  },
);

export const publishEssayResults = action(
  { name: "culture.essay.results.publish", permission: "culture.manage", input: CallRef },
  async ({ db, user, input, audit }) => {
    const call = await loadAwardableCall(db, input.callId, user.id);
    Object.assign(audit, { objectType: "EssayCall", objectId: call.id });
    const now = new Date();
    if (now < call.closesAt) throw conflict(ESSAY_MESSAGES.notClosed);
    const winners = await db.essayEntry.findMany({
      where: { callId: call.id, award: { not: null } },
      select: { id: true, authorId: true, award: true },
    });
    if (winners.length === 0) throw conflict(ESSAY_MESSAGES.noAwards);
    // Of two concurrent publications one lands.
    const res = await db.essayCall.updateMany({
      where: { id: call.id, resultsPublishedAt: null },
      data: { resultsPublishedAt: now },
    });
    if (res.count !== 1) throw conflict(ESSAY_MESSAGES.resultsOut);
    await db.essayEntry.updateMany({
      where: { callId: call.id, award: { not: null } },
      data: { awardedAt: now },
    });
    for (const w of winners)
      await notify(db, [w.authorId], {
        title: `您的征文作品获得${awardLabel(w.award)}`,
        body: `“${call.title}”评选结果已公布。`,
        link: `/culture/essays/${call.id}/entries/${w.id}`,
      });
    Object.assign(audit, { detail: { winners: winners.length } });
    revalidateCall(call.id);
    revalidatePath("/conduct/honours");
    return { id: call.id, winners: winners.length };
  },
);

export const publishEssayToColumn = action(
  { name: "culture.essay.column.publish", permission: "culture.manage", input: PublishEntryInput },
  async ({ db, user, input, audit }) => {
    const entry = await loadEntry(db, input.entryId);
    Object.assign(audit, { objectType: "EssayEntry", objectId: entry.id });
    const call = await loadAwardableCall(db, entry.callId, user.id);
    if (!call.resultsPublishedAt) throw conflict(ESSAY_MESSAGES.notPublished);
    if (!entry.award) throw conflict(ESSAY_MESSAGES.notAwarded);
    if (!entry.body) throw conflict(ESSAY_MESSAGES.noBody);
    const columnId = input.columnId ?? call.columnId;
    if (!columnId)
      throw new ValidationError(ESSAY_MESSAGES.noColumn, { columnId: ESSAY_MESSAGES.noColumn });
    const article = await publishArticleInColumn(db, {
      columnId,
      title: entry.title,
      body: entry.body,
      authorId: entry.authorId,
    });
    const res = await db.essayEntry.updateMany({
      where: { id: entry.id, articleId: null },
      data: { articleId: article.id },
    });
    if (res.count !== 1) throw new ConflictError(ESSAY_MESSAGES.alreadyPublished);
    Object.assign(audit, { detail: { callId: call.id, articleId: article.id } });
    revalidateCall(call.id);
    revalidatePath("/columns", "layout");
    return { id: entry.id, articleId: article.id, slug: article.slug };
  },
);
