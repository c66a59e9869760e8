// A template (考评模板): three categories whose weights total 100 %, each with
// indicators whose weights total 100 % inside it. Cycles are set up from a
// template, or copied from last year's cycle, and sheets are generated from
// it in bulk. Validated here, once, with the Chinese message next to the field.
import { z } from "zod";

import { weightsValid } from "../scores";
import { CATEGORIES, CATEGORY_LABELS, INDICATOR_TYPES, TARGETS } from "./labels";
import { AUTO_RULE_KEYS, AUTO_RULES, ruleTargets, type AutoRuleKey } from "./rules";

/** Who scores a MANUAL indicator. */
export const SCORER_KINDS = ["DEPT_HEAD", "SUPERVISOR", "POLITICAL_OFFICE", "PEER"] as const;
export const SCORER_LABELS: Record<(typeof SCORER_KINDS)[number], string> = {
  DEPT_HEAD: "部门负责人评分（本部门干警）",
  SUPERVISOR: "分管院领导评分（部门及部门负责人）",
  POLITICAL_OFFICE: "政治处评分",
  PEER: "民主测评（本部门同事互评，≥5 人匿名汇总）",
};

const weight = z
  .number({ message: "请填写权重" })
  .int("权重须为整数百分比")
  .min(1, "权重至少为 1%")
  .max(100, "权重不能超过 100%");

export const IndicatorDef = z
  .object({
    name: z.string().trim().min(1, "请填写指标名称").max(60, "指标名称不超过 60 字"),
    description: z.string().trim().max(500, "说明不超过 500 字").default(""),
    weight,
    target: z.enum(TARGETS, { message: "请选择考评对象" }),
    type: z.enum(INDICATOR_TYPES, { message: "请选择指标类型" }),
    rule: z.enum(AUTO_RULE_KEYS).nullable().default(null),
    scorer: z.enum(SCORER_KINDS).nullable().default(null),
  })
  .superRefine((d, ctx) => {
    if (d.type === "AUTO" && !d.rule)
      ctx.addIssue({ code: "custom", path: ["rule"], message: "自动指标须选择计算规则" });
    if (d.type === "MANUAL" && !d.scorer)
      ctx.addIssue({ code: "custom", path: ["scorer"], message: "人工指标须指定评分人" });
    if (d.type === "AUTO" && d.rule && !ruleTargets(d.rule).includes(d.target))
      ctx.addIssue({ code: "custom", path: ["target"], message: "该计算规则不适用于所选考评对象" });
  });
export type IndicatorDef = z.infer<typeof IndicatorDef>;

const percentSum = (ws: readonly number[]) => ws.reduce((s, w) => s + w, 0);

export const TemplateDef = z
  .object({
    categories: z
      .array(
        z.object({
          category: z.enum(CATEGORIES),
          weight,
          indicators: z.array(IndicatorDef).min(1, "每个类别至少要有一个指标").max(30),
        }),
      )
      .length(3, "须包含共同目标、职责目标、综合性评价三个类别"),
  })
  .superRefine((d, ctx) => {
    const kinds = new Set(d.categories.map((c) => c.category));
    if (kinds.size !== 3)
      ctx.addIssue({ code: "custom", path: ["categories"], message: "三个类别各出现一次" });
    const cw = d.categories.map((c) => c.weight);
    if (!weightsValid(cw))
      ctx.addIssue({
        code: "custom",
        path: ["categories"],
        message: `类别权重合计须为 100%，当前为 ${percentSum(cw)}%`,
      });
    d.categories.forEach((c, i) => {
      const iw = c.indicators.map((x) => x.weight);
      if (!weightsValid(iw))
        ctx.addIssue({
          code: "custom",
          path: ["categories", i, "indicators"],
          message: `“${CATEGORY_LABELS[c.category]}”内指标权重合计须为 100%，当前为 ${percentSum(iw)}%`,
        });
    });
  });
export type TemplateDef = z.infer<typeof TemplateDef>;

/** Who or what scores an indicator, in words: the AUTO rule's name or the named scorer. */
export function scoredBy(i: { type: string; rule: string | null; scorer: string | null }): string {
  if (i.type === "AUTO") return AUTO_RULES[i.rule as AutoRuleKey]?.label ?? i.rule ?? "—";
  return SCORER_LABELS[i.scorer as keyof typeof SCORER_LABELS] ?? i.scorer ?? "—";
}
