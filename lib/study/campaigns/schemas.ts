// zod schemas for 专题学习教育 (study campaigns).
import { z } from "zod";

import { keyword, optionalText, page, requiredDate, sortFields, text } from "../../forms/fields";
import { ACTIVITY_SORTS } from "../activities/schemas";
import { ACTIVITY_TYPES } from "../types";

export const CreateCampaignInput = z
  .object({
    title: text("专题名称", 80),
    description: optionalText("专题说明", 500),
    startsOn: requiredDate("开始日期"),
    endsOn: requiredDate("结束日期"),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ["endsOn"], message: "结束日期不能早于开始日期" });
export type CreateCampaignInput = z.infer<typeof CreateCampaignInput>;

/** The columns the campaign list sorts by (?sort=). */
export const STUDY_CAMPAIGN_SORTS = [
  "title",
  "createdBy",
  "startsOn",
  "endsOn",
  "activities",
] as const;
export type StudyCampaignSort = (typeof STUDY_CAMPAIGN_SORTS)[number];

/** ?q=&sort=&dir=&page= of /study/campaigns and its export. */
export const StudyCampaignListFilter = z.object({
  q: keyword,
  ...sortFields(STUDY_CAMPAIGN_SORTS),
  page,
});
export type StudyCampaignListFilter = z.infer<typeof StudyCampaignListFilter>;

/** ?q=&type=&sort=&dir=&page= of one campaign's activities (/study/campaigns/[id]) and its export. */
export const CampaignActivityFilter = z.object({
  q: keyword,
  ...sortFields(ACTIVITY_SORTS),
  type: z.enum(ACTIVITY_TYPES).optional().catch(undefined),
  page,
});
export type CampaignActivityFilter = z.infer<typeof CampaignActivityFilter>;
