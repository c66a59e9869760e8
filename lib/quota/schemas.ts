import { z } from "zod";

import {
  id,
  intInRange,
  keyword,
  optionalText,
  page,
  requiredDate,
  sortFields,
  text,
} from "../forms/fields";
import { weightsValid } from "../scores";
import { QUOTA_MESSAGES } from "./labels";

export const MAX_COMPONENTS = 8;

const Component = z.object({
  name: text("考核项目名称", 20),
  weight: intInRange("权重", 1, 100),
  maxScore: intInRange("满分", 1, 1000),
});

const asArray = (v: unknown): unknown[] =>
  v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v];

/** The form posts parallel arrays (componentName[], componentWeight[], componentMaxScore[]); callers may pass `components`. */
function zipComponents(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const r = raw as Record<string, unknown>;
  if (r.components !== undefined) return r;
  const names = asArray(r.componentName);
  const weights = asArray(r.componentWeight);
  const maxes = asArray(r.componentMaxScore);
  return {
    ...r,
    components: names.map((name, i) => ({ name, weight: weights[i], maxScore: maxes[i] })),
  };
}

const roundFields = {
  title: text("遴选名称", 80),
  description: optionalText("说明", 1000),
  places: intInRange("员额名额", 1, 500),
  registrationOpensAt: requiredDate("报名开始日期"),
  registrationClosesAt: requiredDate("报名截止日期"),
  // Checked on the array itself, so the weights error shows alongside the other fields' errors.
  components: z
    .array(Component, { error: "请设置考核项目" })
    .min(1, "请至少设置一项考核项目")
    .max(MAX_COMPONENTS, `考核项目不能超过 ${MAX_COMPONENTS} 项`)
    .superRefine((cs, ctx) => {
      if (!weightsValid(cs.map((c) => c.weight)))
        ctx.addIssue({ code: "custom", message: QUOTA_MESSAGES.weightsSum });
      const seen = new Set<string>();
      cs.forEach((c, i) => {
        if (seen.has(c.name))
          ctx.addIssue({ code: "custom", path: [i, "name"], message: "考核项目名称不能重复" });
        seen.add(c.name);
      });
    }),
};

function checkRound(
  v: { registrationOpensAt: Date; registrationClosesAt: Date },
  ctx: z.RefinementCtx,
) {
  if (v.registrationClosesAt < v.registrationOpensAt)
    ctx.addIssue({
      code: "custom",
      path: ["registrationClosesAt"],
      message: "报名截止日期不能早于开始日期",
    });
}

export const CreateRoundInput = z.preprocess(
  zipComponents,
  z.object(roundFields).superRefine(checkRound),
);
export type CreateRoundInput = z.infer<typeof CreateRoundInput>;

export const UpdateRoundInput = z.preprocess(
  zipComponents,
  z.object({ id: id("遴选"), ...roundFields }).superRefine(checkRound),
);

export const RoundRef = z.object({ roundId: id("遴选") });

/**
 * One save of the score grid. The form posts one field per cell, named
 * "score:<registrationId>:<componentId>"; callers may pass `entries`. An empty
 * cell clears the score.
 */
export const SaveScoresInput = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const r = raw as Record<string, unknown>;
    if (r.entries !== undefined) return r;
    const entries = Object.entries(r)
      .filter(([k]) => k.startsWith("score:"))
      .map(([k, value]) => {
        const [, registrationId, componentId] = k.split(":");
        return { registrationId, componentId, value };
      });
    return { roundId: r.roundId, entries };
  },
  z.object({
    roundId: id("遴选"),
    entries: z
      .array(
        z.object({
          registrationId: id("报名"),
          componentId: id("考核项目"),
          value: z.string({ error: "成绩格式有误" }).max(12, "成绩格式有误"),
        }),
      )
      .min(1, "没有要保存的成绩")
      .max(2000, "一次保存的成绩过多"),
  }),
);
export type SaveScoresInput = z.infer<typeof SaveScoresInput>;

export const PublishInput = z
  .object({
    roundId: id("遴选"),
    count: intInRange("公示人数", 1, 500),
    startsOn: requiredDate("公示开始日期"),
    endsOn: requiredDate("公示结束日期"),
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "公示结束日期不能早于开始日期",
  });

export const QuotaPage = z.object({ page });

/** The columns the round list sorts by (?sort=). */
export const QUOTA_ROUND_SORTS = ["registrationOpensAt", "title", "places", "registrants"] as const;
export type QuotaRoundSort = (typeof QUOTA_ROUND_SORTS)[number];

/** The round list's filter: a keyword in the title, only the viewer's own registrations (?mine=1). */
export const QuotaRoundFilter = z.object({
  q: keyword,
  ...sortFields(QUOTA_ROUND_SORTS),
  mine: z.literal("1").optional().catch(undefined),
  page,
});
export type QuotaRoundFilter = z.infer<typeof QuotaRoundFilter>;

/** The columns a round's registrant list sorts by (?sort=). */
export const REGISTRANT_SORTS = [
  "rank",
  "name",
  "department",
  "registeredAt",
  "scores",
  "total",
  "outcome",
] as const;
export type RegistrantSort = (typeof REGISTRANT_SORTS)[number];

/** A round's registrant list (政治处): a keyword in the name or department, sorted through the URL. */
export const RegistrantFilter = z.object({ q: keyword, ...sortFields(REGISTRANT_SORTS), page });
export type RegistrantFilter = z.infer<typeof RegistrantFilter>;

/** The published lists of a round: the current 公示 and the admitted. */
export const PUBLICITY_VIEWS = ["PUBLICITY", "ADMITTED"] as const;
export type PublicityView = (typeof PUBLICITY_VIEWS)[number];

/** The columns a round's 公示 list sorts by (?sort=). */
export const PUBLICITY_SORTS = ["rank", "name", "department", "total"] as const;
export type PublicitySort = (typeof PUBLICITY_SORTS)[number];

/** The 公示 list's query string: which list, a keyword in the name or department, sort, page. */
export const PublicityFilter = z.object({
  view: z.enum(PUBLICITY_VIEWS).optional().catch(undefined),
  q: keyword,
  ...sortFields(PUBLICITY_SORTS),
  page,
});
export type PublicityFilter = z.infer<typeof PublicityFilter>;
