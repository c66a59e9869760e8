import { z } from "zod";

import { RoleSchema } from "../auth/roles";
import { PERSON_DATE_MIN, shanghaiYear } from "../dates";
import {
  checkbox,
  id,
  intInRange,
  keyword,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalText,
  sortFields,
  text,
} from "../forms/fields";

export const USER_STATUSES = ["ACTIVE", "DISABLED"] as const;
export const GENDERS = ["M", "F", "U"] as const;

const thisYear = new Date().getFullYear();

const userFields = {
  realName: text("姓名", 32),
  username: z
    .string({ error: "请填写用户名" })
    .trim()
    .toLowerCase()
    .min(3, "用户名至少 3 个字符")
    .max(32, "用户名不能超过 32 个字符")
    .regex(/^[a-z][a-z0-9_.-]*$/, "用户名只能包含小写字母、数字和 _ . -，且以字母开头"),
  employeeNo: z
    .string({ error: "请填写工号" })
    .trim()
    .min(1, "请填写工号")
    .max(20, "工号不能超过 20 个字符")
    .regex(/^[A-Za-z0-9-]+$/, "工号只能包含字母、数字和 -"),
  email: optionalEmail,
  phone: optionalText("电话", 20).refine(
    (v) => v === null || /^[0-9+\- ]{5,20}$/.test(v),
    "电话格式不正确",
  ),
  departmentId: optionalId("部门"),
  position: optionalText("职务", 32).transform((v) => v ?? ""),
  birthYear: intInRange("出生年份", thisYear - 80, thisYear - 16),
  gender: z.enum(GENDERS, { error: "性别无效" }).default("U"),
  partyMember: checkbox(),
  prosecutor: checkbox(),
  // A person's own history: a career may have started before 2000.
  joinedAt: optionalDate("入职日期", { min: PERSON_DATE_MIN }),
  roles: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(RoleSchema).max(7),
  ),
};

/** Nobody joins before the year they turn 16. */
function joinedAfterBirth(v: { birthYear: number; joinedAt: Date | null }, ctx: z.RefinementCtx) {
  if (v.joinedAt && shanghaiYear(v.joinedAt) < v.birthYear + 16)
    ctx.addIssue({
      code: "custom",
      path: ["joinedAt"],
      message: `入职日期不能早于 ${v.birthYear + 16} 年（出生年份后 16 年）`,
    });
}

export const CreateUserInput = z.object(userFields).superRefine(joinedAfterBirth);
export const UpdateUserInput = z
  .object({ id: id("用户"), ...userFields })
  .superRefine(joinedAfterBirth);
export const UserIdInput = z.object({ id: id("用户") });
export const SetUserStatusInput = z.object({
  id: id("用户"),
  status: z.enum(USER_STATUSES, { error: "状态无效" }),
});

const departmentFields = {
  name: text("部门名称", 40),
  code: z
    .string({ error: "请填写部门代码" })
    .trim()
    .toUpperCase()
    .min(1, "请填写部门代码")
    .max(16, "部门代码不能超过 16 个字符")
    .regex(/^[A-Z0-9_]+$/, "部门代码只能包含大写字母、数字和下划线"),
  sortOrder: intInRange("排序", 0, 999).default(0),
  headId: optionalId("部门负责人"),
  liaisonId: optionalId("信息员"),
  leaderId: optionalId("分管院领导"),
};

export const CreateDepartmentInput = z.object(departmentFields);
export const UpdateDepartmentInput = z.object({ id: id("部门"), ...departmentFields });

/** The columns the user list sorts by (?sort=). */
export const USER_SORTS = ["realName", "username", "employeeNo", "department", "status"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export const UserListFilter = z.object({
  q: keyword,
  ...sortFields(USER_SORTS),
  departmentId: z.string().trim().max(40).optional().catch(undefined),
  role: RoleSchema.optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type UserListFilter = z.infer<typeof UserListFilter>;

/** The columns the department list sorts by (?sort=); its default is the configured order. */
export const DEPARTMENT_SORTS = ["sortOrder", "name", "code", "members"] as const;
export type DepartmentSort = (typeof DEPARTMENT_SORTS)[number];

/** The department list's query string: a keyword in the name or code, and the sort. */
export const DepartmentListFilter = z.object({
  q: keyword,
  ...sortFields(DEPARTMENT_SORTS),
});
export type DepartmentListFilter = z.infer<typeof DepartmentListFilter>;
