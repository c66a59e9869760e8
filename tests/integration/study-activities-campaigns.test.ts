// Study campaigns on a real database: 政治处 only, activities inside the
// campaign's window, and figures equal to a hand count of the attendance.
// Shared people and builders: ./fixtures/study-activities.ts.
import { describe, expect, it } from "vitest";

import { createStudyActivity, recordStudyAttendance } from "@/lib/study/activities/actions";
import { listActivities } from "@/lib/study/activities/queries";
import { ACTIVITY_MESSAGES } from "@/lib/study/activities/schemas";
import { createStudyCampaign } from "@/lib/study/campaigns/actions";
import { campaignActivityListFilter } from "@/lib/study/campaigns/activities";
import { listStudyCampaigns } from "@/lib/study/campaigns/list";
import { getStudyCampaign } from "@/lib/study/campaigns/queries";
import { CampaignActivityFilter, StudyCampaignListFilter } from "@/lib/study/campaigns/schemas";

import {
  a1,
  a2,
  b1,
  campaignIds,
  day,
  deptA,
  deptB,
  headA,
  idOf,
  newActivity,
  office,
  organiser,
  session,
  setupStudyActivities,
} from "./fixtures/study-activities";
import { actAs } from "./helpers";

setupStudyActivities();

describe("campaigns", () => {
  it("creates a campaign for 政治处 only, keeps its activities inside its window, and sums attendance to a hand count", async () => {
    await actAs(a1);
    expect(
      await createStudyCampaign({
        title: "越权",
        startsOn: day(-10).slice(0, 10),
        endsOn: day(10).slice(0, 10),
      }),
    ).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    await actAs(office);
    expect(
      await createStudyCampaign({
        title: "倒置",
        startsOn: day(3).slice(0, 10),
        endsOn: day(1).slice(0, 10),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { endsOn: "结束日期不能早于开始日期" } });
    const campaignId = idOf(
      await createStudyCampaign({
        title: "测试专题",
        startsOn: day(-10).slice(0, 10),
        endsOn: day(10).slice(0, 10),
      }),
    );
    campaignIds.push(campaignId);
    expect(
      await createStudyActivity({
        campaignId,
        type: "FORUM",
        title: "窗口外",
        heldAt: day(11),
        organiserId: organiser.id,
        scopeType: "USERS",
        attendeeIds: [a1.id],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { heldAt: ACTIVITY_MESSAGES.outsideCampaign } });

    // Forum for A (3 people): 2 present, 1 absent. Lecture for a1 and b1: 1 leave, 1 unrecorded.
    const forum = await newActivity({ campaignId, type: "FORUM" });
    const lecture = await newActivity({
      campaignId,
      type: "PARTY_LECTURE",
      scopeType: "USERS",
      attendeeIds: [a1.id, b1.id],
      heldAt: day(10, "23:59"),
    });
    await actAs(organiser);
    expect(
      await recordStudyAttendance({
        activityId: forum,
        entries: [
          { userId: headA.id, status: "PRESENT" },
          { userId: a1.id, status: "PRESENT" },
          { userId: a2.id, status: "ABSENT" },
        ],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordStudyAttendance({
        activityId: lecture,
        entries: [{ userId: b1.id, status: "LEAVE" }],
      }),
    ).toMatchObject({ ok: true });

    const listed = (await listStudyCampaigns(StudyCampaignListFilter.parse({}))).rows.find(
      (c) => c.id === campaignId,
    )!;
    expect(listed).toMatchObject({
      activities: 2,
      tally: { expected: 5, present: 2, leave: 1, absent: 1, unrecorded: 1, recorded: 4, rate: 50 },
    });
    const c = (await getStudyCampaign(campaignId))!;
    expect(c.total).toEqual(listed.tally);
    expect(
      c.byType.map((t) => [t.type, t.activities, t.tally.present, t.tally.leave, t.tally.absent]),
    ).toEqual([
      ["PARTY_LECTURE", 1, 0, 1, 0],
      ["FORUM", 1, 2, 0, 1],
    ]);
    expect(
      Object.fromEntries(
        c.byDepartment.map((d) => [d.id, [d.tally.expected, d.tally.present, d.tally.rate]]),
      ),
    ).toEqual({ [deptA.id]: [4, 2, 66.7], [deptB.id]: [1, 0, 0] });
    expect(c.activityTotal).toBe(2);
    const table = await listActivities(
      await session(office),
      campaignActivityListFilter(campaignId, CampaignActivityFilter.parse({})),
    );
    expect(table.rows.map((a) => a.id)).toEqual([lecture, forum]);
    expect(await getStudyCampaign("c-no-such-campaign")).toBeNull();
  });
});
