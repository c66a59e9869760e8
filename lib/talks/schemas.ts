import { z } from "zod";

import {
  checkbox,
  dayFilter,
  id,
  keyword,
  optionalDate,
  optionalId,
  optionalText,
  page,
  sortFields,
  text,
} from "../forms/fields";
import { AGE_LAYERS } from "../people/age";
import { CAMPAIGN_SCOPES, TALK_OCCASIONS } from "./labels";

const requiredDate = (label: string) =>
  optionalDate(label).refine((d): d is Date => d !== null, `请选择${label}`);

const idList = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().min(1).max(40, `${label}无效`)).max(500, `${label}过多`),
  );

export const RecordTalkInput = z.object({
  intervieweeId: z
    .string({ error: "请选择谈话对象" })
    .trim()
    .min(1, "请选择谈话对象")
    .max(40, "谈话对象无效"),
  interviewerId: optionalId("谈话人"),
  heldOn: requiredDate("谈话日期"),
  occasion: z.enum(TALK_OCCASIONS, { error: "请选择谈话类型" }),
  topics: optionalText("谈话主题", 100).refine(
    (v) => v === null || v.split(/[,，、\s]+/).every((w) => w.length <= 20),
    "每个主题词不超过 20 个字",
  ),
  notes: text("谈话内容", 3000),
  concerns: optionalText("反映的问题与诉求", 1000),
  needsFollowUp: checkbox(),
  campaignId: optionalId("谈话计划"),
});
export type RecordTalkInput = z.infer<typeof RecordTalkInput>;

export const OpenTalkFollowUpInput = z.object({ id: id("谈话记录") });

export const CreateCampaignInput = z
  .object({
    title: text("计划名称", 80),
    description: optionalText("说明", 500),
    startsOn: requiredDate("开始日期"),
    endsOn: requiredDate("结束日期"),
    scopeType: z.enum(CAMPAIGN_SCOPES, { error: "请选择谈话范围" }),
    departmentIds: idList("部门"),
    ageLayer: z
      .enum(AGE_LAYERS, { error: "请选择年龄层" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    userIds: idList("人员"),
    // FOCUS_GROUP: also import the people a 入额 round did not admit.
    quotaRoundId: optionalId("入额遴选"),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "结束日期不能早于开始日期" });
    if (v.scopeType === "DEPARTMENTS" && v.departmentIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["departmentIds"], message: "请至少选择一个部门" });
    if (v.scopeType === "AGE_LAYER" && !v.ageLayer)
      ctx.addIssue({ code: "custom", path: ["ageLayer"], message: "请选择年龄层" });
    if (v.scopeType === "FOCUS_GROUP" && v.userIds.length === 0 && !v.quotaRoundId)
      ctx.addIssue({
        code: "custom",
        path: ["userIds"],
        message: "请至少选择一名重点人员，或从入额遴选未入额人员导入",
      });
  });
export type CreateCampaignInput = z.infer<typeof CreateCampaignInput>;

/** Assigns an interviewer to one member, or to every member of one department. */
export const AssignInterviewerInput = z
  .object({
    campaignId: id("谈话计划"),
    interviewerId: id("谈话人"),
    userId: optionalId("人员"),
    departmentId: optionalId("部门"),
  })
  .refine((v) => v.userId || v.departmentId, {
    path: ["departmentId"],
    message: "请选择部门或人员",
  });

/** The columns the talk list sorts by (?sort=). */
export const TALK_SORTS = [
  "heldOn",
  "interviewee",
  "department",
  "interviewer",
  "occasion",
] as const;
export type TalkSort = (typeof TALK_SORTS)[number];

export const TalkListFilter = z.object({
  q: keyword,
  ...sortFields(TALK_SORTS),
  occasion: z.enum(TALK_OCCASIONS).optional().catch(undefined),
  departmentId: z.string().trim().max(40).optional().catch(undefined),
  campaignId: z.string().trim().max(40).optional().catch(undefined),
  from: dayFilter,
  to: dayFilter,
  page,
});
export type TalkListFilter = z.infer<typeof TalkListFilter>;

/** The columns the campaign list sorts by (?sort=). */
export const CAMPAIGN_SORTS = ["title", "scopeType", "startsOn", "endsOn", "members"] as const;
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number];

export const CampaignListFilter = z.object({
  q: keyword,
  ...sortFields(CAMPAIGN_SORTS),
  scopeType: z.enum(CAMPAIGN_SCOPES).optional().catch(undefined),
  page,
});
export type CampaignListFilter = z.infer<typeof CampaignListFilter>;

/** The columns a campaign's member table sorts by (?sort=). */
export const MEMBER_SORTS = ["name", "department", "position", "interviewer"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const MEMBER_STATES = ["covered", "pending"] as const;

/** A campaign's member table: a keyword in the name or department, 已谈/未谈, sorted. */
export const CampaignMemberFilter = z.object({
  q: keyword,
  ...sortFields(MEMBER_SORTS),
  state: z.enum(MEMBER_STATES).optional().catch(undefined),
  page,
});
export type CampaignMemberFilter = z.infer<typeof CampaignMemberFilter>;
