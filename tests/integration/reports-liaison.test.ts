// Liaison reports on a real database: department scoping (IDOR → not found),
// every transition of the state machine, bad input leaving data unchanged,
// concurrent creation, encrypted concerns and follow-ups. Compliance and
// reminders are in reports-compliance.test.ts.
import { beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import {
  createReport,
  returnReport,
  reviewReport,
  submitReport,
  updateReport,
} from "@/lib/reports/actions";
import { getReport, readConcerns } from "@/lib/reports/queries";

import { draftsFor, makeTopic, makeUnit, type U } from "./fixtures/reports";
import { actAs, lastAudit, makeUser } from "./helpers";
import { dataOf } from "./result";

let A: { dept: { id: string }; head: U; liaison: U; member: U };
let B: { dept: { id: string }; head: U; liaison: U; member: U };
let staff: U;
let office: U;
let draft: ReturnType<typeof draftsFor>;
const NOT_FOUND = { ok: false, message: "记录不存在或您无权查看" };

beforeAll(async () => {
  A = await makeUnit();
  B = await makeUnit();
  staff = await makeUser({ departmentId: A.dept.id });
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  draft = draftsFor(await makeTopic());
});

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}

describe("liaison reports", () => {
  it("walks the whole state machine, with encrypted concerns and a follow-up on review", async () => {
    await actAs(A.liaison);
    const created = await createReport(draft(A.member.id));
    expect(created.ok).toBe(true);
    const id = dataOf(created).id;
    const raw = await db.staffConcern.findFirstOrThrow({ where: { reportId: id } });
    expect(raw.descriptionEnc).not.toContain("CANARY");
    expect(raw.descriptionEnc.startsWith("v1:")).toBe(true);

    // Draft: the head cannot review or return yet.
    await actAs(A.head);
    expect(await reviewReport({ id })).toMatchObject({
      ok: false,
      message: "只有已提交、待审阅的报告才能审阅",
    });
    expect(await returnReport({ id, comment: "x" })).toMatchObject({ ok: false });

    await actAs(A.liaison);
    expect(await submitReport({ id })).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    const first = (await db.liaisonReport.findUniqueOrThrow({ where: { id } })).firstSubmittedAt;
    expect(first).not.toBeNull();
    expect(await submitReport({ id })).toMatchObject({
      ok: false,
      message: "报告已提交，不能重复提交",
    });
    const before = await db.liaisonReport.findUniqueOrThrow({ where: { id } });
    expect(await updateReport({ id, ...draft(A.member.id), summary: "改过了" })).toMatchObject({
      ok: false,
      message: "报告已提交，不能修改（被退回后方可修改）",
    });
    expect((await db.liaisonReport.findUniqueOrThrow({ where: { id } })).summary).toBe(
      before.summary,
    );

    await actAs(A.head);
    expect(await returnReport({ id, comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { comment: "请填写退回意见" },
    });
    expect(await returnReport({ id, comment: "请补充关注人员的家庭情况" })).toMatchObject({
      ok: true,
      data: { status: "RETURNED" },
    });

    await actAs(A.liaison);
    expect((await updateReport({ id, ...draft(A.member.id), summary: "已补充" })).ok).toBe(true);
    expect(await submitReport({ id })).toMatchObject({ ok: true });
    expect((await db.liaisonReport.findUniqueOrThrow({ where: { id } })).firstSubmittedAt).toEqual(
      first,
    );

    await actAs(A.head);
    expect(await reviewReport({ id })).toMatchObject({
      ok: true,
      data: { status: "REVIEWED", followUps: 1 },
    });
    expect(await reviewReport({ id })).toMatchObject({ ok: false });
    expect(await returnReport({ id, comment: "再改" })).toMatchObject({ ok: false });
    await actAs(A.liaison);
    expect(await submitReport({ id })).toMatchObject({ ok: false });

    const fu = await db.followUp.findFirstOrThrow({
      where: { sourceType: "CONCERN", sourceId: id },
    });
    expect(fu).toMatchObject({ status: "OPEN", departmentId: A.dept.id });
    // 政治处 cannot hand the follow-up to the person it is about.
    const { assignFollowUp } = await import("@/lib/follow-ups/actions");
    await actAs(office);
    const due = new Date(Date.now() + 8 * 3600_000 + 7 * 24 * 3600_000).toISOString().slice(0, 10);
    expect(
      await assignFollowUp({
        id: fu.id,
        assigneeId: A.member.id,
        dueDate: due,
        priority: "NORMAL",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { assigneeId: "不能交由被关注人员本人承办" } });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: fu.id } })).assigneeId).toBeNull();
    expect(
      (await assignFollowUp({ id: fu.id, assigneeId: A.head.id, dueDate: due, priority: "NORMAL" }))
        .ok,
    ).toBe(true);
    const events = await db.reportEvent.findMany({
      where: { reportId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "CREATED",
      "SUBMITTED",
      "RETURNED",
      "SUBMITTED",
      "REVIEWED",
    ]);
    // 政治处 reads the concern (decrypted, audited); the liaison's department reads it too.
    const po = await session(office);
    const read = await readConcerns(po, id, "10.0.0.9");
    expect(read?.[0].description).toContain("CANARY-CONCERN");
    expect(await lastAudit()).toMatchObject({
      action: "report.concern.read",
      objectId: id,
      userId: office.id,
    });
  });

  it("keeps other departments out: read, edit, submit, review by id all answer not found", async () => {
    await actAs(A.liaison);
    const res = await createReport(
      draft(A.member.id, { kind: "ADHOC", title: "突发：家属来院", periodKey: undefined }),
    );
    const id = dataOf(res).id;

    const liaisonB = await session(B.liaison);
    expect(await getReport(liaisonB, id)).toBeNull();
    expect(await readConcerns(liaisonB, id, "x")).toBeNull();
    expect(await updateReport({ id, ...draft(B.member.id) })).toEqual(NOT_FOUND);
    expect(await submitReport({ id })).toEqual(NOT_FOUND);
    expect(await lastAudit()).toMatchObject({
      action: "report.submit",
      result: "NOT_FOUND",
      userId: B.liaison.id,
    });

    const headB = await session(B.head);
    expect(await getReport(headB, id)).toBeNull();
    await actAs(A.liaison);
    await submitReport({ id });
    await actAs(B.head);
    expect(await reviewReport({ id })).toEqual(NOT_FOUND);
    expect(await returnReport({ id, comment: "越权" })).toEqual(NOT_FOUND);
    expect((await db.liaisonReport.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    // 政治处 does not see another department's draft until it is submitted.
    await actAs(A.liaison);
    const d = await createReport(
      draft(A.member.id, { kind: "ADHOC", title: "草稿", periodKey: undefined }),
    );
    const draftId = dataOf(d).id;
    expect(await getReport(await session(office), draftId)).toBeNull();
    expect(await getReport(await session(A.head), draftId)).not.toBeNull();

    // A STAFF member of the same department cannot read it or its concerns.
    const s = await session(staff);
    expect(await getReport(s, id)).toBeNull();
    expect(await readConcerns(s, id, "x")).toBeNull();
    // Nor can a STAFF member call the liaison's actions.
    expect(await createReport(draft(A.member.id))).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
  });

  it("refuses bad input with Chinese field errors and writes nothing", async () => {
    const dept = await makeUnit();
    await actAs(dept.liaison);
    const count = () => db.liaisonReport.count({ where: { departmentId: dept.dept.id } });
    expect(await createReport(draft(B.member.id))).toMatchObject({
      ok: false,
      fieldErrors: { concerns: "关注人员须为本部门在职人员" },
    });
    expect(await createReport(draft(dept.member.id, { mood: 6 }))).toMatchObject({
      ok: false,
      fieldErrors: { mood: "整体情绪须为 1–5" },
    });
    expect(await createReport(draft(dept.member.id, { summary: "长".repeat(3001) }))).toMatchObject(
      { ok: false, fieldErrors: { summary: "情况综述不能超过 3000 个字符" } },
    );
    expect(await createReport(draft(dept.member.id, { periodKey: "2099-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { periodKey: "请选择已开始的报告周期" },
    });
    expect(await createReport(draft(dept.member.id, { periodKey: "0050-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { periodKey: "请选择已开始的报告周期" },
    });
    expect(await db.reportPeriod.count({ where: { key: "0050-01" } })).toBe(0);
    expect(await count()).toBe(0);
    expect((await createReport(draft(dept.member.id))).ok).toBe(true);
    expect(await createReport(draft(dept.member.id))).toMatchObject({
      ok: false,
      message: "本部门该周期的报告已存在，请在原报告上修改",
    });
    expect(await count()).toBe(1);
  });

  it("lets exactly one of two concurrent submissions for a period through", async () => {
    const dept = await makeUnit();
    await actAs(dept.liaison);
    const results = await Promise.all([
      createReport(draft(dept.member.id)),
      createReport(draft(dept.member.id)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      message: "本部门该周期的报告已存在，请在原报告上修改",
    });
    expect(await db.liaisonReport.count({ where: { departmentId: dept.dept.id } })).toBe(1);
  });
});
