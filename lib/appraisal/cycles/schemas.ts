// Inputs of the cycle console's writes, with the Chinese message on each field.
import { z } from "zod";

import {
  id,
  intInRange,
  keyword,
  optionalDate,
  optionalId,
  page,
  sortFields,
  text,
} from "../../forms/fields";
import { CYCLE_STATES } from "../labels";
import { TemplateDef } from "../template";

export const CreateCycleInput = z
  .object({
    title: text("周期名称", 60),
    year: intInRange("考评年度", 2015, 2100),
    half: z
      .enum(["", "1", "2"], { message: "请选择考评期" })
      .transform((v) => (v === "" ? null : (Number(v) as 1 | 2))),
    templateId: optionalId("考评模板"),
    copyFromId: optionalId("复制的周期"),
  })
  .superRefine((d, ctx) => {
    if (!d.templateId === !d.copyFromId)
      ctx.addIssue({
        code: "custom",
        path: ["templateId"],
        message: "请选择一个考评模板，或选择复制往年周期",
      });
  });

/** The indicator editor posts the whole definition as JSON. */
export const SaveIndicatorsInput = z.object({
  id: id("考评周期"),
  definition: z
    .string({ message: "请填写考评指标" })
    .max(100_000, "考评指标过多")
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "考评指标格式有误" });
        return z.NEVER;
      }
    })
    .pipe(TemplateDef),
});

export const AdvanceCycleInput = z.object({
  id: id("考评周期"),
  // The state the console shows as next: a stale page cannot skip a step.
  to: z.enum(CYCLE_STATES, { message: "目标阶段无效" }),
  // Needed only by the moves that set them (打分中, 公示); the action says so.
  scoringDueOn: optionalDate("评分截止日期"),
  publicityEndsOn: optionalDate("公示截止日期"),
});

/** The columns the cycle list (/appraisal) sorts by (?sort=). */
export const CYCLE_SORTS = [
  "title",
  "year",
  "status",
  "scoringDueAt",
  "publicityEndsAt",
  "sheets",
] as const;
export type CycleSort = (typeof CYCLE_SORTS)[number];

/** The cycle list's query string: title keyword, state, sort, page. */
export const CycleListFilter = z.object({
  q: keyword,
  ...sortFields(CYCLE_SORTS),
  status: z.enum(CYCLE_STATES).optional().catch(undefined),
  page,
});
export type CycleListFilter = z.infer<typeof CycleListFilter>;
