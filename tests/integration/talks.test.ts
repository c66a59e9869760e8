// 谈心谈话 on a real database: who may see a record (IDOR → not found), the
// interviewee never sees it, notes are encrypted and every read is audited;
// bad input writes nothing; campaign members and coverage equal hand counts.
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionResult } from "@/lib/action";
import { loadSessionUser } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import {
  assignTalkInterviewer,
  createTalkCampaign,
  openTalkFollowUp,
  recordTalk,
} from "@/lib/talks/actions";
import { getCampaignCoverage, listCampaigns, listTalks, readTalk } from "@/lib/talks/queries";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string; username: string };
let dept: { id: string }, otherDept: { id: string };
let office: U, office2: U, leader: U, head: U, otherHead: U, staff: U, disabled: U, admin: U;
let members: U[];

const DAY = 24 * 3600_000;
const day = (offset: number) => toDateInput(new Date(Date.now() + offset * DAY));
const session = async (u: U) => (await loadSessionUser(await actAs(u)))!;
const idOf = (r: ActionResult<{ id: string }>) => dataOf(r).id;

beforeAll(async () => {
  dept = await makeDepartment();
  otherDept = await makeDepartment();
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  office2 = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  head = await makeUser({ departmentId: dept.id, roles: ["DEPT_HEAD", "STAFF"] });
  otherHead = await makeUser({ departmentId: otherDept.id, roles: ["DEPT_HEAD", "STAFF"] });
  staff = await makeUser({ departmentId: dept.id });
  members = [];
  for (let i = 0; i < 4; i++) members.push(await makeUser({ departmentId: dept.id }));
  disabled = await makeUser({ departmentId: dept.id, status: "DISABLED" });
  admin = await makeUser({ departmentId: dept.id, roles: ["SYS_ADMIN"] });
});

describe("talk records", () => {
  it("encrypts the notes, hides the record from everyone but its interviewer, 政治处 and leaders, and audits each read", async () => {
    await actAs(office);
    const r = await recordTalk({
      intervieweeId: members[0].id,
      heldOn: day(-1),
      occasion: "FLUCTUATION",
      topics: "入额，家庭",
      notes: "谈话内容 CANARY-TALK-NOTES",
      concerns: "担心 CANARY-TALK-CONCERN",
      needsFollowUp: "on",
    });
    expect(r).toMatchObject({ ok: true });
    const id = idOf(r);
    const raw = await db.talkRecord.findUniqueOrThrow({ where: { id } });
    expect(raw).toMatchObject({
      interviewerId: office.id,
      intervieweeId: members[0].id,
      createdById: office.id,
      topics: "入额,家庭",
      needsFollowUp: true,
    });
    expect(raw.notesEnc).not.toContain("CANARY");
    expect(raw.concernsEnc).not.toContain("CANARY");

    // 政治处 and a leader read it; each read leaves a "talk.read" row.
    for (const u of [office, office2, leader]) {
      const t = await readTalk(await session(u), id, "10.0.0.9");
      expect(t?.notes, u.username).toBe("谈话内容 CANARY-TALK-NOTES");
      expect(t?.concerns).toBe("担心 CANARY-TALK-CONCERN");
      expect(
        await db.auditLog.count({
          where: { action: "talk.read", objectId: id, userId: u.id, result: "SUCCESS" },
        }),
      ).toBe(1);
      expect((await listTalks(await session(u), { page: 1 })).rows.map((x) => x.id)).toContain(id);
    }

    // IDOR: a colleague, the interviewee, a head who did not conduct it, another department's head.
    for (const u of [staff, members[0], head, otherHead]) {
      const s = await session(u);
      expect(await readTalk(s, id, "10.0.0.8"), u.username).toBeNull();
      expect((await listTalks(s, { page: 1 })).rows.map((x) => x.id)).not.toContain(id);
      expect(
        await db.auditLog.count({
          where: { action: "talk.read", objectId: id, userId: u.id, result: "NOT_FOUND" },
        }),
      ).toBe(1);
    }
    expect(JSON.stringify(await db.auditLog.findMany({ where: { objectId: id } }))).not.toContain(
      "CANARY",
    );
  });

  it("lets a department head record talks with their own staff only, and see only their own", async () => {
    await actAs(head);
    const mine = await recordTalk({
      intervieweeId: members[1].id,
      heldOn: day(0),
      occasion: "ROUTINE",
      notes: "部门负责人谈话",
      needsFollowUp: "",
    });
    expect(mine).toMatchObject({ ok: true });
    expect(
      await recordTalk({
        intervieweeId: otherHead.id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "x",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { intervieweeId: "部门负责人只能记录与本部门干警的谈话" },
    });
    // Only 政治处 may record in another interviewer's name.
    expect(
      await recordTalk({
        intervieweeId: members[1].id,
        interviewerId: leader.id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "x",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { interviewerId: "只有政治处可以代其他谈话人记录" },
    });
    const list = await listTalks(await session(head), { page: 1 });
    expect(list.rows.map((x) => x.id)).toEqual([idOf(mine)]);

    // 政治处 records for a leader; a talk about 政治处 staff is hidden from them.
    await actAs(office);
    const forLeader = await recordTalk({
      intervieweeId: office2.id,
      interviewerId: leader.id,
      heldOn: day(-2),
      occasion: "ROUTINE",
      notes: "院领导与政治处干部谈话",
    });
    expect(forLeader).toMatchObject({ ok: true });
    expect(
      (await db.talkRecord.findUniqueOrThrow({ where: { id: idOf(forLeader) } })).interviewerId,
    ).toBe(leader.id);
    expect(await readTalk(await session(office2), idOf(forLeader), "10.0.0.7")).toBeNull();
    expect((await readTalk(await session(leader), idOf(forLeader), "10.0.0.7"))?.notes).toBe(
      "院领导与政治处干部谈话",
    );
  });

  it("refuses bad input with Chinese field errors and writes nothing", async () => {
    const before = await db.talkRecord.count();
    await actAs(office);
    expect(
      await recordTalk({
        intervieweeId: disabled.id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "停用账户",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { intervieweeId: "该干警账户已停用，不能记录谈话" },
    });
    expect(
      await recordTalk({
        intervieweeId: admin.id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "x",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { intervieweeId: "谈话对象须为在职干警" } });
    expect(
      await recordTalk({
        intervieweeId: members[0].id,
        heldOn: day(2),
        occasion: "ROUTINE",
        notes: "x",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { heldOn: "谈话日期不能晚于今天" } });
    expect(
      await recordTalk({
        intervieweeId: members[0].id,
        heldOn: day(0),
        occasion: "GOSSIP",
        notes: "x",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { occasion: "请选择谈话类型" } });
    expect(
      await recordTalk({
        intervieweeId: members[0].id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "x".repeat(3001),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { notes: "谈话内容不能超过 3000 个字符" } });
    expect(
      await recordTalk({
        intervieweeId: members[0].id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { notes: "请填写谈话内容" } });
    expect(
      await recordTalk({
        intervieweeId: office.id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "x",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { intervieweeId: "不能记录与本人的谈话" } });
    await actAs(staff);
    expect(
      await recordTalk({
        intervieweeId: members[0].id,
        heldOn: day(0),
        occasion: "ROUTINE",
        notes: "x",
      }),
    ).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    expect(await db.talkRecord.count()).toBe(before);
  });

  it("opens one neutral follow-up from a record, for 政治处 only", async () => {
    await actAs(leader);
    const t = idOf(
      await recordTalk({
        intervieweeId: members[2].id,
        heldOn: day(0),
        occasion: "POST_CHANGE",
        notes: "需要协调岗位 CANARY-FU",
      }),
    );
    expect(await openTalkFollowUp({ id: t })).toMatchObject({ ok: false });
    await actAs(office);
    const r = await openTalkFollowUp({ id: t });
    expect(r).toMatchObject({ ok: true });
    const followUpId = dataOf(r).followUpId;
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUpId } })).toMatchObject({
      sourceType: "TALK",
      sourceId: t,
      title: "谈心谈话后续跟进",
      status: "OPEN",
    });
    expect((await db.talkRecord.findUniqueOrThrow({ where: { id: t } })).followUpId).toBe(
      followUpId,
    );
    expect(await openTalkFollowUp({ id: t })).toMatchObject({
      ok: false,
      message: "该谈话已发起后续跟进",
    });
    expect(await openTalkFollowUp({ id: "c-not-a-talk" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });
  });
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
    expect((await listCampaigns()).find((c) => c.id === campaignId)).toMatchObject({
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
