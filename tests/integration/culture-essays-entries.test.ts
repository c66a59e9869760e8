// 征文 entries on a real database: the window is checked on the server,
// revisions work until it closes, one entry per person per call (also under a
// parallel double submit), and the optional DOCX/PDF follows the entry.
import { describe, expect, it } from "vitest";

import { submitEssayEntry } from "@/lib/culture/essays/actions";
import { db } from "@/lib/db";

import { makeDocx, makePdf } from "../support/files";
import { closeCall, newCall, setupEssays, staff1, staff2, submit } from "./fixtures/culture-essays";
import { actAs, lastAudit, makeUser } from "./helpers";
import { dataOf, failureOf } from "./result";

setupEssays();

const NOT_OPEN = "征文尚未开始或已截止，不能提交或修改作品";
const ALREADY = "您已提交过本次征文的作品，请刷新页面后在原作品上修改";

describe("submitting an essay", () => {
  it("accepts a text while the window is open and lets the author revise it until it closes", async () => {
    const callId = await newCall();
    const first = dataOf(await submit(staff1, callId, { title: "初稿", body: "第一稿" }));
    expect(first.revised).toBe(false);
    const revised = dataOf(
      await submitEssayEntry({ callId, entryId: first.id, title: "定稿", body: "第二稿" }),
    );
    expect(revised).toEqual({ id: first.id, revised: true });
    const rows = await db.essayEntry.findMany({ where: { callId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: "定稿", body: "第二稿", authorId: staff1.id });
  });

  it("refuses a submission or a revision after the close, and writes nothing", async () => {
    const callId = await newCall();
    const mine = dataOf(await submit(staff1, callId, { title: "截止前", body: "原文" }));
    await closeCall(callId);

    expect(failureOf(await submit(staff2, callId)).message).toBe(NOT_OPEN);
    await actAs(staff1);
    expect(
      failureOf(await submitEssayEntry({ callId, entryId: mine.id, title: "截止后", body: "改过" }))
        .message,
    ).toBe(NOT_OPEN);
    const rows = await db.essayEntry.findMany({ where: { callId } });
    expect(rows.map((r) => [r.authorId, r.title, r.body])).toEqual([[staff1.id, "截止前", "原文"]]);
    expect(await lastAudit()).toMatchObject({
      action: "culture.essay.entry.submit",
      result: "FAILURE",
    });
  });

  it("refuses before the window opens", async () => {
    const callId = await newCall({ opens: 2, closes: 24 });
    expect(failureOf(await submit(staff1, callId)).message).toBe(NOT_OPEN);
    expect(await db.essayEntry.count({ where: { callId } })).toBe(0);
  });

  it("keeps one entry per person: a second new submission gets a clear message", async () => {
    const callId = await newCall();
    dataOf(await submit(staff1, callId));
    expect(failureOf(await submit(staff1, callId)).message).toBe(ALREADY);
    expect(await db.essayEntry.count({ where: { callId } })).toBe(1);
  });

  it("gives one entry and a clean message when the same person submits twice at once", async () => {
    const callId = await newCall();
    const u = await makeUser({ realName: "双击者" });
    await actAs(u);
    const input = { callId, title: "并发", body: "同时提交" };
    const results = await Promise.all([submitEssayEntry(input), submitEssayEntry(input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual([ALREADY]);
    expect(await db.essayEntry.count({ where: { callId, authorId: u.id } })).toBe(1);
  });

  it("does not let anyone revise another person's entry", async () => {
    const callId = await newCall();
    const theirs = dataOf(await submit(staff1, callId, { body: "原文" }));
    await actAs(staff2);
    const r = await submitEssayEntry({ callId, entryId: theirs.id, title: "篡改", body: "x" });
    expect(failureOf(r).message).toBe("记录不存在或您无权查看");
    expect((await db.essayEntry.findUniqueOrThrow({ where: { id: theirs.id } })).body).toBe("原文");
  });

  it("takes a DOCX or PDF instead of a text, replaces it on revision, and refuses an empty entry", async () => {
    const callId = await newCall();
    await actAs(staff2);
    const empty = failureOf(await submitEssayEntry({ callId, title: "空", body: "" }));
    expect(empty.fieldErrors?.body).toBe("请填写正文或上传 Word（DOCX）/PDF 文件");
    expect(await db.essayEntry.count({ where: { callId } })).toBe(0);

    const docx = new File([new Uint8Array(makeDocx())], "我的征文.docx");
    const e = dataOf(await submitEssayEntry({ callId, title: "文件投稿", body: "", file: docx }));
    const files = () =>
      db.attachment.findMany({ where: { ownerType: "EssayEntry", ownerId: e.id } });
    expect((await files()).map((f) => f.fileName)).toEqual(["我的征文.docx"]);

    const pdf = new File([new Uint8Array(makePdf())], "修改稿.pdf");
    dataOf(await submitEssayEntry({ callId, entryId: e.id, title: "文件投稿", file: pdf }));
    expect((await files()).map((f) => f.mimeType)).toEqual(["application/pdf"]);
  });

  it("refuses a file that is not a DOCX or PDF", async () => {
    const callId = await newCall();
    await actAs(staff1);
    const png = new File([new Uint8Array(Buffer.from("not really an image"))], "x.png");
    const r = failureOf(await submitEssayEntry({ callId, title: "图片", body: "", file: png }));
    expect(r.fieldErrors?.file).toBeTruthy();
    expect(await db.essayEntry.count({ where: { callId } })).toBe(0);
  });
});
