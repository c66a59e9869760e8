// A scorer's input for one MANUAL task, with the Chinese message on each field.
import { z } from "zod";

import { checkbox, id, optionalText } from "../../forms/fields";
import { parseScoreCenti } from "../../scores";

/** A score at or above the top line, or below the bottom line, needs a written reason. */
export const TOP_CENTI = 9500;
export const BOTTOM_CENTI = 6000;
export const EXTREME_MESSAGE = "95 分及以上或 60 分以下的评分须填写理由";

export const ScoreTaskInput = z
  .object({
    sheetId: id("考评表"),
    indicatorId: id("考评指标"),
    score: z.string().trim().max(10).default(""),
    reason: optionalText("评分理由", 500),
    notApplicable: checkbox().default(false),
  })
  .transform((d, ctx) => {
    if (d.notApplicable) {
      if (!d.reason) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: "认定不适用须填写理由" });
        return z.NEVER;
      }
      return { ...d, centi: null };
    }
    const centi = parseScoreCenti(d.score);
    if (centi === null || centi > 10000) {
      ctx.addIssue({
        code: "custom",
        path: ["score"],
        message: "请填写 0–100 之间的分数，最多两位小数",
      });
      return z.NEVER;
    }
    if ((centi >= TOP_CENTI || centi < BOTTOM_CENTI) && !d.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: EXTREME_MESSAGE });
      return z.NEVER;
    }
    return { ...d, centi };
  });
