// zod building blocks shared by forms and actions, with Chinese messages.
import { z } from "zod";

import {
  DATE_MAX,
  DATE_MIN,
  MONTH_MAX,
  MONTH_MIN,
  SHANGHAI_UTC_SUFFIX,
  shanghaiDayKey,
} from "../dates";

export const text = (label: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字符`)
    .max(max, `${label}不能超过 ${max} 个字符`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字符`)
    .optional()
    .transform((v) => (v ? v : null));

export const checkbox = () =>
  z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const optionalId = (label: string) =>
  z
    .string()
    .trim()
    .max(40, `${label}无效`)
    .optional()
    .transform((v) => (v ? v : null));

export const id = (label = "记录") =>
  z
    .string({ error: `${label}无效` })
    .trim()
    .min(1, `${label}无效`)
    .max(40, `${label}无效`);

export const intInRange = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label}须为数字` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

// ---- Dates ------------------------------------------------------------------
//
// Every date a form or a URL brings in goes through the helpers below: a real
// calendar day (2026-02-30 is refused, not rolled into March) within
// [DATE_MIN, DATE_MAX] of lib/dates.ts unless the field says otherwise, with
// the Chinese message on the field. tests/unit/date-bounds.test.ts walks every
// schema's date fields.

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A bound as a YYYY-MM-DD day, or computed at parse time (e.g. today). */
type DayBound = string | (() => string);
export type DateBounds = {
  /** Earliest day allowed, inclusive; DATE_MIN by default. */
  min?: DayBound;
  /** Latest day allowed, inclusive; DATE_MAX by default. */
  max?: DayBound;
  /** Replaces "<label>不能早于 <min>". */
  minMessage?: string;
  /** Replaces "<label>不能晚于 <max>". */
  maxMessage?: string;
  /** The time of day the Date stands for, HH:mm:ss(.sss) in Shanghai; 00:00:00 by default. */
  time?: string;
};

const boundOf = (b: DayBound) => (typeof b === "function" ? b() : b);

/**
 * The instant `time` on the Shanghai calendar day `v` (YYYY-MM-DD), or null
 * when `v` is not a real day: Date would roll 2026-02-30 into March, so the
 * day is compared back.
 */
export function shanghaiDayAt(v: string, time = "00:00:00"): Date | null {
  if (!DAY_RE.test(v)) return null;
  const d = new Date(`${v}T${time}${SHANGHAI_UTC_SUFFIX}`);
  if (Number.isNaN(d.getTime()) || shanghaiDayKey(d) !== v) return null;
  return d;
}

/** The Chinese message for a day that is malformed, unreal or out of bounds; null if it is fine. */
function dayIssue(v: string, label: string, b: DateBounds): string | null {
  if (!DAY_RE.test(v)) return `${label}格式应为 YYYY-MM-DD`;
  if (!shanghaiDayAt(v)) return `${label}不是有效日期`;
  const min = boundOf(b.min ?? DATE_MIN);
  const max = boundOf(b.max ?? DATE_MAX);
  if (v < min) return b.minMessage ?? `${label}不能早于 ${min}`;
  if (v > max) return b.maxMessage ?? `${label}不能晚于 ${max}`;
  return null;
}

function parseDay(
  v: string,
  label: string,
  b: DateBounds,
  ctx: z.RefinementCtx,
): Date | typeof z.NEVER {
  const message = dayIssue(v, label, b);
  if (message) {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  }
  return shanghaiDayAt(v, b.time)!;
}

/** An optional YYYY-MM-DD day (empty → null), bounded. */
export const optionalDate = (label: string, bounds: DateBounds = {}) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => (v ? parseDay(v, label, bounds, ctx) : null));

/** A required YYYY-MM-DD day, bounded. */
export const requiredDate = (label: string, bounds: DateBounds = {}) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .transform((v, ctx) => {
      if (!v) {
        ctx.addIssue({ code: "custom", message: `请填写${label}` });
        return z.NEVER;
      }
      return parseDay(v, label, bounds, ctx);
    });

/** "YYYY-MM-DDTHH:mm[:ss]" (a datetime-local input) in Shanghai, or null if not a real time. */
export function shanghaiDateTimeAt(v: string): Date | null {
  const m = DATE_TIME_RE.exec(v);
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null;
  return shanghaiDayAt(m[1], `${m[2]}:${m[3]}:${m[4] ?? "00"}`);
}

function parseDateTime(
  v: string,
  label: string,
  b: DateBounds,
  ctx: z.RefinementCtx,
): Date | typeof z.NEVER {
  const issue = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  const m = DATE_TIME_RE.exec(v);
  if (!m) return issue(`${label}格式有误`);
  const d = shanghaiDateTimeAt(v);
  if (!d) return issue(`${label}不是有效时间`);
  // The bounds are days: the time's own day must lie within them.
  const message = dayIssue(m[1], label, b);
  return message ? issue(message) : d;
}

/** An optional datetime-local value (empty → null) read as Asia/Shanghai, its day bounded. */
export const optionalDateTime = (label: string, bounds: DateBounds = {}) =>
  z
    .string()
    .trim()
    .max(20, `${label}格式有误`)
    .optional()
    .transform((v, ctx) => (v ? parseDateTime(v, label, bounds, ctx) : null));

/** A required datetime-local value read as Asia/Shanghai, its day bounded. */
export const requiredDateTime = (label: string, bounds: DateBounds = {}) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(20, `${label}格式有误`)
    .transform((v, ctx) => {
      if (!v) {
        ctx.addIssue({ code: "custom", message: `请填写${label}` });
        return z.NEVER;
      }
      return parseDateTime(v, label, bounds, ctx);
    });

/** A page filter's day (?from=YYYY-MM-DD): a real day within the bounds, else dropped (filters never fail). */
export const dayFilter = z
  .string()
  .trim()
  .refine((v) => dayIssue(v, "", {}) === null)
  .optional()
  .catch(undefined);

/** A page filter's month (?from=YYYY-MM): within [MONTH_MIN, MONTH_MAX], else dropped. */
export const monthFilter = z
  .string()
  .trim()
  .refine((v) => MONTH_RE.test(v) && v >= MONTH_MIN && v <= MONTH_MAX)
  .optional()
  .catch(undefined);

export const optionalEmail = z
  .string()
  .trim()
  .max(100, "邮箱不能超过 100 个字符")
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, "邮箱格式不正确");

export const page = z.coerce.number().int().min(1).max(100000).catch(1);

/** ?q= of a list: a keyword, trimmed and bounded (anything else means no search). */
export const keyword = z.string().trim().max(50).optional().catch(undefined);

/** ?sort=&dir= of a list: only its declared columns; anything else means its default order. */
export function sortFields<const K extends readonly [string, ...string[]]>(columns: K) {
  return {
    sort: z.enum(columns).optional().catch(undefined),
    dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  };
}
