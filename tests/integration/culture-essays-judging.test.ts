// 征文 judging on a real database: who may score, 回避 (no judge scores their
// own entry), the 1–10 range, awards and results by 政治处 only, the award
// notification, and publishing a winning text to a column.
import { describe, expect, it } from "vitest";

import {
  publishEssayResults,
  publishEssayToColumn,
  saveEssayScores,
  setEssayAward,
} from "@/lib/culture/essays/actions";
import { listEssayAwards } from "@/lib/culture/essays/queries";
import { db } from "@/lib/db";

import {
  closeCall,
  DENIED,
  judge1,
  judge2,
  newCall,
  NOT_FOUND,
  office,
  office2,
  outsider,
  score,
  setupEssays,
  sheet,
  staff1,
  staff2,
  submit,
} from "./fixtures/culture-essays";
import { actAs, lastAudit } from "./helpers";
import { dataOf, failureOf } from "./result";

setupEssays();

const OWN = "这是您本人的作品，按回避规定不能由您评分";

/** An open call with entries by staff1 and judge1, then closed. */
async function closedCallWithEntries() {
  const callId = await newCall();
  const a = dataOf(await submit(staff1, callId));
  const j = dataOf(await submit(judge1, callId));
  await closeCall(callId);
  return { callId, staffEntry: a.id, judgeEntry: j.id };
}

const scoresOf = (entryId: string) => db.essayScore.findMany({ where: { entryId } });

describe("scoring", () => {
  it("lets a named judge and 政治处 score after the close", async () => {
    const { callId, staffEntry } = await closedCallWithEntries();
    dataOf(await score(judge1, staffEntry, callId, 8));
    dataOf(await score(office, staffEntry, callId, 9));
    // A second save replaces the judge's sheet.
    dataOf(await score(judge1, staffEntry, callId, 7));
    const rows = await scoresOf(staffEntry);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.judgeId === judge1.id).map((r) => r.score)).toEqual([7, 7, 7]);
  });

  it("refuses a judge scoring their own entry, and writes nothing", async () => {
    const { callId, judgeEntry } = await closedCallWithEntries();
    expect(failureOf(await score(judge1, judgeEntry, callId, 10)).message).toBe(OWN);
    expect(await scoresOf(judgeEntry)).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      action: "culture.essay.scores.save",
      result: "FAILURE",
      objectId: judgeEntry,
    });
    // The other judge may.
    dataOf(await score(judge2, judgeEntry, callId, 6));
  });

  it("refuses 政治处 scoring their own entry too", async () => {
    const callId = await newCall();
    const mine = dataOf(await submit(office2, callId));
    await closeCall(callId);
    expect(failureOf(await score(office2, mine.id, callId, 9)).message).toBe(OWN);
    expect(await scoresOf(mine.id)).toEqual([]);
  });

  it("refuses scores out of 1–10 or not whole, with the message beside the field", async () => {
    const { callId, staffEntry } = await closedCallWithEntries();
    for (const bad of [0, 11, "7.5", "abc", -3]) {
      const r = failureOf(await score(judge1, staffEntry, callId, bad));
      expect(Object.values(r.fieldErrors ?? {}).join()).toMatch(/分数/);
    }
    // A sheet that leaves out a criterion is refused too.
    await actAs(judge1);
    const partial = await sheet(callId, 8);
    delete partial[Object.keys(partial)[0]];
    expect(failureOf(await saveEssayScores({ entryId: staffEntry, ...partial })).message).toBe(
      "请对每一项评分标准打分",
    );
    expect(await scoresOf(staffEntry)).toEqual([]);
  });

  it("does not let staff who are not judges score (the entry looks absent)", async () => {
    const { callId, staffEntry } = await closedCallWithEntries();
    expect(failureOf(await score(outsider, staffEntry, callId, 8)).message).toBe(NOT_FOUND);
    expect(failureOf(await score(staff2, staffEntry, callId, 8)).message).toBe(NOT_FOUND);
    expect(await scoresOf(staffEntry)).toEqual([]);
  });

  it("does not score while the window is open", async () => {
    const callId = await newCall();
    const e = dataOf(await submit(staff1, callId));
    expect(failureOf(await score(judge1, e.id, callId, 8)).message).toBe(
      "征文截止后、结果公布前才能评分",
    );
    expect(await scoresOf(e.id)).toEqual([]);
  });
});

describe("awards and results", () => {
  it("are 政治处's: staff and judges are refused and nothing changes", async () => {
    const { callId, staffEntry } = await closedCallWithEntries();
    for (const u of [judge1, staff1]) {
      await actAs(u);
      expect(failureOf(await setEssayAward({ entryId: staffEntry, award: "FIRST" })).message).toBe(
        DENIED,
      );
      expect(failureOf(await publishEssayResults({ callId })).message).toBe(DENIED);
      expect(failureOf(await publishEssayToColumn({ entryId: staffEntry })).message).toBe(DENIED);
    }
    const entry = await db.essayEntry.findUniqueOrThrow({ where: { id: staffEntry } });
    expect(entry.award).toBeNull();
    expect(
      (await db.essayCall.findUniqueOrThrow({ where: { id: callId } })).resultsPublishedAt,
    ).toBeNull();
  });

  it("publishing notifies each winner, shows the award to the honours wall, and locks scoring", async () => {
    const { callId, staffEntry, judgeEntry } = await closedCallWithEntries();
    await actAs(office);
    expect(failureOf(await publishEssayResults({ callId })).message).toBe(
      "尚未评出任何奖项，请先评奖再公布结果",
    );
    dataOf(await setEssayAward({ entryId: staffEntry, award: "FIRST" }));
    dataOf(await setEssayAward({ entryId: judgeEntry, award: "EXCELLENCE" }));
    dataOf(await setEssayAward({ entryId: judgeEntry, award: "" }));
    const before = new Date(Date.now() - 1000);
    expect(dataOf(await publishEssayResults({ callId }))).toEqual({ id: callId, winners: 1 });

    const note = await db.notification.findFirst({
      where: { userId: staff1.id, link: `/culture/essays/${callId}/entries/${staffEntry}` },
    });
    expect(note?.title).toBe("您的征文作品获得一等奖");
    expect(
      await db.notification.count({
        where: { userId: judge1.id, link: { startsWith: `/culture/essays/${callId}/entries` } },
      }),
    ).toBe(0);
    const awards = await listEssayAwards({ from: before, to: new Date(Date.now() + 1000) });
    expect(awards.filter((a) => a.callId === callId)).toMatchObject([
      { entryId: staffEntry, award: "FIRST", awardLabel: "一等奖", authorId: staff1.id },
    ]);

    // Published: no more awards, no second publication, no scores.
    expect(failureOf(await setEssayAward({ entryId: judgeEntry, award: "THIRD" })).message).toBe(
      "结果已公布，不能再修改",
    );
    expect(failureOf(await publishEssayResults({ callId })).message).toBe("结果已公布，不能再修改");
    expect(failureOf(await score(judge2, staffEntry, callId, 8)).message).toBe(
      "结果已公布，不能再修改",
    );
  });

  it("回避: a 政治处 member who entered the call may not award it", async () => {
    const callId = await newCall();
    dataOf(await submit(office2, callId));
    const other = dataOf(await submit(staff2, callId));
    await closeCall(callId);
    await actAs(office2);
    expect(failureOf(await setEssayAward({ entryId: other.id, award: "FIRST" })).message).toBe(
      "您本人参加了本次征文，按回避规定不参与评奖和公布结果",
    );
    expect((await db.essayEntry.findUniqueOrThrow({ where: { id: other.id } })).award).toBeNull();
  });

  it("publishes a winning text to a column once, as an article by its author", async () => {
    const column = await db.column.create({
      data: { name: `征文专栏${Date.now()}`, slug: `essays-${Date.now().toString(36)}` },
    });
    const { callId, staffEntry, judgeEntry } = await closedCallWithEntries();
    await actAs(office);
    dataOf(await setEssayAward({ entryId: staffEntry, award: "SECOND" }));
    expect(failureOf(await publishEssayToColumn({ entryId: staffEntry })).message).toBe(
      "结果公布后才能发布获奖作品",
    );
    dataOf(await publishEssayResults({ callId }));
    expect(
      failureOf(await publishEssayToColumn({ entryId: judgeEntry, columnId: column.id })).message,
    ).toBe("只有获奖作品可以发布到专栏");
    const out = dataOf(await publishEssayToColumn({ entryId: staffEntry, columnId: column.id }));
    const article = await db.article.findUniqueOrThrow({ where: { id: out.articleId } });
    expect(article).toMatchObject({ columnId: column.id, authorId: staff1.id, format: "TEXT" });
    expect((await db.essayEntry.findUniqueOrThrow({ where: { id: staffEntry } })).articleId).toBe(
      article.id,
    );
    expect(
      failureOf(await publishEssayToColumn({ entryId: staffEntry, columnId: column.id })).message,
    ).toBe("该作品已发布到专栏");
    expect(await db.article.count({ where: { columnId: column.id } })).toBe(1);
    await db.article.deleteMany({ where: { columnId: column.id } });
    await db.column.delete({ where: { id: column.id } });
  });
});
