// The 督办 board on SQLite and PostgreSQL, opening and assigning: a MANUAL
// follow-up opened by 政治处 alone, bad input refused with Chinese field
// errors, and disabled, administrator, auditor or unknown assignees refused,
// each writing nothing. Shared people and builders: ./fixtures/follow-ups.ts.
import { describe, expect, it } from "vitest";

import { decryptText } from "@/lib/crypto";
import { db } from "@/lib/db";
import { assignFollowUp, createFollowUp } from "@/lib/follow-ups/actions";
import { toDateInput } from "@/lib/format";

import {
  assignee,
  future,
  makeFollowUp,
  office,
  setupFollowUps,
  snapshot,
} from "./fixtures/follow-ups";
import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";

setupFollowUps();

describe("creating by hand", () => {
  it("opens a MANUAL follow-up, assigns it, tells the assignee and audits it", async () => {
    await actAs(office);
    const dept = await makeDepartment();
    const res = await createFollowUp({
      title: "组织青年干警座谈",
      departmentId: dept.id,
      assigneeId: assignee.id,
      dueDate: future(),
      priority: "HIGH",
      note: "请形成书面材料",
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const f = await db.followUp.findUniqueOrThrow({
      where: { id: res.data.id },
      include: { updates: { orderBy: { createdAt: "asc" } } },
    });
    expect(f).toMatchObject({
      sourceType: "MANUAL",
      status: "OPEN",
      assigneeId: assignee.id,
      priority: "HIGH",
      departmentId: dept.id,
      createdById: office.id,
    });
    expect(toDateInput(f.dueDate)).toBe(future());
    expect(f.updates.map((u) => u.kind)).toEqual(["CREATED", "ASSIGNED"]);
    expect(decryptText(f.updates[0].noteEnc!)).toBe("请形成书面材料");
    expect(decryptText(f.updates[1].noteEnc!)).toContain("承办人甲");
    expect(
      await db.notification.count({ where: { userId: assignee.id, link: `/follow-ups/${f.id}` } }),
    ).toBe(1);
    expect(await lastAudit()).toMatchObject({
      action: "followup.create",
      result: "SUCCESS",
      userId: office.id,
      objectType: "FollowUp",
      objectId: f.id,
    });
  });

  it("is 政治处's alone", async () => {
    for (const u of [
      assignee,
      await makeUser({ roles: ["LEADER"] }),
      await makeUser({ roles: ["DEPT_HEAD"] }),
    ]) {
      await actAs(u);
      const before = await db.followUp.count();
      expect(
        await createFollowUp({
          title: "越权立项",
          assigneeId: assignee.id,
          dueDate: future(),
          priority: "NORMAL",
        }),
      ).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
      expect(await db.followUp.count()).toBe(before);
    }
  });

  it.each([
    [{ title: "" }, "title", "请填写督办事项"],
    [{ dueDate: "2026-02-30" }, "dueDate", "办结期限不是有效日期"],
    [{ dueDate: "下周五" }, "dueDate", "办结期限格式应为 YYYY-MM-DD"],
    [{ dueDate: "2020-01-01" }, "dueDate", "办结期限不能早于今天"],
    [{ priority: "URGENT" }, "priority", "请选择优先级"],
    [{ note: "长".repeat(2001) }, "note", "督办要求不能超过 2000 个字符"],
    [{ assigneeId: "" }, "assigneeId", "请选择承办人"],
  ])("refuses %j with a Chinese field error and writes nothing", async (over, field, message) => {
    await actAs(office);
    const before = [await db.followUp.count(), await db.followUpUpdate.count()];
    const res = await createFollowUp({
      title: "组织座谈",
      assigneeId: assignee.id,
      dueDate: future(),
      priority: "NORMAL",
      ...over,
    });
    expect(res).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    expect([await db.followUp.count(), await db.followUpUpdate.count()]).toEqual(before);
  });
});

describe("assignees", () => {
  it("refuses a disabled assignee with a field error and writes nothing", async () => {
    const disabled = await makeUser({ status: "DISABLED", realName: "已停用" });
    const f = await makeFollowUp({ status: "OPEN", assigneeId: assignee.id });
    const before = await snapshot(f.id);
    const counts = [
      await db.followUp.count(),
      await db.followUpUpdate.count(),
      await db.notification.count({ where: { userId: disabled.id } }),
    ];
    await actAs(office);
    expect(
      await assignFollowUp({
        id: f.id,
        assigneeId: disabled.id,
        dueDate: future(),
        priority: "NORMAL",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { assigneeId: "该承办人账户已停用，请另选承办人" },
    });
    expect(
      await createFollowUp({
        title: "新事项",
        assigneeId: disabled.id,
        dueDate: future(),
        priority: "NORMAL",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { assigneeId: "该承办人账户已停用，请另选承办人" },
    });
    expect(await snapshot(f.id)).toEqual(before);
    expect([
      await db.followUp.count(),
      await db.followUpUpdate.count(),
      await db.notification.count({ where: { userId: disabled.id } }),
    ]).toEqual(counts);
  });

  it("refuses SYS_ADMIN, AUDITOR and unknown people as assignees", async () => {
    const f = await makeFollowUp({ status: "OPEN" });
    await actAs(office);
    for (const roles of [["SYS_ADMIN"], ["AUDITOR"]] as const) {
      const u = await makeUser({ roles: [...roles] });
      expect(
        await assignFollowUp({ id: f.id, assigneeId: u.id, dueDate: future(), priority: "NORMAL" }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { assigneeId: expect.stringContaining("系统管理员") },
      });
    }
    expect(
      await assignFollowUp({
        id: f.id,
        assigneeId: "cknotarealuser00000000000",
        dueDate: future(),
        priority: "NORMAL",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { assigneeId: "承办人不存在，请重新选择" } });
    expect((await snapshot(f.id)).row.assigneeId).toBeNull();
  });
});
