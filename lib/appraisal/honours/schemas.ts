// Inputs of 评先评优, with the Chinese message on each field.
import { z } from "zod";

import { id, intInRange, keyword, sortFields, text } from "../../forms/fields";
import { GRADES } from "../labels";

export const HONOUR_LEVELS = ["COURT", "CITY", "PROVINCE", "NATIONAL"] as const;
export const STAGES = ["DEPARTMENT", "OFFICE", "PARTY_GROUP", "APPROVED", "RETURNED"] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  DEPARTMENT: "部门推荐",
  OFFICE: "政治处审核",
  PARTY_GROUP: "党组审定",
  APPROVED: "已批准",
  RETURNED: "已退回",
};
/** The stage a pass moves a nomination to. */
export const NEXT_STAGE: Partial<Record<Stage, Stage>> = {
  DEPARTMENT: "OFFICE",
  OFFICE: "PARTY_GROUP",
  PARTY_GROUP: "APPROVED",
};

export const OpenBatchInput = z.object({
  cycleId: id("考评周期"),
  title: text("批次名称", 60),
  honourTitle: text("荣誉称号", 30),
  level: z.enum(HONOUR_LEVELS, { message: "请选择荣誉级别" }),
  quota: intInRange("名额", 1, 500),
  eligibleGrades: z
    .array(z.enum(GRADES), { message: "请选择可推荐的考评等次" })
    .min(1, "请至少选择一个可推荐的考评等次"),
});

const link = z.object({
  label: text("材料名称", 60),
  href: z
    .string({ error: "请填写材料链接" })
    .trim()
    .max(300, "材料链接不能超过 300 个字符")
    .regex(/^\/[^/\\]/, "事迹材料链接须为本系统内的页面"),
});

/** The nomination form posts its link rows as JSON; a direct call passes the array. */
const evidenceLinks = z.preprocess(
  (v) => {
    if (typeof v !== "string" || v.length > 30_000) return v;
    if (v.trim() === "") return [];
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  },
  z.array(link, { error: "事迹材料链接格式有误" }).max(20, "事迹材料链接不超过 20 个"),
);

export const NominateInput = z.object({
  batchId: id("评先评优批次"),
  nomineeId: id("被推荐人"),
  deeds: text("主要事迹", 3000, 20),
  evidence: evidenceLinks.default([]),
});

export const ReviewInput = z.object({
  nominationId: id("推荐"),
  decision: z.enum(["PASS", "RETURN"], { message: "请选择审核意见" }),
  opinion: z.string().trim().max(1000, "意见不能超过 1000 个字符").default(""),
});

/** The columns a cycle's batch list (/appraisal/[id]/honours) sorts by (?sort=). */
export const HONOUR_BATCH_SORTS = ["createdAt", "title", "honourTitle", "level", "status"] as const;
export type HonourBatchSort = (typeof HONOUR_BATCH_SORTS)[number];

/** The batch list's query string: a keyword in the batch or honour title, the state, the sort. */
export const HonourBatchFilter = z.object({
  q: keyword,
  status: z.enum(["OPEN", "CLOSED"]).optional().catch(undefined),
  ...sortFields(HONOUR_BATCH_SORTS),
});
export type HonourBatchFilter = z.infer<typeof HonourBatchFilter>;
