// Issue 18: /study/rankings ranks everyone from every study record of the
// period, so the result is kept for a minute (lib/memo.ts) and says when it
// was computed: a second render reads one setting, nothing else. Every write
// that moves points changes that setting in its transaction, so the rankings
// of every server process still follow at once: a log approved or returned,
// attendance recorded, an activity's type changed, the rules.
import { beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { recordStudyAttendance, updateStudyActivity } from "@/lib/study/activities/actions";
import { approveStudyLog, returnStudyLog } from "@/lib/study/log/actions";
import { updatePointRules } from "@/lib/study/points/actions";
import { forgetRankings, loadRankings, markPointsChanged } from "@/lib/study/rankings/queries";

import {
  alice,
  bob,
  carol,
  leader,
  log,
  office,
  session,
  setupStudyLog,
} from "./fixtures/study-log";
import { actAs } from "./helpers";
import { countQueries } from "./query-count";

setupStudyLog();

const RULES = {
  ATTEND_PRESENT_CORE: "2",
  ATTEND_PRESENT_OTHER: "1",
  ATTEND_LEAVE: "0",
  ATTEND_ABSENT: "-1",
  LOG_HOUR: "0.5",
  REFLECTION_BONUS: "1",
};
const year = shanghaiYear();

let viewer: SessionUser;

async function pointsInRanking(id: string) {
  const r = (await loadRankings(viewer, year))!;
  return r.people.find((p) => p.id === id)!.points;
}

// The fixture resets the rules with a direct delete, past the actions that forget.
beforeAll(async () => {
  forgetRankings();
  viewer = await session(leader);
});

describe("study rankings, kept for a minute (issue 18)", () => {
  it("are computed once: a second render reads one setting, and says when they were computed", async () => {
    const before = Date.now();
    const first = (await loadRankings(viewer, year))!;
    expect(first.asOf).toBeInstanceOf(Date);
    expect(first.asOf.getTime()).toBeGreaterThanOrEqual(before - 60_000);
    const again = await countQueries(() => loadRankings(viewer, year));
    expect(again.queries).toBe(1);
    expect(again.result!.asOf).toEqual(first.asOf);
    expect(again.result!.people.length).toBe(first.people.length);
    // Another process's write marks the change: this one computes afresh.
    await markPointsChanged(db);
    expect((await countQueries(() => loadRankings(viewer, year))).queries).toBeGreaterThan(3);
  });

  it("follow an approval, a return, recorded attendance, an activity's type and the rules at once", async () => {
    const start = await pointsInRanking(carol.id);
    // Approved: 1 h × 0.5 = 50 hundredths, at once.
    const approved = await log(carol, { hours: "1" });
    const returned = await log(carol, { hours: "2" });
    expect(await pointsInRanking(carol.id)).toBe(start);
    await actAs(office);
    expect(await approveStudyLog({ id: approved })).toMatchObject({ ok: true });
    expect(await pointsInRanking(carol.id)).toBe(start + 50);
    expect(await returnStudyLog({ id: returned, comment: "请补充" })).toMatchObject({ ok: true });
    expect(await pointsInRanking(carol.id)).toBe(start + 50);

    // Attendance recorded at an 其他学习活动 (1 point), then the activity made a 党课 (2 points).
    const heldAt = new Date(`${year}-03-10T09:00:00+08:00`);
    const activity = await db.studyActivity.create({
      data: {
        type: "SEMINAR",
        title: "排名缓存测试活动",
        heldAt,
        scopeType: "USERS",
        organiserId: office.id,
        createdById: office.id,
      },
      select: { id: true, title: true },
    });
    await db.studyAttendance.createMany({
      data: [alice, bob].map((u) => ({ activityId: activity.id, userId: u.id })),
    });
    const aliceStart = await pointsInRanking(alice.id);
    const res = await recordStudyAttendance({
      activityId: activity.id,
      entries: [
        { userId: alice.id, status: "PRESENT" },
        { userId: bob.id, status: "LEAVE" },
      ],
    });
    expect(res).toMatchObject({ ok: true });
    expect(await pointsInRanking(alice.id)).toBe(aliceStart + 100);
    expect(
      await updateStudyActivity({
        id: activity.id,
        type: "PARTY_LECTURE",
        title: activity.title,
        heldAt: `${year}-03-10T09:00`,
        organiserId: office.id,
      }),
    ).toMatchObject({ ok: true });
    expect(await pointsInRanking(alice.id)).toBe(aliceStart + 200);

    // The rules: 党课 attendance at 3 points.
    expect(await updatePointRules({ ...RULES, ATTEND_PRESENT_CORE: "3" })).toMatchObject({
      ok: true,
    });
    expect(await pointsInRanking(alice.id)).toBe(aliceStart + 300);
    expect(await updatePointRules(RULES)).toMatchObject({ ok: true });
    expect(await pointsInRanking(alice.id)).toBe(aliceStart + 200);
  });
});
