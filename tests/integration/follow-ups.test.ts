// The 督办 board through its real actions, queries and pages, on SQLite and
// PostgreSQL: every transition legal and illegal, object-level scoping (a
// follow-up that is not yours is "not found"), 政治处-only close, disabled
// assignees, encrypted notes, the overdue filter, notifications and the
// audit rows for reading confidential follow-ups.
import { beforeAll, describe, expect, it } from "vitest";

import FollowUpPage from "@/app/(portal)/follow-ups/[id]/page";
import FollowUpsPage from "@/app/(portal)/follow-ups/page";
import { loadSessionUser } from "@/lib/auth/session";
import { decryptText, encryptText } from "@/lib/crypto";
import { db } from "@/lib/db";
import {
  assignFollowUp,
  closeFollowUp,
  createFollowUp,
  postFollowUpProgress,
  reopenFollowUp,
  resolveFollowUp,
} from "@/lib/follow-ups/actions";
import { countFollowUps, getFollowUpDetail, listFollowUps } from "@/lib/follow-ups/queries";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";
import { toDateInput } from "@/lib/format";

import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";

const DAY = 24 * 3600_000;
const NOT_FOUND = "记录不存在或您无权查看";
const future = (days = 30) => toDateInput(new Date(Date.now() + days * DAY));

type User = Awaited<ReturnType<typeof makeUser>>;

async function makeFollowUp(
  o: {
    status?: string;
    assigneeId?: string | null;
    dueDate?: Date | null;
    departmentId?: string | null;
    sourceType?: string;
    concernId?: string;
    createdById?: string;
    title?: string;
  } = {},
) {
  const f = await db.followUp.create({
    data: {
      title: o.title ?? "测试督办事项",
      sourceType: o.sourceType ?? "MANUAL",
      concernId: o.concernId ?? null,
      departmentId: o.departmentId ?? null,
      assigneeId: o.assigneeId === undefined ? null : o.assigneeId,
      dueDate: o.dueDate === undefined ? new Date(Date.now() + 10 * DAY) : o.dueDate,
      status: o.status ?? "OPEN",
      createdById: o.createdById ?? null,
    },
  });
  await db.followUpUpdate.create({ data: { followUpId: f.id, kind: "CREATED" } });
  return f;
}

const snapshot = async (id: string) => ({
  row: await db.followUp.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      assigneeId: true,
      dueDate: true,
      priority: true,
      resolvedAt: true,
      closedAt: true,
    },
  }),
  updates: await db.followUpUpdate.count({ where: { followUpId: id } }),
});

/** A session user as the pages and queries see them. */
async function viewer(u: User) {
  const sid = await actAs(u);
  return (await loadSessionUser(sid))!;
}

/** Finds the first `prop` in a returned React element tree. */
function findProp(node: unknown, prop: string): unknown {
  if (!node || typeof node !== "object") return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const v = findProp(n, prop);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  const props = (node as { props?: Record<string, unknown> }).props;
  if (!props) return undefined;
  if (prop in props) return props[prop];
  return findProp(props.children, prop);
}

let office: User, office2: User, assignee: User, other: User, next: User;

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE"], realName: "政治处甲" });
  office2 = await makeUser({ roles: ["POLITICAL_OFFICE"], realName: "政治处乙" });
  assignee = await makeUser({ roles: ["STAFF"], realName: "承办人甲" });
  other = await makeUser({ roles: ["STAFF"], realName: "无关干警" });
  next = await makeUser({ roles: ["STAFF"], realName: "承办人乙" });
});

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

// ---- the state machine through the actions ----------------------------------

type Event = "ASSIGN" | "NOTE" | "RESOLVE" | "CLOSE" | "REOPEN";
const STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const;
const EVENTS: Event[] = ["ASSIGN", "NOTE", "RESOLVE", "CLOSE", "REOPEN"];

// Written out independently of lib/follow-ups/state.ts.
const LEGAL: Record<string, { to: string; kind: string }> = {
  "MANAGER:OPEN:ASSIGN": { to: "OPEN", kind: "ASSIGNED" },
  "MANAGER:IN_PROGRESS:ASSIGN": { to: "IN_PROGRESS", kind: "ASSIGNED" },
  "MANAGER:RESOLVED:CLOSE": { to: "CLOSED", kind: "CLOSED" },
  "MANAGER:RESOLVED:REOPEN": { to: "IN_PROGRESS", kind: "REOPENED" },
  "MANAGER:CLOSED:REOPEN": { to: "IN_PROGRESS", kind: "REOPENED" },
  "ASSIGNEE:OPEN:NOTE": { to: "IN_PROGRESS", kind: "STARTED" },
  "ASSIGNEE:IN_PROGRESS:NOTE": { to: "IN_PROGRESS", kind: "NOTE" },
  "ASSIGNEE:IN_PROGRESS:RESOLVE": { to: "RESOLVED", kind: "RESOLVED" },
};

function fire(event: Event, id: string) {
  switch (event) {
    case "ASSIGN":
      return assignFollowUp({
        id,
        assigneeId: next.id,
        dueDate: future(20),
        priority: "HIGH",
        note: "改派说明",
      });
    case "NOTE":
      return postFollowUpProgress({ id, note: "已谈心谈话一次" });
    case "RESOLVE":
      return resolveFollowUp({ id, note: "已办结" });
    case "CLOSE":
      return closeFollowUp({ id, note: "核销" });
    case "REOPEN":
      return reopenFollowUp({ id, note: "请继续跟进" });
  }
}

const cases = (["MANAGER", "ASSIGNEE"] as const).flatMap((actor) =>
  STATUSES.flatMap((status) => EVENTS.map((event) => ({ actor, status, event }))),
);

describe("every transition, legal and illegal", () => {
  it.each(cases)("$actor: $status + $event", async ({ actor, status, event }) => {
    const f = await makeFollowUp({ status, assigneeId: assignee.id });
    const before = await snapshot(f.id);
    await actAs(actor === "MANAGER" ? office : assignee);
    const res = await fire(event, f.id);
    const legal = LEGAL[`${actor}:${status}:${event}`];
    const after = await snapshot(f.id);
    if (legal) {
      expect(res).toMatchObject({ ok: true, data: { id: f.id, status: legal.to } });
      expect(after.row.status).toBe(legal.to);
      expect(after.updates).toBe(before.updates + 1);
      const last = await db.followUpUpdate.findFirstOrThrow({
        where: { followUpId: f.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      expect(last).toMatchObject({
        kind: legal.kind,
        authorId: actor === "MANAGER" ? office.id : assignee.id,
      });
      expect(await lastAudit()).toMatchObject({
        result: "SUCCESS",
        objectType: "FollowUp",
        objectId: f.id,
      });
    } else {
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(after).toEqual(before);
    }
  });

  it("records when a follow-up was resolved and closed, and clears both on reopening", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(assignee);
    expect((await resolveFollowUp({ id: f.id, note: "已办结" })).ok).toBe(true);
    await actAs(office);
    expect((await closeFollowUp({ id: f.id })).ok).toBe(true);
    expect((await snapshot(f.id)).row).toMatchObject({
      status: "CLOSED",
      resolvedAt: expect.any(Date),
      closedAt: expect.any(Date),
    });
    expect((await reopenFollowUp({ id: f.id, note: "回访发现反复" })).ok).toBe(true);
    expect((await snapshot(f.id)).row).toMatchObject({
      status: "IN_PROGRESS",
      resolvedAt: null,
      closedAt: null,
    });
  });

  it("reopens to OPEN when nobody is assigned", async () => {
    const f = await makeFollowUp({ status: "CLOSED", assigneeId: null });
    await actAs(office);
    expect(await reopenFollowUp({ id: f.id, note: "需要重新分派" })).toMatchObject({
      ok: true,
      data: { status: "OPEN" },
    });
  });

  it("assigning keeps the state and changes who, by when and how urgent", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(office);
    expect(
      (await assignFollowUp({ id: f.id, assigneeId: next.id, dueDate: future(7), priority: "LOW" }))
        .ok,
    ).toBe(true);
    const row = (await snapshot(f.id)).row;
    expect(row).toMatchObject({ status: "IN_PROGRESS", assigneeId: next.id, priority: "LOW" });
    expect(toDateInput(row.dueDate)).toBe(future(7));
    // The previous assignee no longer sees it.
    expect(await getFollowUpDetail(await viewer(assignee), f.id)).toBeNull();
  });

  it("needs a reason to reopen and a text to resolve", async () => {
    const f = await makeFollowUp({ status: "RESOLVED", assigneeId: assignee.id });
    await actAs(office);
    expect(await reopenFollowUp({ id: f.id, note: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { note: "请填写重新交办理由" },
    });
    const g = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(assignee);
    expect(await resolveFollowUp({ id: g.id })).toMatchObject({
      ok: false,
      fieldErrors: { note: "请填写办结情况" },
    });
    expect((await snapshot(f.id)).row.status).toBe("RESOLVED");
    expect((await snapshot(g.id)).row.status).toBe("IN_PROGRESS");
  });

  it("lets exactly one of two concurrent closes through", async () => {
    const f = await makeFollowUp({ status: "RESOLVED", assigneeId: assignee.id });
    await actAs(office);
    const results = await Promise.all([
      closeFollowUp({ id: f.id, note: "一" }),
      closeFollowUp({ id: f.id, note: "二" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/已核销|他人处理/),
    });
    expect(await db.followUpUpdate.count({ where: { followUpId: f.id, kind: "CLOSED" } })).toBe(1);
  });
});

// ---- who may see and touch what -----------------------------------------------

describe("object-level access", () => {
  it("shows a STAFF user only the follow-ups assigned to them; anything else is not found", async () => {
    const mine = await makeFollowUp({ assigneeId: assignee.id, title: "我的事项" });
    const theirs = await makeFollowUp({
      status: "IN_PROGRESS",
      assigneeId: other.id,
      title: "别人的事项",
    });
    const v = await viewer(assignee);
    expect(await getFollowUpDetail(v, mine.id)).not.toBeNull();
    expect(await getFollowUpDetail(v, theirs.id)).toBeNull();
    const list = await listFollowUps(v, FollowUpListFilter.parse({ assigneeId: other.id }));
    expect(list.rows.every((r) => r.assignee === "承办人甲")).toBe(true);
    expect(list.rows.map((r) => r.id)).toContain(mine.id);
    expect(list.rows.map((r) => r.id)).not.toContain(theirs.id);

    // The page answers 404, and the attempt is audited.
    await expect(FollowUpPage({ params: Promise.resolve({ id: theirs.id }) })).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    expect(await lastAudit()).toMatchObject({
      action: "followup.read",
      result: "NOT_FOUND",
      userId: assignee.id,
      objectId: theirs.id,
    });
    await expect(
      FollowUpPage({ params: Promise.resolve({ id: "cknotarealid000000000000" }) }),
    ).rejects.toThrow("NEXT_NOT_FOUND");

    // Acting on it is not found too, and changes nothing.
    const before = await snapshot(theirs.id);
    await actAs(assignee);
    expect(await postFollowUpProgress({ id: theirs.id, note: "冒名进展" })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await lastAudit()).toMatchObject({ action: "followup.note", result: "NOT_FOUND" });
    expect(await resolveFollowUp({ id: theirs.id, note: "冒名办结" })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    expect(await snapshot(theirs.id)).toEqual(before);
  });

  it("titles the page 我的督办 for everyone but 政治处", async () => {
    await actAs(assignee);
    expect(findProp(await FollowUpsPage({ searchParams: Promise.resolve({}) }), "title")).toBe(
      "我的督办",
    );
    await actAs(office);
    expect(findProp(await FollowUpsPage({ searchParams: Promise.resolve({}) }), "title")).toBe(
      "督办事项",
    );
  });

  it("lets 政治处 see and filter every follow-up", async () => {
    const theirs = await makeFollowUp({ assigneeId: other.id });
    const v = await viewer(office2);
    expect(await getFollowUpDetail(v, theirs.id)).not.toBeNull();
    const list = await listFollowUps(v, FollowUpListFilter.parse({ assigneeId: other.id }));
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.assignee === "无关干警")).toBe(true);
  });

  it("keeps SYS_ADMIN and AUDITOR out entirely", async () => {
    const f = await makeFollowUp({ status: "RESOLVED", assigneeId: assignee.id });
    for (const roles of [["SYS_ADMIN"], ["AUDITOR"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      await expect(FollowUpPage({ params: Promise.resolve({ id: f.id }) })).rejects.toThrow(
        "NEXT_NOT_FOUND",
      );
      expect(await closeFollowUp({ id: f.id })).toMatchObject({
        ok: false,
        message: "您没有执行此操作的权限",
      });
    }
    expect((await snapshot(f.id)).row.status).toBe("RESOLVED");
  });

  it("refuses a close by anyone but 政治处 with a clear message, and changes nothing", async () => {
    const dept = await makeDepartment();
    const head = await makeUser({ roles: ["DEPT_HEAD"], departmentId: dept.id });
    const leader = await makeUser({ roles: ["LEADER"] });
    for (const u of [head, leader, assignee]) {
      const f = await makeFollowUp({ status: "RESOLVED", assigneeId: u.id, departmentId: dept.id });
      const before = await snapshot(f.id);
      await actAs(u);
      expect(await closeFollowUp({ id: f.id, note: "自行核销" })).toEqual({
        ok: false,
        message: "只有政治处可以核销督办事项",
      });
      expect(await lastAudit()).toMatchObject({
        action: "followup.close",
        result: "DENIED",
        userId: u.id,
      });
      expect(await reopenFollowUp({ id: f.id, note: "自行重开" })).toEqual({
        ok: false,
        message: "只有政治处可以重新交办督办事项",
      });
      expect(await snapshot(f.id)).toEqual(before);
    }
  });

  it("keeps 政治处 from posting the assignee's progress", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    await actAs(office);
    expect(await postFollowUpProgress({ id: f.id, note: "代填" })).toEqual({
      ok: false,
      message: "只有承办人可以填写办理进展",
    });
    expect(await resolveFollowUp({ id: f.id, note: "代办结" })).toEqual({
      ok: false,
      message: "只有承办人可以办结督办事项",
    });
    expect((await snapshot(f.id)).row.status).toBe("IN_PROGRESS");
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

describe("notes and notifications", () => {
  it("stores notes encrypted and shows them decrypted on the timeline", async () => {
    const f = await makeFollowUp({ status: "OPEN", assigneeId: assignee.id });
    const secret = "本人父亲住院，家中困难，已协调工会帮扶";
    await actAs(assignee);
    expect((await postFollowUpProgress({ id: f.id, note: secret })).ok).toBe(true);
    const rows = await db.$queryRawUnsafe<{ noteEnc: string | null }[]>(
      `SELECT "noteEnc" FROM "FollowUpUpdate" WHERE "followUpId" = '${f.id}' AND "kind" = 'STARTED'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].noteEnc).toMatch(/^v1:/);
    expect(rows[0].noteEnc).not.toContain("父亲");
    expect(decryptText(rows[0].noteEnc!)).toBe(secret);
    const detail = await getFollowUpDetail(await viewer(assignee), f.id);
    expect(detail?.timeline.find((t) => t.kind === "STARTED")).toMatchObject({
      note: secret,
      author: "承办人甲",
    });
    // The audit row names the change, never the note.
    expect(
      (await db.auditLog.findFirst({ where: { action: "followup.note", objectId: f.id } }))
        ?.detail ?? "",
    ).not.toContain("父亲");
  });

  it("refuses an over-long note with a field error", async () => {
    const f = await makeFollowUp({ status: "IN_PROGRESS", assigneeId: assignee.id });
    const before = await snapshot(f.id);
    await actAs(assignee);
    expect(await postFollowUpProgress({ id: f.id, note: "很".repeat(2001) })).toMatchObject({
      ok: false,
      fieldErrors: { note: "办理进展不能超过 2000 个字符" },
    });
    expect((await postFollowUpProgress({ id: f.id, note: "很".repeat(2000) })).ok).toBe(true);
    expect((await snapshot(f.id)).updates).toBe(before.updates + 1);
  });

  it("tells the assignee when assigned or reopened, and whoever assigned it when resolved", async () => {
    const f = await makeFollowUp({ status: "OPEN", createdById: office.id });
    await actAs(office2);
    expect(
      (
        await assignFollowUp({
          id: f.id,
          assigneeId: assignee.id,
          dueDate: future(),
          priority: "NORMAL",
        })
      ).ok,
    ).toBe(true);
    expect(
      await db.notification.count({
        where: {
          userId: assignee.id,
          link: `/follow-ups/${f.id}`,
          title: { startsWith: "督办交办" },
        },
      }),
    ).toBe(1);
    await actAs(assignee);
    expect((await postFollowUpProgress({ id: f.id, note: "已开始" })).ok).toBe(true);
    expect((await resolveFollowUp({ id: f.id, note: "已办结" })).ok).toBe(true);
    // office2 assigned it, not office who created it.
    expect(
      await db.notification.count({
        where: { userId: office2.id, link: `/follow-ups/${f.id}`, title: { contains: "待核销" } },
      }),
    ).toBe(1);
    expect(
      await db.notification.count({ where: { userId: office.id, link: `/follow-ups/${f.id}` } }),
    ).toBe(0);
    await actAs(office);
    expect((await reopenFollowUp({ id: f.id, note: "请补充材料" })).ok).toBe(true);
    expect(
      await db.notification.count({
        where: {
          userId: assignee.id,
          link: `/follow-ups/${f.id}`,
          title: { contains: "重新交办" },
        },
      }),
    ).toBe(1);
  });
});

describe("overdue", () => {
  it("filters overdue in the database: due date passed and still open or in progress", async () => {
    const dept = await makeDepartment();
    const worker = await makeUser({ departmentId: dept.id });
    const past = new Date(Date.now() - 3 * DAY);
    const mk = (status: string, dueDate: Date | null) =>
      makeFollowUp({ status, dueDate, assigneeId: worker.id, departmentId: dept.id });
    const late = [await mk("OPEN", past), await mk("IN_PROGRESS", past)];
    await mk("RESOLVED", past);
    await mk("CLOSED", past);
    await mk("OPEN", new Date(Date.now() + 3 * DAY));
    await mk("IN_PROGRESS", null);

    const v = await viewer(office);
    const overdue = await listFollowUps(
      v,
      FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1" }),
    );
    expect(overdue.rows.map((r) => r.id).sort()).toEqual(late.map((f) => f.id).sort());
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    const all = await listFollowUps(v, FollowUpListFilter.parse({ departmentId: dept.id }));
    expect(all.total).toBe(6);
    expect(all.rows.filter((r) => r.overdue)).toHaveLength(2);
    expect(await countFollowUps(await viewer(worker))).toEqual({
      active: 4,
      overdue: 2,
      resolved: 1,
    });
    // The same rows, seen from a fixed clock a week earlier, are not overdue yet.
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1" }),
          new Date(Date.now() - 7 * DAY),
        )
      ).total,
    ).toBe(0);
  });

  it("combines with the other filters and pages by 20", async () => {
    const dept = await makeDepartment();
    for (let i = 0; i < 23; i++)
      await makeFollowUp({
        status: "OPEN",
        dueDate: new Date(Date.now() - DAY),
        departmentId: dept.id,
        sourceType: i % 2 ? "MEETING" : "MANUAL",
      });
    const v = await viewer(office);
    const p1 = await listFollowUps(
      v,
      FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1" }),
    );
    expect([p1.total, p1.pages, p1.rows.length]).toEqual([23, 2, 20]);
    const p2 = await listFollowUps(
      v,
      FollowUpListFilter.parse({ departmentId: dept.id, overdue: "1", page: "2" }),
    );
    expect(p2.rows).toHaveLength(3);
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, source: "MEETING" }),
        )
      ).total,
    ).toBe(11);
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, status: "CLOSED", overdue: "1" }),
        )
      ).total,
    ).toBe(0);
    expect(
      (
        await listFollowUps(
          v,
          FollowUpListFilter.parse({ departmentId: dept.id, status: "ACTIVE" }),
        )
      ).total,
    ).toBe(23);
  });
});

describe("follow-ups from a staff-of-concern entry", () => {
  async function concernFollowUp(deptId: string, assigneeId: string) {
    const author = await makeUser({ roles: ["LIAISON"], departmentId: deptId });
    const person = await makeUser({ departmentId: deptId });
    const report = await db.liaisonReport.create({
      data: {
        departmentId: deptId,
        kind: "ADHOC",
        authorId: author.id,
        status: "REVIEWED",
        mood: 3,
        stability: "FLUCTUATING",
      },
    });
    const concern = await db.staffConcern.create({
      data: {
        reportId: report.id,
        personId: person.id,
        kind: "FAMILY",
        descriptionEnc: encryptText("家庭困难"),
        suggestionEnc: encryptText("帮扶"),
      },
    });
    const f = await makeFollowUp({
      sourceType: "CONCERN",
      concernId: concern.id,
      departmentId: deptId,
      assigneeId,
      status: "IN_PROGRESS",
    });
    return { report, f };
  }

  it("links the report only for viewers who may read it, and audits each read", async () => {
    const deptA = await makeDepartment();
    const deptB = await makeDepartment();
    const headA = await makeUser({ roles: ["DEPT_HEAD"], departmentId: deptA.id });
    const headB = await makeUser({ roles: ["DEPT_HEAD"], departmentId: deptB.id });
    const staffA = await makeUser({ departmentId: deptA.id });

    const a = await concernFollowUp(deptA.id, headA.id);
    expect((await getFollowUpDetail(await viewer(headA), a.f.id))?.sourceLink).toEqual({
      href: `/reports/${a.report.id}`,
      label: "查看思想动态报告",
    });
    expect((await getFollowUpDetail(await viewer(office), a.f.id))?.sourceLink?.href).toBe(
      `/reports/${a.report.id}`,
    );

    // The head of another department, assigned the follow-up, sees it but not the report.
    const b = await concernFollowUp(deptA.id, headB.id);
    const seenByB = await getFollowUpDetail(await viewer(headB), b.f.id);
    expect(seenByB).not.toBeNull();
    expect(seenByB?.sourceLink).toBeNull();
    const c = await concernFollowUp(deptA.id, staffA.id);
    expect((await getFollowUpDetail(await viewer(staffA), c.f.id))?.sourceLink).toBeNull();

    await actAs(headA);
    await FollowUpPage({ params: Promise.resolve({ id: a.f.id }) });
    expect(await lastAudit()).toMatchObject({
      action: "followup.read",
      result: "SUCCESS",
      userId: headA.id,
      objectType: "FollowUp",
      objectId: a.f.id,
    });
  });

  it("audits reading any follow-up: timeline notes are confidential whatever the source", async () => {
    const f = await makeFollowUp({ assigneeId: assignee.id });
    await actAs(assignee);
    const before = await db.auditLog.count({ where: { action: "followup.read" } });
    await FollowUpPage({ params: Promise.resolve({ id: f.id }) });
    expect(await db.auditLog.count({ where: { action: "followup.read" } })).toBe(before + 1);
    expect(
      await db.auditLog.findFirst({
        where: { action: "followup.read", objectId: f.id },
        orderBy: { seq: "desc" },
      }),
    ).toMatchObject({ userId: assignee.id, result: "SUCCESS" });
  });

  it("links meetings and deployments for everyone with direction.read, only when the record exists", async () => {
    const meeting = await db.meeting.create({
      data: { type: "DANGZU", title: "党组会", heldAt: new Date(), createdById: office.id },
    });
    const m = await db.followUp.create({
      data: {
        title: "会议决定事项",
        sourceType: "MEETING",
        sourceId: meeting.id,
        assigneeId: assignee.id,
      },
    });
    const gone = await db.followUp.create({
      data: {
        title: "来源已删除",
        sourceType: "MEETING",
        sourceId: "cknotarealmeeting0000000",
        assigneeId: assignee.id,
      },
    });
    const v = await viewer(assignee);
    expect((await getFollowUpDetail(v, m.id))?.sourceLink).toEqual({
      href: `/direction/meetings/${meeting.id}`,
      label: "查看会议",
    });
    expect((await getFollowUpDetail(v, gone.id))?.sourceLink).toBeNull();
  });
});
