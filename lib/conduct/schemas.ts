// zod schemas shared by the conduct forms and actions, with Chinese messages.
import { z } from "zod";

import {
  id,
  keyword,
  optionalId,
  optionalText,
  page,
  requiredDate,
  sortFields,
  text,
} from "../forms/fields";
import {
  CATEGORIES,
  HONOUR_TITLES,
  KINDS,
  LEVELS,
  SANCTION_CATEGORIES,
  SEVERITIES,
  STATUSES,
  SUBJECT_TYPES,
  type Kind,
} from "./labels";
import { shapeIssues, type RecordShape } from "./rules";

/** An optional choice from a list: "" and null mean none. */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(values, { error: message }).optional(),
  );

const recordFields = {
  category: z.enum(CATEGORIES, { error: "请选择类别" }),
  kind: z.enum(KINDS as unknown as [Kind, ...Kind[]], { error: "请选择类型" }),
  severity: optionalEnum(SEVERITIES, "严重程度无效"),
  honourTitle: optionalEnum(HONOUR_TITLES, "荣誉称号无效"),
  level: optionalEnum(LEVELS, "级别无效"),
  sanctionCategory: optionalEnum(SANCTION_CATEGORIES, "处分种类无效"),
  subjectType: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? "PERSON" : v),
    z.enum(SUBJECT_TYPES, { error: "请选择记录对象" }),
  ),
  subjectUserId: optionalId("人员"),
  subjectDepartmentId: optionalId("部门"),
  occurredOn: requiredDate("日期"),
  issuer: text("发文单位", 60),
  docNo: optionalText("文号", 60),
  title: text("标题", 100),
  description: optionalText("事实与说明", 2000),
};

/**
 * The shape rules (lib/conduct/rules.ts) run even when another field failed,
 * so the form shows every error at once; only a body that is not an object
 * skips them.
 */
const shapeCheck = z.superRefine(
  (v: RecordShape, ctx) => {
    for (const issue of shapeIssues(v))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  },
  { when: (p) => typeof p.value === "object" && p.value !== null && !Array.isArray(p.value) },
);

export const CreateRecordInput = z.object(recordFields).check(shapeCheck);
export type CreateRecordInput = z.infer<typeof CreateRecordInput>;

export const UpdateRecordInput = z
  .object({ id: id("履职表现记录"), ...recordFields })
  .check(shapeCheck);
export type UpdateRecordInput = z.infer<typeof UpdateRecordInput>;

export const RecordRef = z.object({ id: id("履职表现记录") });

export const RevokeRecordInput = z.object({
  id: id("履职表现记录"),
  reason: text("撤销理由", 500),
});

export const UploadEvidenceInput = z.object({
  recordId: id("履职表现记录"),
  file: z.instanceof(File, { error: "请选择要上传的文件" }),
});

export const DeleteEvidenceInput = z.object({
  recordId: id("履职表现记录"),
  attachmentId: id("证明材料"),
});

const year = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

/** The columns the record list sorts by (?sort=): those every row stores in plain. */
export const CONDUCT_SORTS = ["occurredOn", "category", "kind", "issuer", "status"] as const;
export type ConductSort = (typeof CONDUCT_SORTS)[number];

export const ConductListFilter = z.object({
  q: keyword,
  ...sortFields(CONDUCT_SORTS),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  year,
  page,
});
export type ConductListFilter = z.infer<typeof ConductListFilter>;

/** The honours wall's order within each year and level (?sort=). */
export const HONOUR_SORTS = ["occurredOn", "person", "title"] as const;
export type HonourSort = (typeof HONOUR_SORTS)[number];

/**
 * The honours wall's query string: the year, a keyword (person or honour), the
 * order, and without a year the page (one year a page, newest first).
 */
export const HonoursFilter = z.object({ year, q: keyword, ...sortFields(HONOUR_SORTS), page });
export type HonoursFilter = z.infer<typeof HonoursFilter>;
