// 入额遴选 on a real database, setting up and registering: the weights rule
// and the registration rules (window, twice, already a prosecutor) write
// nothing when they refuse; components are editable until scoring starts; a
// registrant withdraws while the window is open; STAFF reach no management
// page or action. Shared people and builders: ./fixtures/quota.ts.
import { describe, expect, it } from "vitest";

import QuotaScoresPage from "@/app/(portal)/quota/[id]/scores/page";
import NewQuotaRoundPage from "@/app/(portal)/quota/new/page";
import { db } from "@/lib/db";
import {
  concludeQuotaRound,
  createQuotaRound,
  publishQuotaPublicity,
  saveQuotaScores,
  startQuotaScoring,
  updateQuotaRound,
  withdrawFromQuota,
} from "@/lib/quota/actions";

import {
  COMPONENTS,
  components,
  dayStr,
  DENIED,
  newRound,
  office,
  prosecutor,
  register,
  setupQuota,
  staff,
} from "./fixtures/quota";
import { actAs, lastAudit } from "./helpers";
import { dataOf } from "./result";

setupQuota();

describe("setting up a round", () => {
  it("refuses weights that do not sum to 100% with the Chinese message, writing nothing", async () => {
    await actAs(office);
    const res = await createQuotaRound({
      title: "权重不对的遴选",
      places: "3",
      registrationOpensAt: dayStr(0),
      registrationClosesAt: dayStr(5),
      componentName: ["笔试", "业绩考核", "面试"],
      componentWeight: ["30", "50", "30"],
      componentMaxScore: ["100", "100", "100"],
    });
    expect(res).toMatchObject({ ok: false, fieldErrors: { components: "各项权重之和须为100%" } });
    expect(await db.quotaRound.count({ where: { title: "权重不对的遴选" } })).toBe(0);

    const ok = await createQuotaRound({
      title: "权重正确的遴选",
      places: "3",
      registrationOpensAt: dayStr(0),
      registrationClosesAt: dayStr(5),
      componentName: ["笔试", "业绩考核", "面试"],
      componentWeight: ["30", "50", "20"],
      componentMaxScore: ["100", "100", "100"],
    });
    expect(ok.ok).toBe(true);
    const id = dataOf(ok).id;
    expect((await components(id)).map((c) => [c.name, c.position, c.weight, c.maxScore])).toEqual([
      ["笔试", 1, 30, 100],
      ["业绩考核", 2, 50, 100],
      ["面试", 3, 20, 100],
    ]);
    expect(await lastAudit()).toMatchObject({
      action: "quota.round.create",
      result: "SUCCESS",
      objectId: id,
    });
  });

  it("lets 政治处 edit components until scoring starts, and not after", async () => {
    const id = await newRound("可修改的遴选");
    await actAs(office);
    const edit = {
      id,
      title: "可修改的遴选",
      places: "2",
      registrationOpensAt: dayStr(-1),
      registrationClosesAt: dayStr(5),
      components: [
        { name: "笔试", weight: 40, maxScore: 100 },
        { name: "面试", weight: 60, maxScore: 50 },
      ],
    };
    expect(
      await updateQuotaRound({
        ...edit,
        components: [
          { name: "笔试", weight: 40, maxScore: 100 },
          { name: "面试", weight: 50, maxScore: 50 },
        ],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { components: "各项权重之和须为100%" } });
    expect((await components(id)).length).toBe(3);
    expect((await updateQuotaRound(edit)).ok).toBe(true);
    expect((await components(id)).map((c) => [c.name, c.weight, c.maxScore])).toEqual([
      ["笔试", 40, 100],
      ["面试", 60, 50],
    ]);

    expect((await register(staff[0], id)).ok).toBe(true);
    await actAs(office);
    expect((await startQuotaScoring({ roundId: id })).ok).toBe(true);
    expect(await updateQuotaRound({ ...edit, components: COMPONENTS })).toEqual({
      ok: false,
      message: "评分已开始，考核项目和权重不能再修改",
    });
    expect((await components(id)).length).toBe(2);
  });

  it("keeps STAFF out of every management page and action", async () => {
    const id = await newRound("权限测试遴选");
    await actAs(staff[0]);
    await expect(NewQuotaRoundPage()).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(
      QuotaScoresPage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }),
    ).rejects.toThrow("NEXT_NOT_FOUND");
    expect(await lastAudit()).toMatchObject({
      action: "page.view",
      result: "DENIED",
      userId: staff[0].id,
    });
    expect(
      await createQuotaRound({
        title: "越权",
        places: "1",
        registrationOpensAt: dayStr(0),
        registrationClosesAt: dayStr(1),
        components: COMPONENTS,
      }),
    ).toEqual(DENIED);
    expect(await startQuotaScoring({ roundId: id })).toEqual(DENIED);
    expect(
      await saveQuotaScores({
        roundId: id,
        entries: [{ registrationId: "x", componentId: "y", value: "90" }],
      }),
    ).toEqual(DENIED);
    expect(
      await publishQuotaPublicity({
        roundId: id,
        count: "1",
        startsOn: dayStr(0),
        endsOn: dayStr(5),
      }),
    ).toEqual(DENIED);
    expect(await concludeQuotaRound({ roundId: id })).toEqual(DENIED);
    expect((await db.quotaRound.findUniqueOrThrow({ where: { id } })).status).toBe("REGISTRATION");
  });
});

describe("registration", () => {
  it("registers once inside the window; twice, outside the window or as a prosecutor is refused", async () => {
    const id = await newRound("报名规则遴选");
    expect(await register(staff[0], id)).toMatchObject({ ok: true });
    expect(await register(staff[0], id)).toEqual({ ok: false, message: "您已报名本轮遴选" });
    expect(await db.quotaRegistration.count({ where: { roundId: id, userId: staff[0].id } })).toBe(
      1,
    );

    expect(await register(prosecutor, id)).toEqual({
      ok: false,
      message: "您已是员额检察官，不符合本轮报名条件",
    });
    expect(
      await db.quotaRegistration.count({ where: { roundId: id, userId: prosecutor.id } }),
    ).toBe(0);

    const future = await newRound("尚未开始报名的遴选", { opens: 3, closes: 8 });
    const past = await newRound("报名已截止的遴选", { opens: -10, closes: -2 });
    for (const r of [future, past]) {
      expect(await register(staff[1], r)).toEqual({ ok: false, message: "不在报名时间内" });
      expect(await db.quotaRegistration.count({ where: { roundId: r } })).toBe(0);
    }
    expect(await register(staff[1], "cknotarealid000000000000")).toEqual({
      ok: false,
      message: "记录不存在或您无权查看",
    });
  });

  it("lets a registrant withdraw while the window is open, and not once scoring has started", async () => {
    const id = await newRound("撤回报名遴选");
    await register(staff[1], id);
    await actAs(staff[1]);
    expect((await withdrawFromQuota({ roundId: id })).ok).toBe(true);
    expect(await db.quotaRegistration.count({ where: { roundId: id } })).toBe(0);
    expect(await withdrawFromQuota({ roundId: id })).toEqual({
      ok: false,
      message: "您未报名本轮遴选",
    });
    expect((await register(staff[1], id)).ok).toBe(true);
    await actAs(office);
    await startQuotaScoring({ roundId: id });
    await actAs(staff[1]);
    expect(await withdrawFromQuota({ roundId: id })).toEqual({
      ok: false,
      message: "不在报名时间内",
    });
    expect(await db.quotaRegistration.count({ where: { roundId: id } })).toBe(1);
  });
});
