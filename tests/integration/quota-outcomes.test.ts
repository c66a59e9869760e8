// 入额遴选 on a real database, one round from scoring to outcome: a score out
// of range names the person and the component and writes nothing; totals and
// tie-breaks; STAFF never see another's component scores; publishing
// notifies every registrant; concluding records the outcomes and the
// prosecutor flag; a 递补 batch; and the not-admitted focus group, down to a
// talk campaign created from it. Shared people and builders:
// ./fixtures/quota.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { concludeQuotaRound, publishQuotaPublicity, startQuotaScoring } from "@/lib/quota/actions";
import {
  getMyRegistration,
  getScoreGrid,
  listPublicity,
  notAdmittedFocusGroup,
} from "@/lib/quota/queries";
import { listRegistrants } from "@/lib/quota/registrant-list";
import { RegistrantFilter } from "@/lib/quota/schemas";
import { createTalkCampaign } from "@/lib/talks/actions";

import {
  components,
  dayStr,
  newRound,
  office,
  register,
  regOf,
  score,
  session,
  setupQuota,
  staff,
} from "./fixtures/quota";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

setupQuota("入额测试部");

describe("scores, 公示 and outcomes", () => {
  let roundId: string;

  it("refuses a score out of range, naming the person and the component, and writes nothing", async () => {
    roundId = await newRound("完整流程遴选", { places: 2 });
    await actAs(office);
    expect(await startQuotaScoring({ roundId })).toEqual({
      ok: false,
      message: "尚无人报名，不能开始评分",
    });
    for (const u of staff) expect((await register(u, roundId)).ok).toBe(true);
    await actAs(office);
    expect((await startQuotaScoring({ roundId })).ok).toBe(true);
    expect(await register(staff[0], roundId)).toEqual({ ok: false, message: "不在报名时间内" });

    const res = await score(roundId, [
      [staff[0], 90, 80, 70],
      [staff[1], 90, 100.5, 70],
    ]);
    expect(res).toMatchObject({ ok: false, message: "报名乙的「业绩考核」成绩须在 0–100 之间" });
    const reg = await regOf(roundId, staff[1].id);
    const comps = await components(roundId);
    expect(failureOf(res).fieldErrors).toEqual({
      [`score:${reg.id}:${comps[1].id}`]: "报名乙的「业绩考核」成绩须在 0–100 之间",
    });
    expect(await score(roundId, [[staff[2], 90, 80, 88.888]])).toMatchObject({
      ok: false,
      message: "报名丙的「面试」成绩格式有误（最多两位小数）",
    });
    expect(await db.quotaScore.count({ where: { registration: { roundId } } })).toBe(0);
  });

  it("computes totals and, once complete, ranks with the tie-breaks", async () => {
    // 甲 90/80/70 = 81.00; 乙 80/86/70 = 81.00 (lower 笔试); 丙 95/90/90 = 91.50; 丁 60/70/80 = 69.00
    expect(
      await score(roundId, [
        [staff[0], 90, 80, 70],
        [staff[1], 80, 86, 70],
        [staff[2], 95, 90, 90],
      ]),
    ).toEqual({ ok: true, data: { saved: 9, complete: false } });
    expect(await regOf(roundId, staff[0].id)).toMatchObject({ totalCenti: 8100, rank: null });
    // Staff see neither their own nor anyone's scores before they are complete.
    expect(await getMyRegistration(await session(staff[0]), roundId)).toMatchObject({
      totalCenti: null,
      rank: null,
      scores: null,
    });

    expect(await score(roundId, [[staff[3], 60, 70, 80]])).toEqual({
      ok: true,
      data: { saved: 3, complete: true },
    });
    const ranks = await Promise.all(staff.map((u) => regOf(roundId, u.id)));
    expect(ranks.map((r) => [r.totalCenti, r.rank])).toEqual([
      [8100, 2],
      [8100, 3],
      [9150, 1],
      [6900, 4],
    ]);
  });

  it("shows STAFF their own scores only; the registrant list and grid are 政治处's", async () => {
    const s = await session(staff[1]);
    const mine = await getMyRegistration(s, roundId);
    const comps = await components(roundId);
    expect(mine).toMatchObject({
      totalCenti: 8100,
      rank: 3,
      scores: { [comps[0].id]: 8000, [comps[1].id]: 8600, [comps[2].id]: 7000 },
    });
    expect(await listRegistrants(s, roundId, RegistrantFilter.parse({}))).toBeNull();
    expect(await getScoreGrid(s, roundId, 1)).toBeNull();
    const po = await session(office);
    expect(
      (await listRegistrants(po, roundId, RegistrantFilter.parse({})))!.rows.map(
        (r) => r.user.realName,
      ),
    ).toEqual(["报名丙", "报名甲", "报名乙", "报名丁"]);
  });

  it("publishes the top N to 公示, notifies every registrant, and shows the list without component scores", async () => {
    await actAs(office);
    expect(
      await publishQuotaPublicity({
        roundId,
        count: "3",
        startsOn: dayStr(-8),
        endsOn: dayStr(-2),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { count: "公示人数不能超过剩余可公示人数 2 名" } });
    const before = await db.notification.count({
      where: { userId: { in: staff.map((u) => u.id) }, title: "入额遴选公示名单已发布" },
    });
    // The 公示 ran in the past, so the test can conclude it.
    expect(
      await publishQuotaPublicity({
        roundId,
        count: "1",
        startsOn: dayStr(-8),
        endsOn: dayStr(-2),
      }),
    ).toEqual({ ok: true, data: { count: 1, batch: "first" } });
    expect(
      await db.notification.count({
        where: { userId: { in: staff.map((u) => u.id) }, title: "入额遴选公示名单已发布" },
      }),
    ).toBe(before + 4);
    expect((await db.quotaRound.findUniqueOrThrow({ where: { id: roundId } })).status).toBe(
      "PUBLICITY",
    );
    expect((await regOf(roundId, staff[2].id)).outcome).toBe("PUBLICITY");
    expect((await regOf(roundId, staff[0].id)).outcome).toBe("PENDING");

    const list = await listPublicity(roundId, "PUBLICITY", 1);
    expect(list.rows).toEqual([
      {
        id: expect.any(String),
        rank: 1,
        totalCenti: 9150,
        user: { realName: "报名丙", department: { name: "入额测试部" } },
      },
    ]);
    await actAs(office);
    expect(await score(roundId, [[staff[0], 99, 99, 99]])).toEqual({
      ok: false,
      message: "当前不在评分阶段，成绩不能修改",
    });
  });

  it("concludes after the 公示: admitted with the prosecutor flag, the others not admitted", async () => {
    await actAs(office);
    expect((await concludeQuotaRound({ roundId })).ok).toBe(true);
    const outcomes = await Promise.all(staff.map((u) => regOf(roundId, u.id)));
    expect(outcomes.map((r) => r.outcome)).toEqual([
      "NOT_ADMITTED",
      "NOT_ADMITTED",
      "ADMITTED",
      "NOT_ADMITTED",
    ]);
    const flags = await db.user.findMany({
      where: { id: { in: staff.map((u) => u.id) } },
      select: { realName: true, prosecutor: true },
      orderBy: { realName: "asc" },
    });
    expect(flags.filter((f) => f.prosecutor).map((f) => f.realName)).toEqual(["报名丙"]);
    expect(await db.quotaRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      status: "CONCLUDED",
      concludedAt: expect.any(Date),
    });
    expect(await concludeQuotaRound({ roundId })).toEqual({
      ok: false,
      message: "当前不在公示阶段",
    });
  });

  it("publishes a 递补 batch from the remaining ranked list", async () => {
    await actAs(office);
    expect(
      await publishQuotaPublicity({ roundId, count: "2", startsOn: dayStr(0), endsOn: dayStr(6) }),
    ).toMatchObject({ ok: false, fieldErrors: { count: "公示人数不能超过剩余可公示人数 1 名" } });
    expect(
      await publishQuotaPublicity({ roundId, count: "1", startsOn: dayStr(0), endsOn: dayStr(6) }),
    ).toEqual({ ok: true, data: { count: 1, batch: "supplement" } });
    // 甲 outranks 乙 on the 笔试 tie-break.
    expect((await regOf(roundId, staff[0].id)).outcome).toBe("PUBLICITY");
    expect((await regOf(roundId, staff[1].id)).outcome).toBe("NOT_ADMITTED");
    expect(await concludeQuotaRound({ roundId })).toEqual({
      ok: false,
      message: "公示期未满，不能确定结果",
    });
    expect((await listPublicity(roundId, "ADMITTED", 1)).rows.map((r) => r.user.realName)).toEqual([
      "报名丙",
    ]);
  });

  it("hands the not-admitted to the focus group, and a talk campaign takes exactly them", async () => {
    const group = await notAdmittedFocusGroup(db, roundId);
    expect(group.map((g) => g.realName).sort()).toEqual(["报名丁", "报名乙"]);
    expect(group[0]).toMatchObject({ id: expect.any(String), department: "入额测试部" });
    // A disabled account drops out of the group.
    await db.user.update({ where: { id: staff[3].id }, data: { status: "DISABLED" } });
    expect((await notAdmittedFocusGroup(db, roundId)).map((g) => g.realName)).toEqual(["报名乙"]);
    await db.user.update({ where: { id: staff[3].id }, data: { status: "ACTIVE" } });

    await actAs(office);
    const res = await createTalkCampaign({
      title: "未入额人员谈心",
      startsOn: dayStr(0),
      endsOn: dayStr(30),
      scopeType: "FOCUS_GROUP",
      quotaRoundId: roundId,
    });
    expect(res).toMatchObject({ ok: true, data: { members: 2 } });
    const campaignId = dataOf(res).id;
    const members = await db.talkCampaignMember.findMany({
      where: { campaignId },
      select: { userId: true },
    });
    expect(members.map((m) => m.userId).sort()).toEqual([staff[1].id, staff[3].id].sort());

    // Without a round or people the focus group is refused; an unknown round too.
    expect(
      await createTalkCampaign({
        title: "空",
        startsOn: dayStr(0),
        endsOn: dayStr(30),
        scopeType: "FOCUS_GROUP",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { userIds: "请至少选择一名重点人员，或从入额遴选未入额人员导入" },
    });
    expect(
      await createTalkCampaign({
        title: "空",
        startsOn: dayStr(0),
        endsOn: dayStr(30),
        scopeType: "FOCUS_GROUP",
        quotaRoundId: "cknotarealid000000000000",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { quotaRoundId: "所选入额遴选不存在" } });
    // Leave the shared talk tables as they were.
    await db.talkCampaign.delete({ where: { id: campaignId } });
  });
});
