// zod schemas shared by the follow-up forms and actions, with Chinese messages.
import { z } from "zod";

import { shanghaiDayKey } from "../dates";
import {
  id,
  keyword,
  optionalId,
  page,
  requiredDate,
  shanghaiDayAt,
  sortFields,
  text,
} from "../forms/fields";
import { PRIORITIES } from "./labels";
import { FOLLOW_UP_SOURCES } from "./sources";
import { FOLLOW_UP_STATUSES } from "./state";

export const NOTE_MAX = 2000;
export const TITLE_MAX = 120;

/** YYYY-MM-DD, valid in the calendar, as the last instant of that day in Asia/Shanghai. */
export function parseDueDate(v: string): Date | null {
  return shanghaiDayAt(v, DUE_TIME);
}
const DUE_TIME = "23:59:59.999";

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDayKey(now);
}

/** From today to the end of the third year after this one. */
const dueDate = requiredDate("办结期限", {
  time: DUE_TIME,
  min: () => shanghaiToday(),
  minMessage: "办结期限不能早于今天",
  max: () => `${Number(shanghaiToday().slice(0, 4)) + 3}-12-31`,
  maxMessage: "办结期限过远，请核对",
});

const priority = z.enum(PRIORITIES, { error: "请选择优先级" }).default("NORMAL");
const assigneeId = z
  .string({ error: "请选择承办人" })
  .trim()
  .min(1, "请选择承办人")
  .max(40, "承办人无效");

const requiredNote = (label: string) => text(label, NOTE_MAX);
const optionalNote = (label: string) =>
  z
    .string()
    .trim()
    .max(NOTE_MAX, `${label}不能超过 ${NOTE_MAX} 个字符`)
    .optional()
    .transform((v) => (v ? v : null));

export const CreateFollowUpInput = z.object({
  title: text("督办事项", TITLE_MAX),
  departmentId: optionalId("部门"),
  assigneeId,
  dueDate,
  priority,
  note: optionalNote("督办要求"),
});

export const AssignFollowUpInput = z.object({
  id: id("督办事项"),
  assigneeId,
  dueDate,
  priority,
  note: optionalNote("交办说明"),
});

export const ProgressFollowUpInput = z.object({
  id: id("督办事项"),
  note: requiredNote("办理进展"),
});
export const ResolveFollowUpInput = z.object({
  id: id("督办事项"),
  note: requiredNote("办结情况"),
});
export const CloseFollowUpInput = z.object({ id: id("督办事项"), note: optionalNote("核销意见") });
export const ReopenFollowUpInput = z.object({
  id: id("督办事项"),
  note: requiredNote("重新交办理由"),
});

/**
 * The columns the list sorts by (?sort=). 督办事项 sorts only for viewers who read
 * every title they see (lib/follow-ups/list.ts followUpSortOf); 承办人 only on the board.
 */
export const FOLLOW_UP_SORTS = [
  "title",
  "source",
  "department",
  "assignee",
  "dueDate",
  "status",
  "createdAt",
] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];

/** The list's query string. Bad values fall back to "no filter" rather than failing the page. */
export const FollowUpListFilter = z.object({
  q: keyword,
  ...sortFields(FOLLOW_UP_SORTS),
  source: z.enum(FOLLOW_UP_SOURCES).optional().catch(undefined),
  departmentId: z.string().trim().max(40).optional().catch(undefined),
  assigneeId: z.string().trim().max(40).optional().catch(undefined),
  // ACTIVE: still being worked on (待办 or 办理中).
  status: z
    .enum([...FOLLOW_UP_STATUSES, "ACTIVE"])
    .optional()
    .catch(undefined),
  overdue: z.preprocess((v) => v === "1" || v === "true" || v === true, z.boolean()).catch(false),
  page,
});
export type FollowUpListFilter = z.infer<typeof FollowUpListFilter>;
