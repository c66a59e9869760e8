// zod schemas for the dashboard's writes: opening a follow-up from a
// warning, and 政治处's 改革节点 (milestones).
import { z } from "zod";

import { MONTH_MAX, MONTH_MIN } from "../dates";
import { id, keyword, page, sortFields, text } from "../forms/fields";
import { MILESTONE_KIND_KEYS } from "./milestones";

export const OpenWarningFollowUpInput = z.object({ departmentId: id("部门") });

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .refine((v) => MONTH_RE.test(v) && v >= MONTH_MIN && v <= MONTH_MAX, `${label}无效`);

/** A 改革节点: label, kind and its months (both included). */
export const MilestoneInput = z
  .object({
    label: text("名称", 40),
    kind: z.enum(MILESTONE_KIND_KEYS, { error: "请选择类型" }),
    fromMonth: month("起始月份"),
    toMonth: month("结束月份"),
  })
  .refine((v) => v.fromMonth <= v.toMonth, {
    path: ["toMonth"],
    message: "结束月份不能早于起始月份",
  });

export const UpdateMilestoneInput = MilestoneInput.and(z.object({ id: id("改革节点") }));
export const MilestoneIdInput = z.object({ id: id("改革节点") });
/** A 入额 round or a deployment to mark as a milestone. */
export const MilestoneFromSourceInput = z.object({
  sourceType: z.enum(["QuotaRound", "Deployment"], { error: "来源无效" }),
  sourceId: id("来源"),
});

/** The columns the 改革节点 list sorts by (?sort=). */
export const MILESTONE_SORTS = ["from", "kind", "label"] as const;
export type MilestoneSort = (typeof MILESTONE_SORTS)[number];

/** The 改革节点 list's query string: a keyword in the name, the kind, the sort and the page. */
export const MilestoneListFilter = z.object({
  q: keyword,
  kind: z.enum(MILESTONE_KIND_KEYS).optional().catch(undefined),
  ...sortFields(MILESTONE_SORTS),
  page,
});
export type MilestoneListFilter = z.infer<typeof MilestoneListFilter>;
