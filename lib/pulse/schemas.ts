import { z } from "zod";

import {
  checkbox,
  id,
  keyword,
  optionalText,
  page,
  requiredDate,
  sortFields,
  text,
} from "../forms/fields";
import { COMMENT_MAX, MAX_QUESTIONS, MIN_QUESTIONS, PULSE_MESSAGES, QUESTION_MAX } from "./labels";

const toArray = (v: unknown) =>
  v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v];

/** Question texts; blank rows of the form are dropped before counting. */
const questions = z.preprocess(
  toArray,
  z
    .array(
      z
        .string({ error: "题目无效" })
        .trim()
        .max(QUESTION_MAX, `每道题目不超过 ${QUESTION_MAX} 个字`),
      { error: "题目无效" },
    )
    .max(MAX_QUESTIONS * 2, PULSE_MESSAGES.questionCount)
    .transform((qs) => qs.filter((q) => q.length > 0))
    .refine(
      (qs) => qs.length >= MIN_QUESTIONS && qs.length <= MAX_QUESTIONS,
      PULSE_MESSAGES.questionCount,
    )
    .refine((qs) => new Set(qs).size === qs.length, PULSE_MESSAGES.questionDuplicate),
);

export const CreatePulseRoundInput = z
  .object({
    title: text("测评名称", 60),
    description: optionalText("说明", 500),
    opensOn: requiredDate("开始日期"),
    closesOn: requiredDate("结束日期"),
    allowComment: checkbox(),
    questions,
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: "custom",
        path: ["closesOn"],
        message: PULSE_MESSAGES.closesBeforeOpens,
      });
  });
export type CreatePulseRoundInput = z.infer<typeof CreatePulseRoundInput>;

/** Question positions run 1…MAX_QUESTIONS; the form names each radio group q<position>. */
export const POSITIONS = Array.from({ length: MAX_QUESTIONS }, (_, i) => i + 1);

const score = (p: number) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: PULSE_MESSAGES.scoreInvalid(p) })
      .int(PULSE_MESSAGES.scoreInvalid(p))
      .min(1, PULSE_MESSAGES.scoreInvalid(p))
      .max(5, PULSE_MESSAGES.scoreInvalid(p))
      .optional(),
  );

const scoreShape = Object.fromEntries(POSITIONS.map((p) => [`q${p}`, score(p)])) as Record<
  `q${number}`,
  ReturnType<typeof score>
>;

export const AnswerPulseInput = z
  .object({ roundId: id("测评"), comment: optionalText("意见建议", COMMENT_MAX), ...scoreShape })
  .transform((v) => {
    const scores = new Map<number, number>();
    for (const p of POSITIONS) {
      const s = (v as Record<string, unknown>)[`q${p}`];
      if (typeof s === "number") scores.set(p, s);
    }
    return { roundId: v.roundId, comment: v.comment, scores };
  });
export type AnswerPulseInput = z.infer<typeof AnswerPulseInput>;

export const CloseRoundInput = z.object({ id: id("测评") });

export const RoundListFilter = z.object({ page });

/** The columns the round list sorts by (?sort=); responses only for those who see rates. */
export const ROUND_SORTS = ["title", "opensAt", "closesAt", "responses"] as const;
export type RoundSort = (typeof ROUND_SORTS)[number];
export const ROUND_STATUSES = ["UPCOMING", "OPEN", "CLOSED"] as const;

/** ?q=&sort=&dir=&status=&page= of /pulse's round list and its export. */
export const PulseRoundListFilter = z.object({
  q: keyword,
  ...sortFields(ROUND_SORTS),
  status: z.enum(ROUND_STATUSES).optional().catch(undefined),
  page,
});
export type PulseRoundListFilter = z.infer<typeof PulseRoundListFilter>;
