// 谈心谈话 records on a real database: who may see a record (IDOR → not found),
// the interviewee never sees it, notes are encrypted and every read is
// audited; bad input writes nothing. Campaigns are in talks-campaigns.test.ts.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { openTalkFollowUp, recordTalk } from "@/lib/talks/actions";
import { listTalks, readTalk } from "@/lib/talks/queries";

import { day, idOf, makeTalksPeople, session, type U } from "./fixtures/talks";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let office: U, office2: U, leader: U, head: U, otherHead: U, staff: U, disabled: U, admin: U;
let members: U[];

beforeAll(async () => {
  ({ office, office2, leader, head, otherHead, staff, members, disabled, admin } =
    await makeTalksPeople());
});

describe("talk records", () => {
  it("encrypts the notes, hides the record from everyone but its interviewer and 政治处 (not from 院领导: notes stay 政治处's), and audits each read", async () => {
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

    // 政治处 reads it; each read leaves a "talk.read" row.
    for (const u of [office, office2]) {
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

    // IDOR: a colleague, the interviewee, a head who did not conduct it, another department's
    // head, and a 院领导 who did not conduct it (talk notes stay 政治处's).
    for (const u of [staff, members[0], head, otherHead, leader]) {
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
