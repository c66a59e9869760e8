// Inputs of 校准 and 异议, with the Chinese message on each field.
import { z } from "zod";

import { id, keyword, page, sortFields, text } from "../../forms/fields";
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

export const OBJECTION_STATUSES = ["PENDING", "UPHELD", "ADJUSTED"] as const;
export const OBJECTION_STATUS_LABELS: Record<(typeof OBJECTION_STATUSES)[number], string> = {
  PENDING: "待答复",
  UPHELD: "维持原结果",
  ADJUSTED: "已调整",
};

/** The columns the 异议 list sorts by (?sort=); answeredAt puts the open ones first. */
export const OBJECTION_SORTS = ["filedAt", "answeredAt", "subjectName", "departmentName"] as const;
export type ObjectionSort = (typeof OBJECTION_SORTS)[number];

/** The 异议 list's query string: the keyword (name, department), the state, the order. */
export const ObjectionListFilter = z.object({
  page,
  q: keyword,
  status: z.enum(OBJECTION_STATUSES).optional().catch(undefined),
  ...sortFields(OBJECTION_SORTS),
});
export type ObjectionListFilter = z.infer<typeof ObjectionListFilter>;
