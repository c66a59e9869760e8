// The user list (用户管理) as SYS_ADMIN works with it (issue 15 item 5):
// sorted and searched through the URL, and exported to XLSX holding exactly
// the rows — in the order — the same query shows; never a password hash or
// session data; every export audited with its filter and row count; anyone
// but SYS_ADMIN gets 404 (audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/admin/users/export/route";
import { exportUsers } from "@/lib/admin/export";
import { listUsers } from "@/lib/admin/queries";
import { UserListFilter } from "@/lib/admin/schemas";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeDepartment, makeUser } from "./helpers";

type U = { id: string; username: string };
const TAG = `用户列表${Math.floor(Math.random() * 1e6)}`;
const NAMES = ["丙", "甲", "丁", "乙"];
const made: string[] = [];
let deptId = "";
let admin: U;
let auditor: U;
let members: U[] = [];

const parse = (q: Record<string, string>) => UserListFilter.parse(q);
const session = async (u: U) => (await loadSessionUser(await actAs(u)))!;

beforeAll(async () => {
  const dept = await makeDepartment();
  deptId = dept.id;
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  auditor = await makeUser({ roles: ["AUDITOR"] });
  members = [];
  for (const [i, n] of NAMES.entries())
    members.push(
      await makeUser({
        departmentId: deptId,
        realName: `${TAG}${n}`,
        status: i === 2 ? "DISABLED" : "ACTIVE",
        roles: i === 3 ? ["DEPT_HEAD"] : ["STAFF"],
      }),
    );
  made.push(admin.id, auditor.id, ...members.map((m) => m.id));
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: made } } });
  await db.department.deleteMany({ where: { id: deptId } });
});

describe("sorting and searching", () => {
  it("sorts by name both ways, and ignores an unknown column", async () => {
    const asc = await listUsers(parse({ q: TAG, sort: "realName", dir: "asc" }));
    expect(asc.rows.map((r) => r.realName)).toEqual(NAMES.map((n) => `${TAG}${n}`).sort());
    const desc = await listUsers(parse({ q: TAG, sort: "realName", dir: "desc" }));
    expect(desc.rows.map((r) => r.id)).toEqual(asc.rows.map((r) => r.id).reverse());
    const bogus = await listUsers(parse({ q: TAG, sort: "passwordHash" }));
    const plain = await listUsers(parse({ q: TAG }));
    expect(bogus.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
  });

  it("sorts by status and searches username and 工号", async () => {
    const byStatus = await listUsers(parse({ departmentId: deptId, sort: "status", dir: "desc" }));
    expect(byStatus.rows.map((r) => r.status)).toEqual(["DISABLED", "ACTIVE", "ACTIVE", "ACTIVE"]);
    const m = await db.user.findUniqueOrThrow({ where: { id: members[1].id } });
    expect((await listUsers(parse({ q: m.username.toUpperCase() }))).rows.map((r) => r.id)).toEqual(
      [m.id],
    );
    expect((await listUsers(parse({ q: m.employeeNo }))).rows.map((r) => r.id)).toEqual([m.id]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the filtered, sorted rows, names its filter, and is audited", async () => {
    const query = { q: TAG, departmentId: deptId, sort: "employeeNo", dir: "desc" };
    const list = await listUsers(parse(query));
    expect(list.total).toBe(4);
    await actAs(admin);
    const x = await exportedSheet(exportRoute, `/admin/users/export?${new URLSearchParams(query)}`);
    expect(x.status).toBe(200);
    expect(column(x, "用户名")).toEqual(list.rows.map((r) => r.username));
    expect(column(x, "姓名")).toEqual(list.rows.map((r) => r.realName));
    expect(column(x, "工号")).toEqual(list.rows.map((r) => r.employeeNo));
    expect(column(x, "状态")).toEqual(
      list.rows.map((r) => (r.status === "ACTIVE" ? "启用" : "停用")),
    );
    expect(x.sub).toContain(`关键词：${TAG}`);
    expect(x.sub).toContain(`部门：`);
    const a = await lastExportAudit("admin.user.list.export", admin.id);
    expect(a?.result).toBe("SUCCESS");
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "xlsx", rows: 4 });
    expect(JSON.parse(a!.detail!).filter).toContain(`关键词：${TAG}`);
  });

  it("filtered by role and status, sorted by username, matches the list too", async () => {
    const query = { departmentId: deptId, role: "STAFF", status: "ACTIVE", sort: "username" };
    const list = await listUsers(parse(query));
    await actAs(admin);
    const x = await exportedSheet(exportRoute, `/admin/users/export?${new URLSearchParams(query)}`);
    expect(column(x, "用户名")).toEqual(list.rows.map((r) => r.username));
    expect(list.total).toBe(3);
  });

  it("holds account fields only: no password hash, secret or session", async () => {
    await actAs(admin);
    const x = await exportedSheet(exportRoute, `/admin/users/export?departmentId=${deptId}`);
    expect(x.header).toEqual([
      "姓名",
      "用户名",
      "工号",
      "部门",
      "职务",
      "角色",
      "状态",
      "锁定",
      "待改密",
    ]);
    const secrets = await db.user.findMany({
      where: { id: { in: members.map((m) => m.id) } },
      select: { passwordHash: true, sessions: { select: { id: true } } },
    });
    const cells = x.rows.flat().join("\n");
    for (const s of secrets) {
      expect(cells).not.toContain(s.passwordHash);
      for (const sid of s.sessions) expect(cells).not.toContain(sid.id);
    }
  });

  it("anyone but SYS_ADMIN gets 404, and the refusal is audited", async () => {
    const s = await session(auditor);
    expect(await exportUsers(s, new URL("http://localhost/admin/users/export"))).toBeNull();
    await actAs(auditor);
    expect((await exportedSheet(exportRoute, "/admin/users/export")).status).toBe(404);
    const a = await lastExportAudit("admin.user.list.export", auditor.id);
    expect(a?.result).toBe("NOT_FOUND");
    await actAs(members[3]);
    expect((await exportedSheet(exportRoute, "/admin/users/export")).status).toBe(404);
  });
});
