// The study log, review, points and rankings on a real database: staff reach
// only their own entries (another's id → not found), a department head
// reviews only their own department's entries and never their own, the
// 24-hour day limit and bad hours write nothing, approval and rule changes
// move the points by the hand-computed amount, and attendance is counted in
// the database by status and type group.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import { listTodos } from "@/lib/home/todos";
import {
  approveStudyLog,
  createStudyLog,
  deleteStudyLog,
  returnStudyLog,
  updateStudyLog,
} from "@/lib/study/log/actions";
import { getLogForReview, getMyLog, listMyLogs, listReviewQueue } from "@/lib/study/log/queries";
import { updatePointRules } from "@/lib/study/points/actions";
import { countStudyFor, loadRules } from "@/lib/study/points/queries";
import { computePoints } from "@/lib/study/points/rules";
import { loadPersonPoints, loadRankings } from "@/lib/study/rankings/queries";

import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string };
let deptA: { id: string };
let deptB: { id: string };
let alice: U, bob: U, carol: U, headA: U, headB: U, office: U, leader: U;
const NOT_FOUND = { ok: false, message: "记录不存在或您无权查看" };
const today = toDateInput(new Date());
const DEFAULTS = {
  ATTEND_PRESENT_CORE: "2",
  ATTEND_PRESENT_OTHER: "1",
  ATTEND_LEAVE: "0",
  ATTEND_ABSENT: "-1",
  LOG_HOUR: "0.5",
  REFLECTION_BONUS: "1",
};

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}

async function log(u: U, input: Record<string, unknown>) {
  await actAs(u);
  const res = await createStudyLog({
    kind: "READING",
    title: "《中国共产党章程》",
    studiedOn: today,
    hours: "1",
    reflection: "",
    ...input,
  });
  expect(res).toMatchObject({ ok: true });
  return dataOf(res).id;
}

async function pointsOf(u: U) {
  const [rules, c] = await Promise.all([loadRules(), countStudyFor(u.id, { year: null })]);
  return computePoints(c.counts, rules).total;
}

beforeAll(async () => {
  deptA = await makeDepartment();
  deptB = await makeDepartment();
  alice = await makeUser({ departmentId: deptA.id, realName: "甲干警" });
  bob = await makeUser({ departmentId: deptA.id });
  carol = await makeUser({ departmentId: deptB.id });
  headA = await makeUser({ departmentId: deptA.id, roles: ["DEPT_HEAD"] });
  headB = await makeUser({ departmentId: deptB.id, roles: ["DEPT_HEAD"] });
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  await db.department.update({ where: { id: deptA.id }, data: { headId: headA.id } });
  await db.department.update({ where: { id: deptB.id }, data: { headId: headB.id } });
  // Start from the default rules whatever ran before.
  await db.studyPointRule.deleteMany();
});

afterAll(async () => {
  await db.studyActivity.deleteMany({ where: { organiserId: office.id } });
  await db.studyLog.deleteMany({
    where: {
      userId: { in: [alice.id, bob.id, carol.id, headA.id, headB.id, office.id, leader.id] },
    },
  });
  await db.studyPointRule.deleteMany();
  await db.department.updateMany({
    where: { id: { in: [deptA.id, deptB.id] } },
    data: { headId: null },
  });
});

describe("study log ownership (IDOR)", () => {
  it("lets staff read, edit and delete only their own entries; another's id is not found", async () => {
    const id = await log(alice, { title: "阿丽丝的读书记录" });
    expect((await getMyLog(await session(alice), id))?.title).toBe("阿丽丝的读书记录");

    const bobS = await session(bob);
    expect(await getMyLog(bobS, id)).toBeNull();
    expect((await listMyLogs(bobS, { page: 1 })).rows.map((r) => r.id)).not.toContain(id);
    await actAs(bob);
    expect(
      await updateStudyLog({
        id,
        kind: "READING",
        title: "改掉别人的",
        studiedOn: today,
        hours: "2",
      }),
    ).toEqual(NOT_FOUND);
    expect(await deleteStudyLog({ id })).toEqual(NOT_FOUND);
    expect(await lastAudit()).toMatchObject({
      action: "study.log.delete",
      result: "NOT_FOUND",
      userId: bob.id,
    });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "阿丽丝的读书记录",
      tenths: 10,
      status: "SUBMITTED",
    });

    // Ordinary staff review nothing: the queue does not exist for them, and deciding is not found.
    expect(await listReviewQueue(bobS, { status: "SUBMITTED", page: 1 })).toBeNull();
    expect(await approveStudyLog({ id })).toEqual(NOT_FOUND);
    expect(await returnStudyLog({ id, comment: "越权退回" })).toEqual(NOT_FOUND);
    expect((await db.studyLog.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    // The owner edits and deletes while it awaits review.
    await actAs(alice);
    expect(
      await updateStudyLog({
        id,
        kind: "ONLINE",
        title: "改成网络学习",
        studiedOn: today,
        hours: "1.5",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "ONLINE",
      tenths: 15,
    });
    expect(await deleteStudyLog({ id })).toMatchObject({ ok: true });
    expect(await db.studyLog.count({ where: { id } })).toBe(0);
  });

  it("lets a head review only their own department's entries, never their own; 政治处 reviews everyone but themselves", async () => {
    const aliceLog = await log(alice, { title: "甲部门的学习" });
    const carolLog = await log(carol, { title: "乙部门的学习" });
    const headLog = await log(headA, { title: "负责人自己的学习" });
    const officeLog = await log(office, { title: "政治处自己的学习" });

    const hA = await session(headA);
    const queueA = (await listReviewQueue(hA, { status: "SUBMITTED", page: 1 }))!.rows.map(
      (r) => r.id,
    );
    expect(queueA).toContain(aliceLog);
    expect(queueA).not.toContain(carolLog);
    expect(queueA).not.toContain(headLog);
    expect(await getLogForReview(hA, carolLog)).toBeNull();
    expect(await getLogForReview(hA, headLog)).toBeNull();
    // The head's home page counts what waits for them; plain staff get no such item.
    expect((await listTodos(hA)).find((t) => t.key === "study-review")).toMatchObject({
      count: 1,
      href: "/study/review",
    });
    expect((await listTodos(await session(bob))).map((t) => t.key)).not.toContain("study-review");

    // head B cannot review department A's entry, even knowing its id.
    await actAs(headB);
    expect(await approveStudyLog({ id: aliceLog })).toEqual(NOT_FOUND);
    expect(await returnStudyLog({ id: aliceLog, comment: "跨部门退回" })).toEqual(NOT_FOUND);
    expect((await db.studyLog.findUniqueOrThrow({ where: { id: aliceLog } })).status).toBe(
      "SUBMITTED",
    );
    await actAs(headA);
    expect(await approveStudyLog({ id: headLog })).toEqual(NOT_FOUND);

    const po = await session(office);
    const all = (await listReviewQueue(po, { status: "SUBMITTED", page: 1 }))!.rows.map(
      (r) => r.id,
    );
    expect(all).toEqual(expect.arrayContaining([aliceLog, carolLog, headLog]));
    expect(all).not.toContain(officeLog);
    await actAs(office);
    expect(await approveStudyLog({ id: officeLog })).toEqual(NOT_FOUND);
    expect(await approveStudyLog({ id: headLog })).toMatchObject({
      ok: true,
      data: { status: "APPROVED" },
    });

    // head A approves their department's entry; a second decision is refused.
    await actAs(headA);
    expect(await approveStudyLog({ id: aliceLog })).toMatchObject({ ok: true });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id: aliceLog } })).toMatchObject({
      status: "APPROVED",
      reviewedById: headA.id,
    });
    expect(await approveStudyLog({ id: aliceLog })).toMatchObject({
      ok: false,
      message: "该学习记录已审核，不能重复审核",
    });

    // An approved entry is fixed for its owner.
    await actAs(alice);
    expect(
      await updateStudyLog({
        id: aliceLog,
        kind: "READING",
        title: "改",
        studiedOn: today,
        hours: "3",
      }),
    ).toMatchObject({ ok: false, message: "已通过审核的学习记录不能修改" });
    expect(await deleteStudyLog({ id: aliceLog })).toMatchObject({
      ok: false,
      message: "已通过审核的学习记录不能删除",
    });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id: aliceLog } })).toMatchObject({
      tenths: 10,
      status: "APPROVED",
    });
  });
});

describe("bad input writes nothing", () => {
  it("refuses more than 24 hours in one day, counting the person's other entries that day", async () => {
    const day = "2025-06-10";
    const first = await log(bob, { studiedOn: day, hours: "20" });
    const before = await db.studyLog.count({ where: { userId: bob.id } });
    const auditBefore = await lastAudit();
    await actAs(bob);
    const res = await createStudyLog({
      kind: "ONLINE",
      title: "超时",
      studiedOn: day,
      hours: "4.5",
    });
    expect(res).toMatchObject({
      ok: false,
      fieldErrors: { hours: "该日已登记 20 小时，当日合计不能超过 24 小时（最多还可登记 4 小时）" },
    });
    expect(await db.studyLog.count({ where: { userId: bob.id } })).toBe(before);
    expect((await lastAudit())?.seq).toBe(auditBefore?.seq);

    // Exactly 24 is allowed; another person's hours that day do not count.
    expect(
      await createStudyLog({ kind: "ONLINE", title: "刚好", studiedOn: day, hours: "4" }),
    ).toMatchObject({ ok: true });
    await log(carol, { studiedOn: day, hours: "24" });
    // Editing an entry checks the day without counting itself; moving hours up past 24 is refused.
    await actAs(bob);
    expect(
      await updateStudyLog({
        id: first,
        kind: "READING",
        title: "改",
        studiedOn: day,
        hours: "20",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await updateStudyLog({
        id: first,
        kind: "READING",
        title: "改",
        studiedOn: day,
        hours: "20.5",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { hours: expect.stringContaining("当日合计不能超过 24 小时") },
    });
    expect((await db.studyLog.findUniqueOrThrow({ where: { id: first } })).tenths).toBe(200);
  });

  it("keeps a day within 24 hours when several entries arrive at the same moment", async () => {
    const day = "2025-06-12";
    await actAs(bob);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createStudyLog({ kind: "ONLINE", title: `同时${i}`, studiedOn: day, hours: "5" }),
      ),
    );
    // 8 × 5 h: exactly four fit into the day, the others are refused with the day's total.
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({
        fieldErrors: {
          hours: "该日已登记 20 小时，当日合计不能超过 24 小时（最多还可登记 4 小时）",
        },
      });
    const agg = await db.studyLog.aggregate({
      where: { userId: bob.id, title: { startsWith: "同时" } },
      _sum: { tenths: true },
    });
    expect(agg._sum.tenths).toBe(200);
  });

  it("refuses negative, zero and over-long hours, a future date and an empty 心得", async () => {
    await actAs(bob);
    const before = await db.studyLog.count({ where: { userId: bob.id } });
    const base = { kind: "READING", title: "读书", studiedOn: today };
    expect(await createStudyLog({ ...base, hours: "-2" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: "学习时长须大于 0 小时" },
    });
    expect(await createStudyLog({ ...base, hours: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: "学习时长须大于 0 小时" },
    });
    expect(await createStudyLog({ ...base, hours: "25" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: "学习时长不能超过 24 小时" },
    });
    const tomorrow = toDateInput(new Date(Date.now() + 24 * 3600_000));
    expect(await createStudyLog({ ...base, studiedOn: tomorrow, hours: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能晚于今天" },
    });
    expect(
      await createStudyLog({ ...base, kind: "REFLECTION", hours: "1", reflection: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { reflection: "心得体会须填写体会内容" } });
    expect(await createStudyLog({ ...base, kind: "BOOK", hours: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: "请选择学习类型" },
    });
    expect(await db.studyLog.count({ where: { userId: bob.id } })).toBe(before);
  });
  it("refuses a study date before 2000-01-01 (or an impossible one) with a Chinese field error, and writes nothing", async () => {
    await actAs(bob);
    const before = await db.studyLog.count({ where: { userId: bob.id } });
    const auditBefore = await lastAudit();
    const base = { kind: "READING", title: "旧日读书", hours: "1" };
    expect(await createStudyLog({ ...base, studiedOn: "1900-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能早于 2000-01-01" },
    });
    expect(await createStudyLog({ ...base, studiedOn: "1999-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能早于 2000-01-01" },
    });
    expect(await createStudyLog({ ...base, studiedOn: "2026-02-30" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不是有效日期" },
    });
    expect(await db.studyLog.count({ where: { userId: bob.id } })).toBe(before);
    expect(
      await db.studyLog.count({
        where: { userId: bob.id, studiedOn: { lt: new Date("2000-01-01T00:00:00+08:00") } },
      }),
    ).toBe(0);
    expect((await lastAudit())?.seq).toBe(auditBefore?.seq);
    // Editing an entry to 1900 is refused the same way and leaves it as it was.
    const id = await log(bob, { title: "改日期", studiedOn: "2025-06-20" });
    await actAs(bob);
    expect(await updateStudyLog({ id, ...base, studiedOn: "1900-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能早于 2000-01-01" },
    });
    expect(toDateInput((await db.studyLog.findUniqueOrThrow({ where: { id } })).studiedOn)).toBe(
      "2025-06-20",
    );
    // The bound itself is a valid day.
    expect(await updateStudyLog({ id, ...base, studiedOn: "2000-01-01" })).toMatchObject({
      ok: true,
    });
    expect(toDateInput((await db.studyLog.findUniqueOrThrow({ where: { id } })).studiedOn)).toBe(
      "2000-01-01",
    );
    await deleteStudyLog({ id });
  });
});

describe("points", () => {
  it("moves by the rule values when an entry is approved, and not while it is pending or returned", async () => {
    const rules = await loadRules();
    const start = await pointsOf(carol);
    const id = await log(carol, {
      kind: "REFLECTION",
      title: "学习党章心得",
      hours: "1.5",
      reflection: "深刻体会到……",
    });
    expect(await pointsOf(carol)).toBe(start);

    // Returned first: a comment is required; the owner is told; no points yet.
    await actAs(office);
    expect(await returnStudyLog({ id, comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { comment: "请填写退回意见" },
    });
    expect(await returnStudyLog({ id, comment: "请补充体会" })).toMatchObject({
      ok: true,
      data: { status: "RETURNED" },
    });
    const note = await db.notification.findFirst({
      where: { userId: carol.id },
      orderBy: { createdAt: "desc" },
    });
    expect(note).toMatchObject({ title: "您的学习记录被退回", link: `/study/log/${id}` });
    expect(await pointsOf(carol)).toBe(start);

    // Resubmitted after editing: back in the queue with the old comment kept.
    await actAs(carol);
    expect(
      await updateStudyLog({
        id,
        kind: "REFLECTION",
        title: "学习党章心得",
        studiedOn: today,
        hours: "1.5",
        reflection: "补充后的体会",
      }),
    ).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    expect(await db.studyLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUBMITTED",
      reviewComment: "请补充体会",
      reviewedById: null,
    });

    await actAs(headB);
    expect(await approveStudyLog({ id })).toMatchObject({ ok: true });
    // 1.5 h × LOG_HOUR + one 心得 × REFLECTION_BONUS, in hundredths.
    expect(await pointsOf(carol)).toBe(start + 15 * rules.LOG_HOUR + 10 * rules.REFLECTION_BONUS);
    expect((await pointsOf(carol)) - start).toBe(175); // with the defaults: 0.75 + 1
    expect(
      await db.notification.findFirst({
        where: { userId: carol.id },
        orderBy: { createdAt: "desc" },
      }),
    ).toMatchObject({ title: "您的学习记录已通过审核" });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "study.log.approve", result: "SUCCESS", objectId: id });
    expect(JSON.stringify(audit)).not.toContain("补充后的体会");
  });

  it("counts recorded attendance by status and type group, within the period, and applies a rule change at once", async () => {
    const year = shanghaiYear();
    const heldAt = new Date(`${year}-03-15T09:00:00+08:00`);
    const lastYear = new Date(`${year - 1}-06-15T09:00:00+08:00`);
    const activity = (type: string, at = heldAt) =>
      db.studyActivity.create({
        data: {
          type,
          title: `测试活动${type}`,
          heldAt: at,
          scopeType: "USERS",
          organiserId: office.id,
          createdById: office.id,
        },
      });
    const acts = await Promise.all([
      activity("BRANCH_ASSEMBLY"),
      activity("PARTY_LECTURE"),
      activity("SEMINAR"),
      activity("FORUM"),
      activity("PARTY_GROUP"),
      activity("EDUCATION"),
      activity("CHIEF_LECTURE", lastYear),
    ]);
    const statuses = ["PRESENT", "PRESENT", "PRESENT", "LEAVE", "ABSENT", null, "PRESENT"];
    await db.studyAttendance.createMany({
      data: acts.map((a, i) => ({ activityId: a.id, userId: bob.id, status: statuses[i] })),
    });

    const thisYear = await countStudyFor(bob.id, { year });
    // 三会一课 present: 支部党员大会 + 党课 = 2; other present: 专题辅导讲座 = 1; the null row is not counted.
    expect(thisYear.counts).toMatchObject({ presentCore: 2, presentOther: 1, leave: 1, absent: 1 });
    expect((await countStudyFor(bob.id, { year: null })).counts).toMatchObject({
      presentCore: 3,
      presentOther: 1,
      leave: 1,
      absent: 1,
    });
    // Bob's approved hours: none (his entries are pending), so with the defaults: 2×2 + 1×1 + 0 − 1 = 4 points.
    expect(computePoints(thisYear.counts, await loadRules()).total).toBe(400);

    // Staff cannot change the rules; bad values are refused with nothing written.
    await actAs(bob);
    expect(await updatePointRules({ ...DEFAULTS, ATTEND_PRESENT_CORE: "5" })).toEqual({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    await actAs(office);
    expect(await updatePointRules({ ...DEFAULTS, ATTEND_ABSENT: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { ATTEND_ABSENT: "分值须在 -10 至 0 之间" },
    });
    expect(await db.studyPointRule.count()).toBe(0);

    // 政治处 raises 三会一课 to 3 and absence to −2: bob's points follow at once (3×2 + 1 − 2 = 5), in the rankings too.
    expect(
      await updatePointRules({ ...DEFAULTS, ATTEND_PRESENT_CORE: "3", ATTEND_ABSENT: "-2" }),
    ).toMatchObject({ ok: true, data: { changed: 2 } });
    expect(await lastAudit()).toMatchObject({
      action: "study.points.update",
      result: "SUCCESS",
      detail: expect.stringContaining("ATTEND_PRESENT_CORE"),
    });
    expect(JSON.stringify((await lastAudit())?.detail)).toContain("2→3");
    expect(
      await db.studyPointRule.findUnique({ where: { key: "ATTEND_PRESENT_CORE" } }),
    ).toMatchObject({ tenths: 30, updatedById: office.id });
    expect(
      computePoints((await countStudyFor(bob.id, { year })).counts, await loadRules()).total,
    ).toBe(500);
    const viaRanking = await loadPersonPoints(await session(leader), bob.id, year);
    expect(viaRanking?.breakdown.total).toBe(500);

    await actAs(office);
    expect(await updatePointRules(DEFAULTS)).toMatchObject({ ok: true, data: { changed: 2 } });
    expect(
      computePoints((await countStudyFor(bob.id, { year })).counts, await loadRules()).total,
    ).toBe(400);
  });
});

describe("rankings", () => {
  it("are for LEADER and 政治处 only, rank everyone, and sum departments from their members", async () => {
    expect(await loadRankings(await session(alice), null)).toBeNull();
    expect(await loadRankings(await session(headA), null)).toBeNull();
    expect(await loadPersonPoints(await session(alice), alice.id, null)).toBeNull();

    const r = (await loadRankings(await session(leader), null))!;
    const ranks = r.people.map((p) => p.rank);
    expect(ranks[0]).toBe(1);
    for (let i = 1; i < r.people.length; i++) {
      expect(r.people[i].points).toBeLessThanOrEqual(r.people[i - 1].points);
      expect(ranks[i]).toBe(r.people[i].points === r.people[i - 1].points ? ranks[i - 1] : i + 1);
    }
    const members = r.people.filter((p) => p.departmentId === deptA.id);
    expect(members.map((p) => p.id).sort()).toEqual([alice.id, bob.id, headA.id].sort());
    const a = r.departments.find((d) => d.id === deptA.id)!;
    expect(a).toMatchObject({ members: 3, total: members.reduce((s, p) => s + p.points, 0) });
    expect(a.perCapita).toBe(Math.round(a.total / 3));
    // An id that is not a business user is not found.
    expect(
      await loadPersonPoints(await session(office), "cnotthere000000000000000", null),
    ).toBeNull();
  });
});
