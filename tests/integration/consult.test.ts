// The reform consultation desk on a real database: staff see only their own
// consultations (another's id → not found), STAFF cannot answer or publish,
// answering notifies the asker, the FAQ keeps no trace of the asker, bad input
// writes nothing, and the figures match a hand-computed fixture.
import { beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import {
  answerConsultation,
  askConsultation,
  logConsultation,
  publishFaq,
} from "@/lib/consult/actions";
import {
  consultStats,
  getConsultation,
  listConsultations,
  listFaq,
  listMyConsultations,
  listQueue,
} from "@/lib/consult/queries";
import { db } from "@/lib/db";

import { actAs, lastAudit, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string; realName: string };
let alice: U;
let bob: U;
let office: U;
let leader: U;
let admin: U;
const NOT_FOUND = { ok: false, message: "记录不存在或您无权查看" };
const ALICE_NAME = "欧阳静姝";

async function session(u: { id: string }) {
  return (await loadSessionUser(await actAs(u)))!;
}

async function ask(u: { id: string }, question: string) {
  await actAs(u);
  const res = await askConsultation({ channel: "ONLINE", tags: ["QUOTA"], question });
  expect(res.ok).toBe(true);
  return dataOf(res).id;
}

beforeAll(async () => {
  alice = await makeUser({ realName: ALICE_NAME });
  bob = await makeUser();
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
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

  it("rejects bad input with Chinese field errors and writes nothing", async () => {
    const count = await db.consultation.count();
    await actAs(alice);
    expect(await askConsultation({ channel: "FAX", tags: [], question: "" })).toMatchObject({
      ok: false,
      fieldErrors: {
        channel: "请选择咨询渠道",
        tags: "请至少选择一个咨询主题",
        question: "请填写咨询内容",
      },
    });
    expect(
      await askConsultation({
        channel: "PHONE",
        tags: ["QUOTA", "BOGUS"],
        question: "x".repeat(1001),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "tags.1": "咨询主题无效", question: "咨询内容不能超过 1000 个字符" },
    });
    // Staff cannot log on someone's behalf.
    expect(
      (
        await logConsultation({
          askerId: bob.id,
          channel: "PHONE",
          tags: ["PAY"],
          question: "代登记",
        })
      ).ok,
    ).toBe(false);

    await actAs(office);
    const future = new Date(Date.now() + 8 * 3600_000 + 2 * 3600_000).toISOString().slice(0, 16);
    expect(
      await logConsultation({
        askerId: bob.id,
        channel: "PHONE",
        tags: ["PAY"],
        question: "薪酬怎么算？",
        askedAt: future,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { askedAt: "咨询时间不能晚于当前时间" } });
    expect(
      await logConsultation({
        askerId: bob.id,
        channel: "PHONE",
        tags: ["PAY"],
        question: "薪酬怎么算？",
        askedAt: "昨天下午",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { askedAt: "咨询时间格式有误" } });
    expect(
      await logConsultation({
        askerId: admin.id,
        channel: "PHONE",
        tags: ["PAY"],
        question: "薪酬怎么算？",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { askerId: "请选择在职的干警" } });
    expect(
      await logConsultation({
        askerId: bob.id,
        channel: "ONLINE",
        tags: ["PAY"],
        question: "薪酬怎么算？",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { channel: expect.stringContaining("请选择咨询渠道") },
    });
    expect(await db.consultation.count()).toBe(count);
  });

  it("logs a consultation on someone's behalf with a past time; it then belongs to the asker", async () => {
    await actAs(office);
    const res = await logConsultation({
      askerId: bob.id,
      channel: "IN_PERSON",
      tags: ["POST", "OTHER"],
      question: "科室合并后岗位如何安排？",
      askedAt: "2026-03-02T09:30",
    });
    expect(res.ok).toBe(true);
    const id = dataOf(res).id;
    const row = await db.consultation.findUniqueOrThrow({ where: { id }, include: { tags: true } });
    expect(row).toMatchObject({
      askerId: bob.id,
      loggedById: office.id,
      channel: "IN_PERSON",
      status: "OPEN",
    });
    expect(row.askedAt.toISOString()).toBe("2026-03-02T01:30:00.000Z");
    expect(row.tags.map((t) => t.tag).sort()).toEqual(["OTHER", "POST"]);
    expect((await getConsultation(await session(bob), id))?.id).toBe(id);
    expect(await getConsultation(await session(alice), id)).toBeNull();
  });

  it("computes the figures in the database to hand-computed values on a small fixture", async () => {
    await db.faqEntry.deleteMany({});
    await db.consultation.deleteMany({});
    const now = new Date("2026-06-15T12:00:00+08:00");
    const h = 3600_000;
    const mk = (askedAt: Date, answeredAfterH: number | null, channel: string, tags: string[]) =>
      db.consultation.create({
        data: {
          askerId: alice.id,
          channel,
          question: "fixture",
          askedAt,
          status: answeredAfterH === null ? "OPEN" : "ANSWERED",
          answer: answeredAfterH === null ? null : "a",
          answeredAt:
            answeredAfterH === null ? null : new Date(askedAt.getTime() + answeredAfterH * h),
          tags: { create: tags.map((tag) => ({ tag })) },
        },
      });
    const at = (hoursBefore: number) => new Date(now.getTime() - hoursBefore * h);
    await mk(at(100), 2, "PHONE", ["QUOTA"]);
    await mk(at(80), 10, "WECHAT", ["QUOTA", "EXIT"]);
    await mk(at(60), 30, "PHONE", ["PAY"]); // answered late
    await mk(at(25), null, "ONLINE", ["EXIT"]); // open, breached
    await mk(at(23), null, "ONLINE", ["OTHER"]); // open, within 24 h
    await mk(new Date("2026-05-31T23:30:00+08:00"), 4, "SMS", ["RANK"]); // May in Shanghai
    await mk(new Date("2026-06-01T00:30:00+08:00"), 1, "IN_PERSON", ["OTHER"]); // June in Shanghai, May in UTC

    expect(await consultStats(await session(alice), now)).toBeNull();
    const s = (await consultStats(await session(leader), now))!;
    expect(s).toMatchObject({
      total: 7,
      open: 2,
      answered: 5,
      openBreached: 1,
      answeredBreached: 1,
      breaches: 2,
      medianHours: 4,
    });
    expect(Object.fromEntries(s.byTag.map((t) => [t.tag, t.count]))).toEqual({
      QUOTA: 2,
      EXIT: 2,
      RANK: 1,
      PAY: 1,
      POST: 0,
      LIABILITY: 0,
      OTHER: 2,
    });
    expect(Object.fromEntries(s.byChannel.map((c) => [c.channel, c.count]))).toEqual({
      PHONE: 2,
      WECHAT: 1,
      ONLINE: 2,
      SMS: 1,
      IN_PERSON: 1,
    });
    expect(s.byMonth).toHaveLength(24);
    expect(s.byMonth[0].month).toBe("2024-07");
    expect(s.byMonth.slice(-2)).toEqual([
      { month: "2026-05", count: 1 },
      { month: "2026-06", count: 6 },
    ]);
    expect(s.byMonth.reduce((a, m) => a + m.count, 0)).toBe(7);

    // The queue: open only, oldest first; the breach flips at 24 hours.
    const q = await listQueue(await session(office), now);
    expect(q.rows.map((r) => r.askedAt.getTime())).toEqual([at(25).getTime(), at(23).getTime()]);
    expect(q.breached).toBe(1);
    expect(q.total).toBe(2);
    expect((await listQueue(await session(office), new Date(now.getTime() + h))).breached).toBe(2);
  });
});
