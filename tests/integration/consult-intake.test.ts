// The reform consultation desk on a real database, part 2: bad input writes
// nothing, 政治处 logs a consultation on someone's behalf, and the figures
// match a hand-computed fixture.
import { beforeAll, describe, expect, it } from "vitest";

import { askConsultation, logConsultation } from "@/lib/consult/actions";
import { consultStats, getConsultation, listQueue } from "@/lib/consult/queries";
import { db } from "@/lib/db";

import { makeConsultPeople, session, type U } from "./fixtures/consult";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let alice: U;
let bob: U;
let office: U;
let leader: U;
let admin: U;

beforeAll(async () => {
  ({ alice, bob, office, leader, admin } = await makeConsultPeople());
});

describe("consultation desk", () => {
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
