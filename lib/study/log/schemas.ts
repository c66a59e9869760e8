// The personal study log: input schemas shared by forms and actions, and the
// Chinese labels of its codes.
import { z } from "zod";

import { id, keyword, page, requiredDate, sortFields, text } from "../../forms/fields";

export const LOG_KINDS = ["READING", "ONLINE", "REFLECTION", "OTHER"] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_KIND_LABELS: Record<LogKind, string> = {
  READING: "读书",
  ONLINE: "网络学习",
  REFLECTION: "心得体会",
  OTHER: "其他",
};

export const LOG_STATUSES = ["SUBMITTED", "APPROVED", "RETURNED"] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];
export const LOG_STATUS_LABELS: Record<LogStatus, string> = {
  SUBMITTED: "待审核",
  APPROVED: "已通过",
  RETURNED: "已退回",
};
/** The owner may still edit or delete an entry in these states. */
export const EDITABLE_STATUSES = ["SUBMITTED", "RETURNED"] as const;

export const TITLE_MAX = 80;
export const REFLECTION_MAX = 3000;
export const COMMENT_MAX = 500;
/** One person's logged hours on one day, in tenths. */
export const DAY_LIMIT_TENTHS = 240;

/** "1.5" → 15 tenths; more than one decimal, zero, negative or over 24 h is refused. */
export const hoursField = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : v),
  z
    .string({ error: "请填写学习时长" })
    .trim()
    .transform((v, ctx) => {
      const issue = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (!v) return issue("请填写学习时长");
      if (!/^[-+]?\d+(\.\d+)?$/.test(v)) return issue("学习时长须为数字，如 1.5");
      const n = Number(v);
      if (n <= 0) return issue("学习时长须大于 0 小时");
      if (n > 24) return issue("学习时长不能超过 24 小时");
      if (!/^\+?\d+(\.\d)?$/.test(v)) return issue("学习时长最多保留一位小数，如 1.5");
      return Math.round(n * 10);
    }),
);

const logFields = {
  kind: z.enum(LOG_KINDS, { error: "请选择学习类型" }),
  title: text("学习内容", TITLE_MAX),
  studiedOn: requiredDate("学习日期"),
  hours: hoursField,
  reflection: z
    .string()
    .trim()
    .max(REFLECTION_MAX, `学习体会不能超过 ${REFLECTION_MAX} 个字符`)
    .optional()
    .transform((v) => v ?? ""),
};

/**
 * A 心得体会 entry is its text: it cannot be empty. Checked even when other
 * fields have errors (as long as kind and reflection themselves parsed), so
 * the form shows every problem at once.
 */
const hasReflectionText = (v: { kind: LogKind; reflection: string }) =>
  v.kind !== "REFLECTION" || v.reflection !== "";
const reflectionRule = {
  path: ["reflection"],
  message: "心得体会须填写体会内容",
  when: (payload: z.core.ParsePayload) =>
    payload.issues.every((i) => i.path?.[0] !== "kind" && i.path?.[0] !== "reflection"),
};

export const CreateLogInput = z.object(logFields).refine(hasReflectionText, reflectionRule);
export const UpdateLogInput = z
  .object({ id: id("学习记录"), ...logFields })
  .refine(hasReflectionText, reflectionRule);
export const LogIdInput = z.object({ id: id("学习记录") });
export const ReturnLogInput = z.object({
  id: id("学习记录"),
  comment: text("退回意见", COMMENT_MAX),
});

/** The columns the person's own list sorts by (?sort=). */
export const MY_LOG_SORTS = ["studiedOn", "kind", "title", "hours", "status"] as const;
export type MyLogSort = (typeof MY_LOG_SORTS)[number];

export const MyLogFilter = z.object({
  q: keyword,
  ...sortFields(MY_LOG_SORTS),
  status: z.enum(LOG_STATUSES).optional().catch(undefined),
  page,
});
export type MyLogFilter = z.infer<typeof MyLogFilter>;

/** The columns the review list sorts by (?sort=). */
export const REVIEW_SORTS = [
  "createdAt",
  "studiedOn",
  "title",
  "person",
  "department",
  "hours",
  "status",
] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export const ReviewFilter = z.object({
  q: keyword,
  ...sortFields(REVIEW_SORTS),
  // Default: the queue (待审核). "ALL" shows every state.
  status: z.enum([...LOG_STATUSES, "ALL"]).catch("SUBMITTED"),
  kind: z.enum(LOG_KINDS).optional().catch(undefined),
  dept: z.string().trim().max(40).optional().catch(undefined),
  page,
});
export type ReviewFilter = z.infer<typeof ReviewFilter>;

export function logKindLabel(code: string): string {
  return LOG_KIND_LABELS[code as LogKind] ?? code;
}
export function logStatusLabel(code: string): string {
  return LOG_STATUS_LABELS[code as LogStatus] ?? code;
}
