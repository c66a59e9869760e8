// Administration through the one action wrapper: permission before any
// database access, zod field errors, conflicts, 三权分立, and audit rows.
import { beforeEach, describe, expect, it } from "vitest";

import {
  createDepartment,
  createUser,
  resetUserPassword,
  setUserStatus,
  updateDepartment,
  updateUser,
} from "@/lib/admin/actions";
import { db } from "@/lib/db";

import { actAnonymously, actAs, lastAudit, makeDepartment, makeUser } from "./helpers";

const valid = (over: Record<string, unknown> = {}) => ({
  realName: "李明",
  username: `liming${Math.random().toString(36).slice(2, 8)}`,
  employeeNo: `LX${Math.floor(Math.random() * 1e8)}`,
  birthYear: 1988,
  roles: ["STAFF"],
  ...over,
});

describe("admin actions", () => {
  let admin: { id: string; username: string };
  beforeEach(async () => {
    admin = await makeUser({ roles: ["SYS_ADMIN"] });
    await actAs(admin);
  });

  it("creates a user with a temporary password that must be changed", async () => {
    const res = await createUser(valid());
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.temporaryPassword).toHaveLength(16);
    const u = await db.user.findUniqueOrThrow({
      where: { id: res.data.id },
      include: { roles: true },
    });
    expect(u.mustChangePassword).toBe(true);
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    expect(u.id).not.toMatch(/^\d+$/);
    expect(u.roles.map((r) => r.role)).toEqual(["STAFF"]);
    const audit = await lastAudit();
    expect(audit).toMatchObject({
      action: "admin.user.create",
      result: "SUCCESS",
      userId: admin.id,
      objectId: u.id,
      ip: "10.1.2.3",
    });
    expect(audit?.detail ?? "").not.toContain(res.data.temporaryPassword);
  });

  it("answers a duplicate username or employee number with a conflict message, not a crash", async () => {
    const first = valid();
    expect((await createUser(first)).ok).toBe(true);
    const res = await createUser(valid({ username: first.username, employeeNo: first.employeeNo }));
    expect(res).toMatchObject({
      ok: false,
      fieldErrors: { username: "该用户名已被使用", employeeNo: "该工号已被使用" },
    });
  });

  it.each([
    [{ realName: "" }, "realName", "请填写姓名"],
    [{ realName: "很".repeat(33) }, "realName", "姓名不能超过 32 个字符"],
    [{ email: "not-an-email" }, "email", "邮箱格式不正确"],
    [{ joinedAt: "2024-02-30" }, "joinedAt", "入职日期不是有效日期"],
    [{ joinedAt: "yesterday" }, "joinedAt", "入职日期格式应为 YYYY-MM-DD"],
    [{ birthYear: 1800 }, "birthYear", undefined],
    [{ username: "9abc" }, "username", undefined],
  ])("returns a Chinese field error for %j", async (over, field, message) => {
    const before = await db.user.count();
    const res = await createUser(valid(over));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.fieldErrors?.[field]).toBeTruthy();
    if (message) expect(res.fieldErrors?.[field]).toBe(message);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses SYS_ADMIN or AUDITOR together with any other role (三权分立)", async () => {
    for (const roles of [
      ["SYS_ADMIN", "AUDITOR"],
      ["AUDITOR", "STAFF"],
      ["SYS_ADMIN", "LEADER"],
    ]) {
      const res = await createUser(valid({ roles }));
      expect(res).toMatchObject({
        ok: false,
        fieldErrors: { roles: expect.stringContaining("三权分立") },
      });
    }
    const u = await makeUser();
    const res = await updateUser({
      ...valid(),
      id: u.id,
      username: u.username,
      employeeNo: u.employeeNo,
      roles: ["AUDITOR", "STAFF"],
    });
    expect(res.ok).toBe(false);
    expect(
      (await db.roleAssignment.findMany({ where: { userId: u.id } })).map((r) => r.role),
    ).toEqual(["STAFF"]);
  });

  it("keeps an admin from disabling themselves", async () => {
    expect(await setUserStatus({ id: admin.id, status: "DISABLED" })).toMatchObject({
      ok: false,
      message: "不能停用自己的账户",
    });
  });

  it("answers an unknown id with 404-style not found", async () => {
    expect(await resetUserPassword({ id: "cknotarealid000000000000" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });
    expect((await lastAudit())?.result).toBe("NOT_FOUND");
  });

  it("sets a department's head and liaison from its members and grants their roles", async () => {
    const dept = await makeDepartment();
    const head = await makeUser({ departmentId: dept.id });
    const liaison = await makeUser({ departmentId: dept.id });
    const outsider = await makeUser();
    const base = { id: dept.id, name: dept.name, code: dept.code, sortOrder: 1 };
    expect(await updateDepartment({ ...base, headId: outsider.id })).toMatchObject({
      ok: false,
      fieldErrors: { headId: "部门负责人须为本部门人员" },
    });
    const res = await updateDepartment({ ...base, headId: head.id, liaisonId: liaison.id });
    expect(res.ok).toBe(true);
    const roles = async (id: string) =>
      (await db.roleAssignment.findMany({ where: { userId: id } })).map((r) => r.role).sort();
    expect(await roles(head.id)).toEqual(["DEPT_HEAD", "STAFF"]);
    expect(await roles(liaison.id)).toEqual(["LIAISON", "STAFF"]);
    // Replacing the liaison takes the role back from the previous one.
    const next = await makeUser({ departmentId: dept.id });
    expect((await updateDepartment({ ...base, headId: head.id, liaisonId: next.id })).ok).toBe(
      true,
    );
    expect(await roles(liaison.id)).toEqual(["STAFF"]);
    expect(await roles(next.id)).toEqual(["LIAISON", "STAFF"]);
  });

  it("derives DEPT_HEAD and LIAISON from department posts, and vacates them when the person moves", async () => {
    const dept = await makeDepartment();
    const other = await makeDepartment();
    const liaison = await makeUser({ departmentId: dept.id });
    const head = await makeUser({ departmentId: dept.id });
    expect(
      (
        await updateDepartment({
          id: dept.id,
          name: dept.name,
          code: dept.code,
          headId: head.id,
          liaisonId: liaison.id,
        })
      ).ok,
    ).toBe(true);
    const roles = async (id: string) =>
      (await db.roleAssignment.findMany({ where: { userId: id } })).map((r) => r.role).sort();
    const base = {
      realName: liaison.realName,
      username: liaison.username,
      employeeNo: liaison.employeeNo,
      birthYear: 1985,
    };
    // Ticking LIAISON for someone without the post grants nothing; unticking it for the post holder takes nothing.
    const plain = await makeUser({ departmentId: dept.id });
    expect(
      (
        await updateUser({
          ...base,
          id: plain.id,
          username: plain.username,
          employeeNo: plain.employeeNo,
          departmentId: dept.id,
          roles: ["STAFF", "LIAISON"],
        })
      ).ok,
    ).toBe(true);
    expect(await roles(plain.id)).toEqual(["STAFF"]);
    expect(
      (await updateUser({ ...base, id: liaison.id, departmentId: dept.id, roles: ["STAFF"] })).ok,
    ).toBe(true);
    expect(await roles(liaison.id)).toEqual(["LIAISON", "STAFF"]);
    // A post holder cannot become SYS_ADMIN until replaced.
    expect(
      await updateUser({ ...base, id: liaison.id, departmentId: dept.id, roles: ["SYS_ADMIN"] }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { roles: expect.stringContaining("须先在部门管理中撤换") },
    });
    // Moving to another department vacates the post and the role.
    expect(
      (await updateUser({ ...base, id: liaison.id, departmentId: other.id, roles: ["STAFF"] })).ok,
    ).toBe(true);
    expect(await roles(liaison.id)).toEqual(["STAFF"]);
    expect(
      (await db.department.findUniqueOrThrow({ where: { id: dept.id } })).liaisonId,
    ).toBeNull();
    expect((await db.department.findUniqueOrThrow({ where: { id: dept.id } })).headId).toBe(
      head.id,
    );
  });

  it("refuses a duplicate department name or code", async () => {
    const dept = await makeDepartment();
    expect(await createDepartment({ name: dept.name, code: "NEWCODE1" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "已有同名部门" },
    });
    expect(await createDepartment({ name: "全新部门", code: dept.code })).toMatchObject({
      ok: false,
      fieldErrors: { code: "该部门代码已被使用" },
    });
  });
});

describe("the action wrapper refuses before touching the database", () => {
  it("refuses STAFF calling an admin action, writes nothing and audits the denial", async () => {
    const staff = await makeUser();
    await actAs(staff);
    const before = await db.user.count();
    const res = await createUser(valid());
    expect(res).toEqual({ ok: false, message: "您没有执行此操作的权限" });
    expect(await db.user.count()).toBe(before);
    expect(await lastAudit()).toMatchObject({
      action: "admin.user.create",
      result: "DENIED",
      userId: staff.id,
    });
  });

  it("refuses the AUDITOR too", async () => {
    const auditor = await makeUser({ roles: ["AUDITOR"] });
    await actAs(auditor);
    const target = await makeUser();
    expect((await setUserStatus({ id: target.id, status: "DISABLED" })).ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("ACTIVE");
  });

  it("refuses an anonymous caller and audits it without a user", async () => {
    actAnonymously();
    const res = await createUser(valid());
    expect(res).toEqual({ ok: false, message: "登录已失效，请重新登录" });
    expect(await lastAudit()).toMatchObject({
      action: "admin.user.create",
      result: "DENIED",
      userId: null,
    });
  });

  it("refuses a revoked session", async () => {
    const admin = await makeUser({ roles: ["SYS_ADMIN"] });
    const sid = await actAs(admin);
    await db.userSession.update({ where: { id: sid }, data: { revokedAt: new Date() } });
    expect(await createUser(valid())).toEqual({ ok: false, message: "登录已失效，请重新登录" });
  });
});
