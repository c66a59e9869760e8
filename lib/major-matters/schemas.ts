import { z } from "zod";

import { PERSON_DATE_MIN } from "../dates";
import { id, keyword, optionalDate, optionalText, page, sortFields, text } from "../forms/fields";
import { MATTER_CATEGORIES } from "./labels";

export const FileMatterInput = z.object({
  category: z.enum(MATTER_CATEGORIES, { error: "请选择事项类别" }),
  // A matter may be reported long after it happened (a marriage, a property).
  occurredOn: optionalDate("发生日期", { min: PERSON_DATE_MIN }),
  detail: text("事项内容", 2000),
});
export const AcknowledgeMatterInput = z.object({
  id: id("报告"),
  note: optionalText("确认意见", 500),
});

/** The columns 政治处's list sorts by (?sort=); every one is stored in plain. */
export const MATTER_SORTS = [
  "reporter",
  "department",
  "category",
  "occurredOn",
  "createdAt",
  "status",
] as const;
export type MatterSort = (typeof MATTER_SORTS)[number];

export const MatterListFilter = z.object({
  // The reporter's name only: the report's content is encrypted and never searched.
  q: keyword,
  ...sortFields(MATTER_SORTS),
  category: z.enum(MATTER_CATEGORIES).optional().catch(undefined),
  status: z.enum(["SUBMITTED", "ACKNOWLEDGED"]).optional().catch(undefined),
  departmentId: z.string().trim().max(40).optional().catch(undefined),
  page,
});
export type MatterListFilter = z.infer<typeof MatterListFilter>;

/** The columns of one's own reports (/major-matters) the list sorts by (?sort=). */
export const MY_MATTER_SORTS = ["category", "occurredOn", "createdAt", "status"] as const;
export type MyMatterSort = (typeof MY_MATTER_SORTS)[number];

/** One's own reports: category and state filters, sort, page; nothing to search (all one's own, content sealed). */
export const MyMatterListFilter = z.object({
  ...sortFields(MY_MATTER_SORTS),
  category: z.enum(MATTER_CATEGORIES).optional().catch(undefined),
  status: z.enum(["SUBMITTED", "ACKNOWLEDGED"]).optional().catch(undefined),
  page,
});
export type MyMatterListFilter = z.infer<typeof MyMatterListFilter>;
