"use server";

// Account and department administration (SYS_ADMIN only). Role changes and
// disabling bump sessionVersion, which ends the user's live sessions on their
// next request (docs/security.md item 6).
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { hashPassword } from "../auth/password";
import { normalizeRoleSet, ROLES, type Role } from "../auth/roles";
import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { assertDepartmentPeople, POST_ROLES, postRolesOf, syncPostRole } from "./posts";
import {
  CreateDepartmentInput,
  CreateUserInput,
  SetUserStatusInput,
  UpdateDepartmentInput,
  UpdateUserInput,
  UserIdInput,
} from "./schemas";
import { generateTemporaryPassword } from "./temp-password";

function rolesOrThrow(requested: Role[], posts: Role[] = []): Role[] {
  const r = normalizeRoleSet(requested.filter((x) => !POST_ROLES.includes(x)));
  if (!r.ok) throw new ValidationError(r.message, { roles: r.message });
  // Role-set rules (三权分立, lib/auth/roles.ts), not permissions: they say which roles one person may hold together.
  if (posts.length && (r.roles.includes("SYS_ADMIN") || r.roles.includes("AUDITOR"))) {
    const message =
      "该用户现任部门负责人或信息员，须先在部门管理中撤换，才能设为系统管理员或审计员";
    throw new ValidationError(message, { roles: message });
  }
  return ROLES.filter((x) => r.roles.includes(x) || posts.includes(x));
}

async function assertUnique(
  db: Tx,
  input: { username: string; employeeNo: string },
  exceptId?: string,
) {
  const clash = await db.user.findFirst({
    where: {
      OR: [{ username: input.username }, { employeeNo: input.employeeNo }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { username: true, employeeNo: true },
  });
  if (!clash) return;
  const fieldErrors: Record<string, string> = {};
  if (clash.username === input.username) fieldErrors.username = "该用户名已被使用";
  if (clash.employeeNo === input.employeeNo) fieldErrors.employeeNo = "该工号已被使用";
  throw new ConflictError("用户名或工号与已有账户重复", fieldErrors);
}

async function assertDepartment(db: Tx, departmentId: string | null) {
  if (
    departmentId &&
    !(await db.department.findUnique({ where: { id: departmentId }, select: { id: true } }))
  ) {
    throw new ValidationError("部门不存在", { departmentId: "部门不存在" });
  }
}

async function assertNotLastAdmin(db: Tx, userId: string) {
  const admins = await db.roleAssignment.findMany({
    where: { role: "SYS_ADMIN", user: { status: "ACTIVE" } },
    select: { userId: true },
  });
  if (admins.length === 1 && admins[0].userId === userId) {
    throw new ConflictError("不能停用或降级唯一的系统管理员账户");
  }
}

export const createUser = action(
  { name: "admin.user.create", permission: "admin.user.manage", input: CreateUserInput },
  async ({ db, input, audit }) => {
    const roles = rolesOrThrow(input.roles);
    await assertUnique(db, input);
    await assertDepartment(db, input.departmentId);
    const temporaryPassword = generateTemporaryPassword();
    const { roles: _roles, ...fields } = input; // eslint-disable-line @typescript-eslint/no-unused-vars
    const user = await db.user.create({
      data: {
        ...fields,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        roles: { create: roles.map((role) => ({ role })) },
      },
      select: { id: true, realName: true, username: true },
    });
    Object.assign(audit, { objectType: "User", objectId: user.id, detail: { roles } });
    revalidatePath("/admin/users");
    return { ...user, temporaryPassword };
  },
);

export const updateUser = action(
  { name: "admin.user.update", permission: "admin.user.manage", input: UpdateUserInput },
  async ({ db, input, audit, user: me }) => {
    const existing = await db.user.findUnique({
      where: { id: input.id },
      select: { id: true, departmentId: true, roles: { select: { role: true } } },
    });
    if (!existing) throw new NotFoundError();
    await assertUnique(db, input, input.id);
    await assertDepartment(db, input.departmentId);
    if (existing.departmentId !== input.departmentId) {
      // Moving to another department vacates the posts held in the old one.
      await db.department.updateMany({ where: { headId: input.id }, data: { headId: null } });
      await db.department.updateMany({ where: { liaisonId: input.id }, data: { liaisonId: null } });
    }
    const roles = rolesOrThrow(input.roles, await postRolesOf(db, input.id));
    const before = existing.roles
      .map((r) => r.role)
      .sort()
      .join(",");
    const rolesChanged = before !== [...roles].sort().join(",");
    if (rolesChanged && before.includes("SYS_ADMIN") && !roles.includes("SYS_ADMIN"))
      await assertNotLastAdmin(db, input.id);
    if (rolesChanged && input.id === me.id)
      throw new ConflictError("不能修改自己的角色，请由另一名系统管理员操作");
    const { id, roles: _roles, ...fields } = input; // eslint-disable-line @typescript-eslint/no-unused-vars
    await db.user.update({
      where: { id },
      data: { ...fields, ...(rolesChanged ? { sessionVersion: { increment: 1 } } : {}) },
    });
    if (rolesChanged) {
      await db.roleAssignment.deleteMany({ where: { userId: id } });
      await db.roleAssignment.createMany({ data: roles.map((role) => ({ userId: id, role })) });
    }
    Object.assign(audit, {
      objectType: "User",
      objectId: id,
      detail: rolesChanged ? { roles } : {},
    });
    revalidatePath("/admin/users");
    return { id };
  },
);

export const setUserStatus = action(
  { name: "admin.user.status", permission: "admin.user.manage", input: SetUserStatusInput },
  async ({ db, input, audit, user: me }) => {
    const target = await db.user.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!target) throw new NotFoundError();
    if (input.status === "DISABLED") {
      if (input.id === me.id) throw new ConflictError("不能停用自己的账户");
      await assertNotLastAdmin(db, input.id);
    }
    await db.user.update({
      where: { id: input.id },
      data: {
        status: input.status,
        ...(input.status === "DISABLED" ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    Object.assign(audit, {
      objectType: "User",
      objectId: input.id,
      detail: { status: input.status },
    });
    revalidatePath("/admin/users");
    return { id: input.id, status: input.status };
  },
);

export const resetUserPassword = action(
  { name: "admin.user.resetPassword", permission: "admin.user.manage", input: UserIdInput },
  async ({ db, input, audit }) => {
    const target = await db.user.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!target) throw new NotFoundError();
    const temporaryPassword = generateTemporaryPassword();
    await db.user.update({
      where: { id: input.id },
      data: {
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        failedLoginCount: 0,
        firstFailedAt: null,
        lockedUntil: null,
      },
    });
    Object.assign(audit, { objectType: "User", objectId: input.id });
    return { temporaryPassword };
  },
);

export const unlockUser = action(
  { name: "admin.user.unlock", permission: "admin.user.manage", input: UserIdInput },
  async ({ db, input, audit }) => {
    const target = await db.user.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!target) throw new NotFoundError();
    await db.user.update({
      where: { id: input.id },
      data: { failedLoginCount: 0, firstFailedAt: null, lockedUntil: null },
    });
    Object.assign(audit, { objectType: "User", objectId: input.id });
    revalidatePath("/admin/users");
    return { id: input.id };
  },
);

// ---- Departments ---------------------------------------------------------

async function assertDepartmentUnique(
  db: Tx,
  input: { name: string; code: string },
  exceptId?: string,
) {
  const clash = await db.department.findFirst({
    where: {
      OR: [{ name: input.name }, { code: input.code }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { name: true, code: true },
  });
  if (!clash) return;
  const fieldErrors: Record<string, string> = {};
  if (clash.name === input.name) fieldErrors.name = "已有同名部门";
  if (clash.code === input.code) fieldErrors.code = "该部门代码已被使用";
  throw new ConflictError("部门名称或代码重复", fieldErrors);
}

export const createDepartment = action(
  {
    name: "admin.department.create",
    permission: "admin.department.manage",
    input: CreateDepartmentInput,
  },
  async ({ db, input, audit }) => {
    await assertDepartmentUnique(db, input);
    // A new department has no members yet, so only the supervising leader can be set.
    if (input.headId || input.liaisonId) {
      const later = "新建部门暂无人员：请先将人员调入本部门，再设置";
      throw new ValidationError(later, {
        ...(input.headId ? { headId: later } : {}),
        ...(input.liaisonId ? { liaisonId: later } : {}),
      });
    }
    await assertDepartmentPeople(db, null, input);
    const dept = await db.department.create({ data: input, select: { id: true } });
    Object.assign(audit, { objectType: "Department", objectId: dept.id });
    revalidatePath("/admin/departments");
    return dept;
  },
);

export const updateDepartment = action(
  {
    name: "admin.department.update",
    permission: "admin.department.manage",
    input: UpdateDepartmentInput,
  },
  async ({ db, input, audit }) => {
    const before = await db.department.findUnique({
      where: { id: input.id },
      select: { headId: true, liaisonId: true },
    });
    if (!before) throw new NotFoundError();
    await assertDepartmentUnique(db, input, input.id);
    await assertDepartmentPeople(db, input.id, input);
    const { id, ...data } = input;
    await db.department.update({ where: { id }, data });
    await syncPostRole(db, "DEPT_HEAD", [before.headId, input.headId]);
    await syncPostRole(db, "LIAISON", [before.liaisonId, input.liaisonId]);
    Object.assign(audit, { objectType: "Department", objectId: id });
    revalidatePath("/admin/departments");
    return { id };
  },
);
