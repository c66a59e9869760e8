// 入额遴选 on a real database: the weights rule and the registration rules
// (window, twice, already a prosecutor) write nothing when they refuse; a score
// out of range names the person and the component and writes nothing; STAFF
// reach no management page or action and never see another's component
// scores; publishing notifies every registrant; concluding records the
// outcomes and the prosecutor flag; a 递补 batch; and the not-admitted focus
// group, down to a talk campaign created from it.
import { beforeAll, describe, expect, it } from "vitest";

import QuotaScoresPage from "@/app/(portal)/quota/[id]/scores/page";
import NewQuotaRoundPage from "@/app/(portal)/quota/new/page";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import {
  concludeQuotaRound,
  createQuotaRound,
  publishQuotaPublicity,
  registerForQuota,
  saveQuotaScores,
  startQuotaScoring,
  updateQuotaRound,
  withdrawFromQuota,
} from "@/lib/quota/actions";
import {
  getMyRegistration,
  getScoreGrid,
  isRegistrant,
  listPublicity,
  listRegistrants,
  notAdmittedFocusGroup,
} from "@/lib/quota/queries";
import { createTalkCampaign } from "@/lib/talks/actions";

import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";
import { dataOf, failureOf } from "./result";

const DAY = 24 * 3600_000;
const dayStr = (offset: number) => toDateInput(new Date(Date.now() + offset * DAY));
const COMPONENTS = [
  { name: "笔试", weight: 30, maxScore: 100 },
  { name: "业绩考核", weight: 50, maxScore: 100 },
  { name: "面试", weight: 20, maxScore: 100 },
];
const DENIED = { ok: false, message: "您没有执行此操作的权限" };

type U = { id: string; realName: string };
let office: U;
let staff: U[];
let prosecutor: U;
let dept: { id: string };

async function session(u: { id: string }) {
  return (await loadSessionUser(await actAs(u)))!;
}

async function newRound(
  title: string,
  opts: { places?: number; opens?: number; closes?: number } = {},
) {
  await actAs(office);
  const res = await createQuotaRound({
    title,
    places: String(opts.places ?? 2),
    registrationOpensAt: dayStr(opts.opens ?? -1),
    registrationClosesAt: dayStr(opts.closes ?? 5),
    components: COMPONENTS,
  });
  expect(res.ok).toBe(true);
  return dataOf(res).id;
}

async function register(u: { id: string }, roundId: string) {
  await actAs(u);
  return registerForQuota({ roundId });
}

async function components(roundId: string) {
  return db.quotaComponent.findMany({ where: { roundId }, orderBy: { position: "asc" } });
}

async function regOf(roundId: string, userId: string) {
  return db.quotaRegistration.findUniqueOrThrow({ where: { roundId_userId: { roundId, userId } } });
}

/** The strings in a rendered element tree: text children and string props. */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => textsOf(n, out));
  else if (node && typeof node === "object" && "props" in node) {
    for (const [k, v] of Object.entries((node as { props: Record<string, unknown> }).props))
      if (k === "children" || typeof v === "string" || (v && typeof v === "object" && "props" in v))
        textsOf(v, out);
  }
  return out;
}

/** Saves scores [笔试, 业绩考核, 面试] for each user as 政治处. */
async function score(roundId: string, rows: [U, number, number, number][]) {
  const comps = await components(roundId);
  const entries: { registrationId: string; componentId: string; value: string }[] = [];
  for (const [u, ...vals] of rows) {
    const reg = await regOf(roundId, u.id);
    vals.forEach((v, i) =>
      entries.push({ registrationId: reg.id, componentId: comps[i].id, value: String(v) }),
    );
  }
  await actAs(office);
  return saveQuotaScores({ roundId, entries });
}

beforeAll(async () => {
  dept = await makeDepartment("入额测试部");
  office = await makeUser({
    roles: ["POLITICAL_OFFICE"],
    departmentId: dept.id,
    realName: "政治处甲",
  });
  staff = [];
  for (const name of ["报名甲", "报名乙", "报名丙", "报名丁"])
    staff.push(await makeUser({ departmentId: dept.id, realName: name }));
  prosecutor = await makeUser({ departmentId: dept.id, realName: "员额检察官戊" });
  await db.user.update({ where: { id: prosecutor.id }, data: { prosecutor: true } });
});

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

describe("回避: 政治处 staff who registered", () => {
  it("may not run the round they registered for: no edits, scoring, scores, 公示 or outcome, and no score grid", async () => {
    const second = await makeUser({
      roles: ["POLITICAL_OFFICE"],
      departmentId: dept.id,
      realName: "政治处乙",
    });
    const roundId = await newRound("回避测试遴选", { places: 1 });
    expect((await register(second, roundId)).ok).toBe(true);
    expect((await register(staff[0], roundId)).ok).toBe(true);
    await actAs(second);
    const recused = {
      ok: false,
      message: "您已报名本轮遴选，按回避规定不能办理本轮的设置、评分、公示和结果",
    };
    expect(
      await updateQuotaRound({
        id: roundId,
        title: "改名",
        places: "1",
        registrationOpensAt: dayStr(-1),
        registrationClosesAt: dayStr(5),
        components: COMPONENTS,
      }),
    ).toEqual(recused);
    expect(await startQuotaScoring({ roundId })).toEqual(recused);
    expect(await db.quotaRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      title: "回避测试遴选",
      status: "REGISTRATION",
    });
    expect(await isRegistrant(roundId, second.id)).toBe(true);

    // Another member of 政治处 runs it; the registrant still cannot enter scores, publish or conclude.
    await actAs(office);
    expect((await startQuotaScoring({ roundId })).ok).toBe(true);
    const comps = await components(roundId);
    const regs = [await regOf(roundId, second.id), await regOf(roundId, staff[0].id)];
    const entries = regs.flatMap((r) =>
      comps.map((c) => ({ registrationId: r.id, componentId: c.id, value: "99" })),
    );
    await actAs(second);
    expect(await saveQuotaScores({ roundId, entries })).toEqual(recused);
    expect(await db.quotaScore.count({ where: { registration: { roundId } } })).toBe(0);
    expect(
      await publishQuotaPublicity({ roundId, count: "1", startsOn: dayStr(0), endsOn: dayStr(7) }),
    ).toEqual(recused);
    expect(await concludeQuotaRound({ roundId })).toEqual(recused);
    expect(await lastAudit()).toMatchObject({
      action: "quota.conclude",
      result: "FAILURE",
      userId: second.id,
    });
    // The score grid page shows the registrant a notice instead of the grid.
    const page = textsOf(
      await QuotaScoresPage({
        params: Promise.resolve({ id: roundId }),
        searchParams: Promise.resolve({}),
      }),
    ).join(" ");
    expect(page).toContain("按回避规定不能查看或录入本轮成绩");
  });
});

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
    expect(await listRegistrants(s, roundId, 1)).toBeNull();
    expect(await getScoreGrid(s, roundId, 1)).toBeNull();
    const po = await session(office);
    expect((await listRegistrants(po, roundId, 1))!.rows.map((r) => r.user.realName)).toEqual([
      "报名丙",
      "报名甲",
      "报名乙",
      "报名丁",
    ]);
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
