// The points-table form: one decimal field per rule, each checked against its
// allowed range (RULE_SPECS) with a Chinese message, and turned into tenths.
import { z } from "zod";

import { RULE_SPECS, type RuleKey } from "./rules";

function ruleValue(key: RuleKey) {
  const spec = RULE_SPECS[key];
  return z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z
      .string({ error: `请填写“${spec.label}”的分值` })
      .trim()
      .max(10, "分值格式有误")
      .transform((v, ctx) => {
        const issue = (message: string) => {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        };
        if (!v) return issue(`请填写“${spec.label}”的分值`);
        if (!/^[-+]?\d+(\.\d+)?$/.test(v)) return issue("分值须为数字，如 1.5");
        if (!/^[-+]?\d+(\.\d)?$/.test(v)) return issue("分值最多保留一位小数");
        const tenths = Math.round(Number(v) * 10);
        if (tenths < spec.min || tenths > spec.max)
          return issue(`分值须在 ${spec.min / 10} 至 ${spec.max / 10} 之间`);
        return tenths;
      }),
  );
}

export const UpdateRulesInput = z.object({
  ATTEND_PRESENT_CORE: ruleValue("ATTEND_PRESENT_CORE"),
  ATTEND_PRESENT_OTHER: ruleValue("ATTEND_PRESENT_OTHER"),
  ATTEND_LEAVE: ruleValue("ATTEND_LEAVE"),
  ATTEND_ABSENT: ruleValue("ATTEND_ABSENT"),
  LOG_HOUR: ruleValue("LOG_HOUR"),
  REFLECTION_BONUS: ruleValue("REFLECTION_BONUS"),
} satisfies Record<RuleKey, z.ZodType>);
