import { z } from "zod";

import {
  checkbox,
  id,
  intInRange,
  keyword,
  optionalId,
  optionalText,
  page,
  requiredDateTime,
  sortFields,
  text,
} from "../../forms/fields";
import { AWARDS, ESSAY_MESSAGES } from "./labels";
import { SCORE_MAX, SCORE_MIN } from "./scoring";

export const MAX_CRITERIA = 8;
export const MAX_JUDGES = 30;
export const ENTRY_BODY_MAX = 20000;

const asArray = (v: unknown): unknown[] =>
  v === undefined || v === "" || v === null ? [] : Array.isArray(v) ? v : [v];

/** The rubric: one criterion per line in the form; callers may pass an array. */
const criteria = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z
    .array(text("评分标准", 20), { error: "请填写评分标准" })
    .min(1, "请至少填写一项评分标准")
    .max(MAX_CRITERIA, `评分标准不能超过 ${MAX_CRITERIA} 项`)
    .refine((cs) => new Set(cs).size === cs.length, "评分标准不能重复"),
);

/** The judges come from the person picker (`attendeeIds[]`) or as `judgeIds`. */
const judgeIds = z
  .array(id("评委"))
  .max(MAX_JUDGES, `评委不能超过 ${MAX_JUDGES} 人`)
  .transform((ids) => [...new Set(ids)]);

const callFields = z.object({
  title: text("征文名称", 80),
  theme: text("主题", 500),
  rules: optionalText("征文规则", 4000),
  opensAt: requiredDateTime("开始时间"),
  closesAt: requiredDateTime("截止时间"),
  criteria,
  judgeIds,
  columnId: optionalId("发布专栏"),
});

function withJudges(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  return r.judgeIds !== undefined ? r : { ...r, judgeIds: asArray(r.attendeeIds) };
}

const windowOrder = (v: { opensAt: Date; closesAt: Date }, ctx: z.RefinementCtx) => {
  if (v.closesAt <= v.opensAt)
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: ESSAY_MESSAGES.windowOrder });
};

export const CreateCallInput = z.preprocess(withJudges, callFields.superRefine(windowOrder));
export const UpdateCallInput = z.preprocess(
  withJudges,
  callFields.extend({ id: id("征文") }).superRefine(windowOrder),
);

export const CallRef = z.object({ callId: id("征文") });

/** A new entry (no entryId) or a revision of one's own (entryId). The file is optional. */
export const SubmitEntryInput = z.object({
  callId: id("征文"),
  entryId: optionalId("作品"),
  title: text("作品标题", 80),
  body: z
    .string()
    .max(ENTRY_BODY_MAX, `正文不能超过 ${ENTRY_BODY_MAX} 个字符`)
    .optional()
    .transform((v) => (v ?? "").trim()),
  file: z
    .instanceof(File)
    .optional()
    .transform((f) => (f && f.size > 0 ? f : null)),
  removeFile: checkbox().optional(),
});

/** One judge's sheet for one entry: `score:<criterionId>` fields, or `scores` as pairs. */
export const SaveScoresInput = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const r = raw as Record<string, unknown>;
    if (r.scores !== undefined) return r;
    const scores = Object.entries(r)
      .filter(([k]) => k.startsWith("score:"))
      .map(([k, v]) => ({ criterionId: k.slice(6), score: v }));
    return { ...r, scores };
  },
  z.object({
    entryId: id("作品"),
    scores: z
      .array(
        z.object({
          criterionId: id("评分标准"),
          score: intInRange("分数", SCORE_MIN, SCORE_MAX),
        }),
      )
      .min(1, "请逐项打分")
      .max(MAX_CRITERIA, "评分项过多"),
  }),
);

export const SetAwardInput = z.object({
  entryId: id("作品"),
  award: z.enum(["", ...AWARDS], { error: "奖项无效" }).transform((v) => (v === "" ? null : v)),
});

export const PublishEntryInput = z.object({
  entryId: id("作品"),
  columnId: optionalId("专栏"),
});

/** The columns the call list sorts by (?sort=). */
export const CALL_SORTS = ["title", "opensAt", "closesAt", "entries"] as const;
export type CallSort = (typeof CALL_SORTS)[number];

/** The call list's query: keyword (title, theme), phase, sort, page. Bad values mean no filter. */
export const EssayCallListFilter = z.object({
  q: keyword,
  phase: z.enum(["UPCOMING", "OPEN", "CLOSED", "PUBLISHED"]).optional().catch(undefined),
  ...sortFields(CALL_SORTS),
  page,
});
export type EssayCallListFilter = z.infer<typeof EssayCallListFilter>;

/** The columns the judging board sorts by (?sort=); 作者 only where the authors are shown. */
export const ENTRY_SORTS = ["no", "title", "author", "total", "rank"] as const;
export type EntrySort = (typeof ENTRY_SORTS)[number];

/** The judging board's query: keyword, sort, the older ?order=rank, page. */
export const EntryBoardFilter = z.object({
  q: keyword,
  ...sortFields(ENTRY_SORTS),
  order: z.enum(["number", "rank"]).optional().catch(undefined),
  page,
});
export type EntryBoardFilter = z.infer<typeof EntryBoardFilter>;
