// Inputs of 校准 and 异议, with the Chinese message on each field.
import { z } from "zod";

import { id, text } from "../../forms/fields";
import { parseScoreCenti } from "../../scores";
import { GRADES } from "../labels";

/** A required text with a minimum length: empty says 请填写, short says 至少 N 个字符. */
const written = (label: string, max: number, min: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .pipe(text(label, max, min));

const total = z
  .string({ message: "请填写调整后的总分" })
  .trim()
  .transform((v, ctx) => {
    const c = parseScoreCenti(v);
    if (c === null || c > 10000) {
      ctx.addIssue({ code: "custom", message: "请填写 0–100 之间的总分，最多两位小数" });
      return z.NEVER;
    }
    return c;
  });

export const CalibrateInput = z.object({
  sheetId: id("考评表"),
  total,
  reason: written("调整理由", 500, 4),
});

export const FileObjectionInput = z.object({
  sheetId: id("考评表"),
  body: written("异议内容", 2000, 10),
});

export const AnswerObjectionInput = z
  .object({
    objectionId: id("异议"),
    decision: z.enum(["UPHELD", "ADJUSTED"], { message: "请选择处理结果" }),
    answer: written("答复意见", 2000, 4),
    total: z.string().trim().max(10).default(""),
    grade: z.enum(["", ...GRADES]).default(""),
  })
  .transform((d, ctx) => {
    if (d.decision === "UPHELD") return { ...d, totalCenti: null, grade: null };
    const c = parseScoreCenti(d.total);
    if (c === null || c > 10000) {
      ctx.addIssue({ code: "custom", path: ["total"], message: "调整时请填写 0–100 之间的总分" });
      return z.NEVER;
    }
    return { ...d, totalCenti: c, grade: d.grade || null };
  });
