import { z } from "zod";

import { id, keyword, monthFilter, sortFields, text } from "../forms/fields";

export const STABILITY = ["STABLE", "MOSTLY_STABLE", "FLUCTUATING"] as const;
export const STABILITY_LABELS: Record<(typeof STABILITY)[number], string> = {
  STABLE: "稳定",
  MOSTLY_STABLE: "基本稳定",
  FLUCTUATING: "有波动",
};

export const CONCERN_KINDS = [
  "MOOD",
  "PRESSURE",
  "FAMILY",
  "HEALTH",
  "POST_CHANGE",
  "REFORM",
  "OTHER",
] as const;
export const CONCERN_KIND_LABELS: Record<(typeof CONCERN_KINDS)[number], string> = {
  MOOD: "思想波动",
  PRESSURE: "工作压力",
  FAMILY: "家庭困难",
  HEALTH: "健康问题",
  POST_CHANGE: "岗位调整",
  REFORM: "改革适应",
  OTHER: "其他",
};

export const REPORT_KINDS = ["PERIODIC", "ADHOC"] as const;
export const REPORT_STATUS_LABELS: Record<string, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待审阅",
  RETURNED: "已退回",
  REVIEWED: "已审阅",
};
export const MOOD_LABELS = ["", "低落", "偏低", "一般", "良好", "高涨"] as const;
export const REPORT_KIND_LABELS: Record<(typeof REPORT_KINDS)[number], string> = {
  PERIODIC: "定期报告",
  ADHOC: "即时报告",
};

/** A report's name in lists and exports: its period, or 即时报告：<title>. */
export function reportHeading(r: {
  kind: string;
  title: string | null;
  period: { label: string } | null;
}): string {
  return r.kind === "ADHOC" ? `即时报告：${r.title ?? ""}` : (r.period?.label ?? "");
}

export const ConcernInput = z.object({
  personId: id("关注人员"),
  kind: z.enum(CONCERN_KINDS, { error: "请选择关注类型" }),
  description: text("情况描述", 1000),
  suggestion: text("建议措施", 500),
});

// The form sends concerns as one JSON field; actions called directly may send an array.
const concernsField = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v ?? [];
    try {
      return JSON.parse(v);
    } catch {
      return null;
    }
  },
  z.array(ConcernInput, { error: "关注人员数据格式有误" }).max(20, "一份报告最多 20 名关注人员"),
);

const topicIds = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(id("热点话题")).max(12, "热点话题最多选 12 个"),
);

const reportFields = {
  mood: z.coerce
    .number({ error: "请选择整体情绪" })
    .int("整体情绪须为 1–5")
    .min(1, "整体情绪须为 1–5")
    .max(5, "整体情绪须为 1–5"),
  stability: z.enum(STABILITY, { error: "请选择稳定性判断" }),
  topicIds,
  summary: text("情况综述", 3000),
  concerns: concernsField,
};

export const CreateReportInput = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: "报告类型无效" }),
    periodKey: z.string().trim().max(10, "报告周期无效").optional(),
    title: z.string().trim().max(60, "标题不能超过 60 个字符").optional(),
    ...reportFields,
  })
  .superRefine((v, ctx) => {
    if (v.kind === "PERIODIC" && !v.periodKey)
      ctx.addIssue({ code: "custom", path: ["periodKey"], message: "请选择报告周期" });
    if (v.kind === "ADHOC" && !v.title)
      ctx.addIssue({ code: "custom", path: ["title"], message: "即时报告请填写标题" });
  });

export const UpdateReportInput = z.object({
  id: id("报告"),
  title: z.string().trim().max(60, "标题不能超过 60 个字符").optional(),
  ...reportFields,
});
export const ReportIdInput = z.object({ id: id("报告") });
export const ReturnReportInput = z.object({ id: id("报告"), comment: text("退回意见", 500) });

export const ScheduleInput = z.object({
  frequency: z.enum(["MONTHLY", "QUARTERLY"], { error: "报告频次无效" }),
  dueDay: z.coerce
    .number({ error: "截止日须为数字" })
    .int()
    .min(1, "截止日须在 1–28 之间")
    .max(28, "截止日须在 1–28 之间"),
});
export const TopicInput = z.object({ name: text("话题名称", 20) });
export const TopicToggleInput = z.object({
  id: id("热点话题"),
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});

/** The report list's sortable columns (?sort=); anything else means the default, newest first. */
export const REPORT_SORTS = [
  "period",
  "department",
  "mood",
  "stability",
  "status",
  "submittedAt",
  "author",
] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

export const ReportListFilter = z.object({
  // Title, summary, period, department or liaison; never the staff-of-concern detail.
  q: keyword,
  ...sortFields(REPORT_SORTS),
  departmentId: z.string().trim().max(40).optional().catch(undefined),
  status: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "REVIEWED"]).optional().catch(undefined),
  kind: z.enum(REPORT_KINDS).optional().catch(undefined),
  topicId: z.string().trim().max(40).optional().catch(undefined),
  // Months as "YYYY-MM" (the dashboard's hot-topic windows link here); a
  // range with only one end, or with from after to, is ignored.
  from: monthFilter,
  to: monthFilter,
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type ReportListFilter = z.infer<typeof ReportListFilter>;

export const UrgeReportInput = z.object({
  departmentId: id("部门"),
  periodKey: z.string().trim().min(1, "请选择报告周期").max(10, "报告周期无效"),
});
