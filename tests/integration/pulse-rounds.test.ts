// 思想状况测评 on a real database, setting up a round: the questions and the
// response-rate base are stored, bad input writes nothing, only 政治处 may
// create a round or close one early. Shared people and builders:
// ./fixtures/pulse.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { activeBusinessUser } from "@/lib/people/active";
import { closePulseRound, createPulseRound } from "@/lib/pulse/actions";

import { day, DENIED, leader, newRound, office, Q, setupPulse, staff } from "./fixtures/pulse";
import { actAs } from "./helpers";

setupPulse();

describe("setting up a round", () => {
  it("stores the questions and the active business staff as the response-rate base; only 政治处 may", async () => {
    const expected = await db.user.count({ where: activeBusinessUser });
    const id = await newRound();
    const r = await db.pulseRound.findUniqueOrThrow({
      where: { id },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(r.eligibleCount).toBe(expected);
    expect(r.questions.map((q) => [q.position, q.text])).toEqual(Q.map((q, i) => [i + 1, q]));

    const before = await db.pulseRound.count();
    await actAs(staff);
    expect(
      await createPulseRound({ title: "越权", opensOn: day(0), closesOn: day(7), questions: Q }),
    ).toEqual(DENIED);
    await actAs(leader);
    expect(
      await createPulseRound({ title: "越权", opensOn: day(0), closesOn: day(7), questions: Q }),
    ).toEqual(DENIED);
    expect(await db.pulseRound.count()).toBe(before);
  });

  it("refuses fewer than 3 or more than 8 questions and a closing day before the opening day, writing nothing", async () => {
    await actAs(office);
    const before = await db.pulseRound.count();
    const base = { title: "测评", opensOn: day(0), closesOn: day(7), questions: Q };
    expect(await createPulseRound({ ...base, questions: Q.slice(0, 2) })).toMatchObject({
      ok: false,
      fieldErrors: { questions: "每轮测评须设置 3–8 道题目" },
    });
    expect(
      await createPulseRound({
        ...base,
        questions: Array.from({ length: 9 }, (_, i) => `题目${i}`),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { questions: "每轮测评须设置 3–8 道题目" } });
    expect(await createPulseRound({ ...base, opensOn: day(5), closesOn: day(4) })).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: "结束日期不能早于开始日期" },
    });
    expect(await createPulseRound({ ...base, opensOn: day(-9), closesOn: day(-2) })).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: "结束日期不能早于今天" },
    });
    expect(await createPulseRound({ ...base, title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { title: "请填写测评名称" },
    });
    expect(await db.pulseRound.count()).toBe(before);
  });

  it("closes a round early for 政治处 only, and only while it is open", async () => {
    const id = await newRound();
    await actAs(staff);
    expect(await closePulseRound({ id })).toEqual(DENIED);
    await actAs(office);
    expect(await closePulseRound({ id })).toMatchObject({ ok: true });
    expect(
      (await db.pulseRound.findUniqueOrThrow({ where: { id } })).closesAt.getTime(),
    ).toBeLessThanOrEqual(Date.now());
    expect(await closePulseRound({ id })).toMatchObject({
      ok: false,
      message: "本轮测评未在进行中，不能提前结束",
    });
    const upcoming = await newRound({ opensOn: day(3), closesOn: day(9) });
    expect(await closePulseRound({ id: upcoming })).toMatchObject({
      ok: false,
      message: "本轮测评未在进行中，不能提前结束",
    });
    expect(await closePulseRound({ id: "cnotarealround00000000000" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });
  });
});
