// Study points and rankings on a real database: approval and rule changes
// move the points by the hand-computed amount, attendance is counted in the
// database by status and type group, and only LEADER and 政治处 see the
// rankings, which sum departments from their members. Shared people and
// builders: ./fixtures/study-log.ts.
import { describe, expect, it } from "vitest";

import { shanghaiYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { approveStudyLog, returnStudyLog, updateStudyLog } from "@/lib/study/log/actions";
import { updatePointRules } from "@/lib/study/points/actions";
import { countStudyFor, loadRules } from "@/lib/study/points/queries";
import { computePoints } from "@/lib/study/points/rules";
import { loadPersonPoints, loadRankings } from "@/lib/study/rankings/queries";

import {
  alice,
  bob,
  carol,
  deptA,
  headA,
  headB,
  leader,
  log,
  office,
  session,
  setupStudyLog,
  today,
  type U,
} from "./fixtures/study-log";
import { actAs, lastAudit } from "./helpers";

setupStudyLog();

const DEFAULTS = {
  ATTEND_PRESENT_CORE: "2",
  ATTEND_PRESENT_OTHER: "1",
  ATTEND_LEAVE: "0",
  ATTEND_ABSENT: "-1",
  LOG_HOUR: "0.5",
  REFLECTION_BONUS: "1",
};

async function pointsOf(u: U) {
  const [rules, c] = await Promise.all([loadRules(), countStudyFor(u.id, { year: null })]);
  return computePoints(c.counts, rules).total;
}

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
