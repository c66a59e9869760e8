// zod building blocks shared by forms and actions, with Chinese messages.
import { z } from "zod";

export const text = (label: string, max: number, min = 1) =>
  z.string({ error: `请填写${label}` }).trim().min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字符`).max(max, `${label}不能超过 ${max} 个字符`);

export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字符`).optional().transform((v) => (v ? v : null));

export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const optionalId = (label: string) =>
  z.string().trim().max(40, `${label}无效`).optional().transform((v) => (v ? v : null));

export const id = (label = "记录") => z.string({ error: `${label}无效` }).trim().min(1, `${label}无效`).max(40, `${label}无效`);

export const intInRange = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label}须为数字` }).int(`${label}须为整数`).min(min, `${label}不能小于 ${min}`).max(max, `${label}不能大于 ${max}`);

/** A YYYY-MM-DD Shanghai calendar day as its 00:00, or an issue on ctx. */
function parseShanghaiDay(v: string, label: string, ctx: z.RefinementCtx): Date | typeof z.NEVER {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    ctx.addIssue({ code: "custom", message: `${label}格式应为 YYYY-MM-DD` });
    return z.NEVER;
  }
  const d = new Date(`${v}T00:00:00+08:00`);
  // Round-trip through the Shanghai calendar day: 2024-02-30 comes back as 03-01.
  if (Number.isNaN(d.getTime()) || new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10) !== v) {
    ctx.addIssue({ code: "custom", message: `${label}不是有效日期` });
    return z.NEVER;
  }
  return d;
}

export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => (v ? parseShanghaiDay(v, label, ctx) : null));

export const requiredDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .transform((v, ctx) => {
      if (!v) {
        ctx.addIssue({ code: "custom", message: `请填写${label}` });
        return z.NEVER;
      }
      return parseShanghaiDay(v, label, ctx);
    });

export const optionalEmail = z
  .string()
  .trim()
  .max(100, "邮箱不能超过 100 个字符")
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, "邮箱格式不正确");

export const page = z.coerce.number().int().min(1).max(100000).catch(1);
