// The reform consultation desk on a real database, part 1: staff see only
// their own consultations (another's id → not found), STAFF cannot answer or
// publish, answering notifies the asker, and the FAQ keeps no trace of the
// asker. Bad input, logging and the figures are in consult-intake.test.ts.
import { beforeAll, describe, expect, it } from "vitest";

import { answerConsultation, publishFaq } from "@/lib/consult/actions";
import {
  getConsultation,
  listConsultations,
  listFaq,
  listMyConsultations,
  listQueue,
} from "@/lib/consult/queries";
import { db } from "@/lib/db";

import { ALICE_NAME, ask, makeConsultPeople, NOT_FOUND, session, type U } from "./fixtures/consult";
import { actAs, lastAudit } from "./helpers";
import { dataOf } from "./result";

let alice: U;
let bob: U;
let office: U;
let leader: U;

beforeAll(async () => {
  ({ alice, bob, office, leader } = await makeConsultPeople());
});

describe("consultation desk", () => {
  it("lets staff see only their own consultations; another's id is not found everywhere", async () => {
    const id = await ask(alice, "我入额后调岗，员额会退出吗？");
    const aliceS = await session(alice);
    expect((await getConsultation(aliceS, id))?.question).toBe("我入额后调岗，员额会退出吗？");
    expect((await listMyConsultations(aliceS, 1)).rows.map((r) => r.id)).toContain(id);

    const bobS = await session(bob);
    expect(await getConsultation(bobS, id)).toBeNull();
    expect((await listMyConsultations(bobS, 1)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listConsultations(bobS, { page: 1 })).rows.map((r) => r.id)).not.toContain(id);
    expect((await listQueue(bobS)).rows).toEqual([]);
    // A LEADER also holds consult.ask only: their own, nobody else's.
    expect(await getConsultation(await session(leader), id)).toBeNull();

    // STAFF cannot answer or publish, even knowing the id; nothing is written.
    await actAs(bob);
    expect(await answerConsultation({ id, answer: "越权答复" })).toEqual({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(await lastAudit()).toMatchObject({
      action: "consult.answer",
      result: "DENIED",
      userId: bob.id,
    });
    await actAs(alice);
    expect((await answerConsultation({ id, answer: "自问自答" })).ok).toBe(false);
    expect((await publishFaq({ consultationId: id, question: "q", answer: "a" })).ok).toBe(false);
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "OPEN", answer: null, answeredById: null });
    expect(await db.faqEntry.count({ where: { consultationId: id } })).toBe(0);

    // 政治处 sees it in the queue and in the full list.
    const po = await session(office);
    expect((await listQueue(po)).rows.map((r) => r.id)).toContain(id);
    expect((await getConsultation(po, id))?.asker.realName).toBe(ALICE_NAME);
  });

  it("answers once, notifies the asker, and refuses a second answer or an unknown id", async () => {
    const id = await ask(alice, "职级晋升年限怎么计算？");
    await actAs(office);
    expect(await answerConsultation({ id, answer: "" })).toMatchObject({
      ok: false,
      fieldErrors: { answer: "请填写答复内容" },
    });
    expect(await answerConsultation({ id, answer: "x".repeat(3001) })).toMatchObject({
      ok: false,
      fieldErrors: { answer: "答复内容不能超过 3000 个字符" },
    });
    expect((await db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");

    const before = await db.notification.count({ where: { userId: alice.id } });
    expect(
      await answerConsultation({ id, answer: "任职年限连续计算，按考核结果逐级晋升。" }),
    ).toMatchObject({ ok: true, data: { status: "ANSWERED" } });
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "ANSWERED", answeredById: office.id });
    expect(row.answeredAt).toBeInstanceOf(Date);
    const notes = await db.notification.findMany({
      where: { userId: alice.id },
      orderBy: { createdAt: "desc" },
    });
    expect(notes.length).toBe(before + 1);
    expect(notes[0]).toMatchObject({ title: "您的改革咨询已答复", link: `/consult/${id}` });
    // The audit row carries no answer text.
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "consult.answer", result: "SUCCESS", objectId: id });
    expect(JSON.stringify(audit)).not.toContain("任职年限");

    expect(await answerConsultation({ id, answer: "再答一次" })).toMatchObject({
      ok: false,
      message: "该咨询已答复，不能重复答复",
    });
    expect(await answerConsultation({ id: "cnotthere000000000000000", answer: "x" })).toEqual(
      NOT_FOUND,
    );

    // The asker now reads the answer in 我的咨询.
    const mine = await listMyConsultations(await session(alice), 1);
    expect(mine.rows.find((r) => r.id === id)?.answer).toBe(
      "任职年限连续计算，按考核结果逐级晋升。",
    );
  });

  it("publishes an anonymised FAQ entry: neither the stored row nor the FAQ read holds the asker's name or id", async () => {
    const id = await ask(alice, `我是第四检察部的${ALICE_NAME}，入额考试笔试占多少比重？`);
    await actAs(office);
    expect(
      await publishFaq({
        consultationId: id,
        question: "入额笔试占多少比重？",
        answer: "占 30%。",
      }),
    ).toMatchObject({ ok: false, message: "只有已答复的咨询才能发布到政策解读" });
    await answerConsultation({ id, answer: `${ALICE_NAME}同志您好：笔试占 30%。` });

    // Pre-filled text still naming the asker is refused, field by field.
    const named = await publishFaq({
      consultationId: id,
      question: `我是第四检察部的${ALICE_NAME}，入额考试笔试占多少比重？`,
      answer: `${ALICE_NAME}同志您好：笔试占 30%。`,
    });
    expect(named).toMatchObject({
      ok: false,
      fieldErrors: {
        question: "问题中含有咨询人姓名，请删除后再发布",
        answer: "解答中含有咨询人姓名，请删除后再发布",
      },
    });
    expect(await db.faqEntry.count({ where: { consultationId: id } })).toBe(0);

    const res = await publishFaq({
      consultationId: id,
      question: "入额考试笔试占多少比重？",
      answer: "您好：笔试占 30%。",
    });
    expect(res.ok).toBe(true);
    const faqId = dataOf(res).id;
    const stored = await db.faqEntry.findUniqueOrThrow({ where: { id: faqId } });
    expect(stored).toMatchObject({
      question: "入额考试笔试占多少比重？",
      answer: "您好：笔试占 30%。",
      tags: "QUOTA",
      publishedById: office.id,
    });
    const storedText = JSON.stringify(stored);
    expect(storedText).not.toContain(ALICE_NAME);
    expect(storedText).not.toContain(alice.id);

    const faq = await listFaq({ page: 1, tag: "QUOTA" });
    const entry = faq.rows.find((r) => r.id === faqId);
    expect(entry).toBeDefined();
    expect(Object.keys(entry!).sort()).toEqual(["answer", "id", "publishedAt", "question", "tags"]);
    const read = JSON.stringify(faq);
    expect(read).not.toContain(ALICE_NAME);
    expect(read).not.toContain(alice.id);
    expect(read).not.toContain(id);
    expect(
      (await listFaq({ page: 1, tag: "PAY" })).rows.find((r) => r.id === faqId),
    ).toBeUndefined();

    expect(
      await publishFaq({ consultationId: id, question: "再发", answer: "再发" }),
    ).toMatchObject({ ok: false, message: "该咨询已发布到政策解读" });
  });
});
