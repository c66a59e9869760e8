// 个人重大事项报告 on a real database: staff file and see only their own,
// 政治处 sees all (each read of another's report audited) and acknowledges.
import { beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { acknowledgeMajorMatter, fileMajorMatter } from "@/lib/major-matters/actions";
import { listAllMatters, listMyMatterPage, readMatter } from "@/lib/major-matters/queries";
import { MyMatterListFilter } from "@/lib/major-matters/schemas";

import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

const listMyMatters = async (v: { id: string }) =>
  (await listMyMatterPage(v, MyMatterListFilter.parse({}))).rows;

type U = { id: string; username: string };
let owner: U, other: U, head: U, leader: U, office: U;

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}

beforeAll(async () => {
  const dept = await makeDepartment();
  owner = await makeUser({ departmentId: dept.id });
  other = await makeUser({ departmentId: dept.id });
  head = await makeUser({ departmentId: dept.id, roles: ["DEPT_HEAD", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
});

describe("major-matter reports", () => {
  it("files an encrypted report, shows it to its owner only, and lets 政治处 acknowledge", async () => {
    await actAs(owner);
    const r = await fileMajorMatter({
      category: "TRAVEL",
      occurredOn: "2026-10-01",
      detail: "拟于国庆期间赴日本探亲 CANARY-MM",
    });
    expect(r.ok).toBe(true);
    const id = dataOf(r).id;
    const raw = await db.majorMatterReport.findUniqueOrThrow({ where: { id } });
    expect(raw.detailEnc).not.toContain("CANARY");
    expect(raw.userId).toBe(owner.id);

    expect((await listMyMatters(await session(owner))).map((m) => m.id)).toContain(id);
    expect((await readMatter(await session(owner), id, "10.0.0.1"))?.detail).toContain("CANARY-MM");

    // IDOR: anyone but the owner and 政治处 gets not found, and it is audited.
    for (const u of [other, head, leader]) {
      const s = await session(u);
      expect(await readMatter(s, id, "10.0.0.2"), u.username).toBeNull();
      expect((await listMyMatters(s)).map((m) => m.id)).not.toContain(id);
      expect(await listAllMatters(s, { page: 1 })).toBeNull();
      expect(await acknowledgeMajorMatter({ id })).toMatchObject({ ok: false });
      expect(
        await db.auditLog.count({
          where: { action: "majorMatter.read", objectId: id, userId: u.id, result: "NOT_FOUND" },
        }),
      ).toBe(1);
    }
    expect((await db.majorMatterReport.findUniqueOrThrow({ where: { id } })).status).toBe(
      "SUBMITTED",
    );

    const s = await session(office);
    const list = await listAllMatters(s, { page: 1, category: "TRAVEL", status: "SUBMITTED" });
    expect(list!.rows.map((x) => x.id)).toContain(id);
    expect(
      (await listAllMatters(s, { page: 1, category: "ILLNESS" }))!.rows.map((x) => x.id),
    ).not.toContain(id);
    expect((await readMatter(s, id, "10.0.0.3"))?.detail).toContain("CANARY-MM");
    expect(
      await db.auditLog.count({
        where: { action: "majorMatter.read", objectId: id, userId: office.id, result: "SUCCESS" },
      }),
    ).toBe(1);

    await actAs(office);
    expect(
      await acknowledgeMajorMatter({ id, note: "已知悉，注意出入境证件管理规定" }),
    ).toMatchObject({ ok: true, data: { status: "ACKNOWLEDGED" } });
    expect(await acknowledgeMajorMatter({ id })).toMatchObject({
      ok: false,
      message: "该报告已确认",
    });
    const acked = await db.majorMatterReport.findUniqueOrThrow({ where: { id } });
    expect(acked).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedById: office.id });
    expect(acked.ackNoteEnc).not.toContain("出入境");
    expect((await readMatter(await session(owner), id, "10.0.0.1"))?.ackNote).toBe(
      "已知悉，注意出入境证件管理规定",
    );
    expect(
      await db.notification.count({ where: { userId: owner.id, link: `/major-matters/${id}` } }),
    ).toBe(1);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await db.majorMatterReport.count();
    await actAs(owner);
    expect(await fileMajorMatter({ category: "TRAVEL", detail: "" })).toMatchObject({
      ok: false,
      fieldErrors: { detail: "请填写事项内容" },
    });
    expect(await fileMajorMatter({ category: "LOTTERY", detail: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { category: "请选择事项类别" },
    });
    expect(
      await fileMajorMatter({ category: "OTHER", occurredOn: "2026-02-30", detail: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { occurredOn: "发生日期不是有效日期" } });
    expect(await fileMajorMatter({ category: "OTHER", detail: "x".repeat(2001) })).toMatchObject({
      ok: false,
      fieldErrors: { detail: "事项内容不能超过 2000 个字符" },
    });
    expect(await db.majorMatterReport.count()).toBe(before);
  });
});
