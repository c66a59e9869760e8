// 谈话计划 on a real database: campaign members are a snapshot of active
// business staff in scope, and coverage equals a hand count.
import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { assignTalkInterviewer, createTalkCampaign, recordTalk } from "@/lib/talks/actions";
import { allCampaignRows } from "@/lib/talks/campaign-list";
import { getCampaignCoverage } from "@/lib/talks/queries";
import { CampaignListFilter } from "@/lib/talks/schemas";

import { day, idOf, makeTalksPeople, type U } from "./fixtures/talks";
import { actAs, makeDepartment, makeUser } from "./helpers";

let otherDept: { id: string };
let office: U, leader: U, otherHead: U, staff: U, disabled: U;
let members: U[];

beforeAll(async () => {
  ({ otherDept, office, leader, otherHead, staff, members, disabled } = await makeTalksPeople());
});

describe("talk campaigns", () => {
  it("snapshots active business members and reports coverage equal to a hand count", async () => {
    const d = await makeDepartment();
    const year = shanghaiYear(new Date());
    // Five active members: ages 50, 49, 35, 34, 20 → 老 1, 中 2, 青 2.
    const ages = [50, 49, 35, 34, 20];
    const ppl: U[] = [];
    for (const age of ages) {
      const u = await makeUser({ departmentId: d.id });
      await db.user.update({ where: { id: u.id }, data: { birthYear: year - age } });
      ppl.push(u);
    }
    await makeUser({ departmentId: d.id, status: "DISABLED" });
    await makeUser({ departmentId: d.id, roles: ["AUDITOR"] });

    await actAs(leader);
    expect(
      await createTalkCampaign({
        title: "越权",
        startsOn: day(-30),
        endsOn: day(30),
        scopeType: "ALL",
      }),
    ).toMatchObject({ ok: false });
    await actAs(office);
    expect(
      await createTalkCampaign({
        title: "缺部门",
        startsOn: day(-30),
        endsOn: day(30),
        scopeType: "DEPARTMENTS",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { departmentIds: "请至少选择一个部门" } });
    expect(
      await createTalkCampaign({
        title: "倒置",
        startsOn: day(3),
        endsOn: day(1),
        scopeType: "ALL",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { endsOn: "结束日期不能早于开始日期" } });
    const created = await createTalkCampaign({
      title: "测试谈话计划",
      startsOn: day(-30),
      endsOn: day(30),
      scopeType: "DEPARTMENTS",
      departmentIds: [d.id],
    });
    expect(created).toMatchObject({ ok: true, data: { members: 5 } });
    const campaignId = idOf(created);
    const snap = await db.talkCampaignMember.findMany({
      where: { campaignId },
      select: { userId: true },
    });
    expect(snap.map((m) => m.userId).sort()).toEqual(ppl.map((p) => p.id).sort());

    // Covered: ppl[0] in the campaign, ppl[1] by a talk inside the window, ppl[3] in the campaign.
    // Not covered: ppl[2] talked to before the window (and not in the campaign), ppl[4] never.
    expect(
      await recordTalk({
        intervieweeId: ppl[0].id,
        heldOn: day(-1),
        occasion: "REFORM",
        notes: "a",
        campaignId,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordTalk({
        intervieweeId: ppl[1].id,
        heldOn: day(-5),
        occasion: "ROUTINE",
        notes: "b",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordTalk({
        intervieweeId: ppl[2].id,
        heldOn: day(-60),
        occasion: "ROUTINE",
        notes: "c",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordTalk({
        intervieweeId: ppl[3].id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "d",
        campaignId,
      }),
    ).toMatchObject({ ok: true });
    // A campaign the interviewee is not in is refused.
    expect(
      await recordTalk({
        intervieweeId: members[0].id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "e",
        campaignId,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { campaignId: "谈话对象不在该谈话计划范围内" } });

    const cov = (await getCampaignCoverage(campaignId))!;
    expect(cov).toMatchObject({ total: 5, covered: 3, percent: 60 });
    expect(cov.byDepartment).toEqual([
      expect.objectContaining({ departmentId: d.id, total: 5, covered: 3, percent: 60 }),
    ]);
    expect(Object.fromEntries(cov.byLayer.map((l) => [l.layer, [l.covered, l.total]]))).toEqual({
      OLD: [1, 1],
      MIDDLE: [1, 2],
      YOUNG: [1, 2],
    });
    expect(cov.pending.flatMap((g) => g.people.map((p) => p.userId)).sort()).toEqual(
      [ppl[2].id, ppl[4].id].sort(),
    );
    const listed = [];
    for await (const page of allCampaignRows(CampaignListFilter.parse({}))) listed.push(...page);
    expect(listed.find((c) => c.id === campaignId)).toMatchObject({
      members: 5,
      covered: 3,
      percent: 60,
    });

    // Bulk assignment: every member of the department gets one interviewer.
    await actAs(office);
    expect(
      await assignTalkInterviewer({ campaignId, departmentId: d.id, interviewerId: otherHead.id }),
    ).toMatchObject({ ok: true, data: { assigned: 5 } });
    expect(
      await assignTalkInterviewer({ campaignId, userId: ppl[4].id, interviewerId: staff.id }),
    ).toMatchObject({ ok: false, fieldErrors: { interviewerId: "谈话人须为在职干警" } });
    expect(
      await db.talkCampaignMember.count({ where: { campaignId, interviewerId: otherHead.id } }),
    ).toBe(5);
    expect(
      (await getCampaignCoverage(campaignId))!.pending[0].people.every(
        (p) => p.interviewer !== null,
      ),
    ).toBe(true);
  });

  it("scopes a campaign by age layer and by named people", async () => {
    const year = shanghaiYear(new Date());
    const old = await makeUser({ departmentId: otherDept.id });
    await db.user.update({ where: { id: old.id }, data: { birthYear: year - 50 } });
    const young = await makeUser({ departmentId: otherDept.id });
    await db.user.update({ where: { id: young.id }, data: { birthYear: year - 34 } });
    await actAs(office);
    const byAge = idOf(
      await createTalkCampaign({
        title: "老同志谈话",
        startsOn: day(-1),
        endsOn: day(10),
        scopeType: "AGE_LAYER",
        ageLayer: "OLD",
      }),
    );
    const ids = (
      await db.talkCampaignMember.findMany({
        where: { campaignId: byAge },
        select: { userId: true },
      })
    ).map((m) => m.userId);
    expect(ids).toContain(old.id);
    expect(ids).not.toContain(young.id);
    expect(ids).not.toContain(disabled.id);

    const focus = await createTalkCampaign({
      title: "重点人员",
      startsOn: day(-1),
      endsOn: day(10),
      scopeType: "FOCUS_GROUP",
      userIds: [young.id, members[3].id],
    });
    expect(focus).toMatchObject({ ok: true, data: { members: 2 } });
    const before = await db.talkCampaign.count();
    expect(
      await createTalkCampaign({
        title: "含停用",
        startsOn: day(-1),
        endsOn: day(10),
        scopeType: "FOCUS_GROUP",
        userIds: [young.id, disabled.id],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { userIds: "所选人员中有已停用或无效的账户" } });
    expect(await db.talkCampaign.count()).toBe(before);
  });
});
