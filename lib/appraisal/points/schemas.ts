// The 履职表现加减分表 form (issue 14): one value per key of the table, in
// points with at most two decimals, within ±20.00, and of the key's sign
// (加分项 ≥ 0, 减分项 ≤ 0); with each value the form showed when it was
// opened (`basis`, in hundredths), so a save never overwrites a change made
// by someone else in the meantime. Fields arrive flat from the form
// ("points.KEY", "basis.KEY") or nested from a caller; a key the table does
// not have is refused with the whole input.
import { z } from "zod";

import { CONDUCT_POINT_KEYS, CONDUCT_POINTS_LIMIT, conductPointsSign } from "../conduct-points";

export const POINTS_MESSAGES = {
  required: "请填写分值",
  format: "分值须为数字，如 2 或 -1.5",
  decimals: "分值最多保留两位小数",
  range: "分值须在 -20.00 至 +20.00 之间",
  plus: "加分项（表彰奖励、创新履职）的分值不能为负数",
  minus: "减分项（规范司法问题、纪律处分）的分值须为 0 或负数",
  basis: "页面数据有误，请刷新页面后重新填写",
  unknownKey: "不存在的加减分项",
} as const;

/** "2", "+2.5", "-1.25", "−3" → hundredths; null when it is not such a number. */
export function parsePointsCenti(text: string): number | null {
  const v = text
    .trim()
    .replace(/^[−－]/, "-")
    .replace(/^＋/, "+");
  const m = /^([+-]?)(\d{1,4})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) return null;
  const abs = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] === "-" ? -abs : abs;
}

/** 250 → "+2.50", -500 → "-5.00", 0 → "0.00". */
export function formatPoints(centi: number): string {
  const s = (Math.abs(centi) / 100).toFixed(2);
  return centi > 0 ? `+${s}` : centi < 0 ? `-${s}` : s;
}

function pointValue(key: string) {
  return z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z
      .string({ error: POINTS_MESSAGES.required })
      .trim()
      .max(12, POINTS_MESSAGES.format)
      .transform((v, ctx) => {
        const issue = (message: string) => {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        };
        if (!v) return issue(POINTS_MESSAGES.required);
        const centi = parsePointsCenti(v);
        if (centi === null)
          return issue(
            /^[-+−－＋]?\d+\.\d{3,}$/.test(v) ? POINTS_MESSAGES.decimals : POINTS_MESSAGES.format,
          );
        if (Math.abs(centi) > CONDUCT_POINTS_LIMIT) return issue(POINTS_MESSAGES.range);
        if (conductPointsSign(key) > 0 && centi < 0) return issue(POINTS_MESSAGES.plus);
        if (conductPointsSign(key) < 0 && centi > 0) return issue(POINTS_MESSAGES.minus);
        return centi;
      }),
  );
}

const basisValue = z.coerce
  .number({ error: POINTS_MESSAGES.basis })
  .int(POINTS_MESSAGES.basis)
  .min(-CONDUCT_POINTS_LIMIT * 100, POINTS_MESSAGES.basis)
  .max(CONDUCT_POINTS_LIMIT * 100, POINTS_MESSAGES.basis);

const pointsShape = Object.fromEntries(
  CONDUCT_POINT_KEYS.map((k) => [k, pointValue(k).optional()]),
);
const basisShape = Object.fromEntries(CONDUCT_POINT_KEYS.map((k) => [k, basisValue.optional()]));

/** Own property, never through the prototype (a field may be named __proto__). */
function put(o: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** { "points.A": "2", "basis.A": "100" } → { points: { A: "2" }, basis: { A: "100" } }. */
function nest(raw: unknown): unknown {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const src = raw as Record<string, unknown>;
  const out: Record<string, Record<string, unknown>> = { points: {}, basis: {} };
  for (const part of ["points", "basis"] as const) {
    const given = src[part];
    if (given && typeof given === "object" && !Array.isArray(given))
      for (const k of Object.keys(given)) put(out[part], k, (given as Record<string, unknown>)[k]);
  }
  for (const k of Object.keys(src)) {
    const m = /^(points|basis)\.(.+)$/.exec(k);
    if (m) put(out[m[1]], m[2], src[k]);
  }
  return out;
}

export const SavePointsInput = z.preprocess(
  nest,
  z.object({
    points: z.strictObject(pointsShape, {
      error: (iss) =>
        iss.code === "unrecognized_keys"
          ? `${POINTS_MESSAGES.unknownKey}：${iss.keys.map((k) => k.slice(0, 40)).join("、")}`
          : undefined,
    }),
    basis: z.object(basisShape),
  }),
);
export type SavePoints = z.infer<typeof SavePointsInput>;

export const ResetPointInput = z.object({
  key: z.enum(CONDUCT_POINT_KEYS as [string, ...string[]], {
    error: POINTS_MESSAGES.unknownKey,
  }),
});
