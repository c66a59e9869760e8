// zod schemas for the analysis report's writes (issue 16). The range is a
// quarter ("2026-Q4") or two days; reversed or longer than a year is refused
// with a Chinese message on the field.
import { z } from "zod";

import { shanghaiDayKey } from "../dates";
import { id, optionalDate, optionalText, sortFields } from "../forms/fields";
import { SECTION_KEYS } from "./content";
import { longerThanAYear } from "./period";

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
/** The longest narrative of one section, in characters. */
export const NARRATIVE_MAX = 20000;
export const NUMBER_MAX = 40;
/** Refusing any write to an issued version. */
export const ISSUED_MESSAGE = "该版本已签发，不能修改；如需修改请新建版本";

export const DraftReportInput = z
  .object({
    mode: z.enum(["quarter", "range"], { error: "请选择统计区间类型" }),
    quarter: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || (QUARTER_RE.test(v) && v >= "2000-Q1" && v <= "2100-Q4"), "季度无效"),
    from: optionalDate("开始日期"),
    to: optionalDate("结束日期"),
    number: optionalText("文号", NUMBER_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "quarter") {
      if (!v.quarter) ctx.addIssue({ code: "custom", path: ["quarter"], message: "请选择季度" });
      return;
    }
    if (!v.from) ctx.addIssue({ code: "custom", path: ["from"], message: "请填写开始日期" });
    if (!v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "请填写结束日期" });
    if (!v.from || !v.to) return;
    if (v.to < v.from)
      ctx.addIssue({ code: "custom", path: ["to"], message: "结束日期不能早于开始日期" });
    else if (longerThanAYear(shanghaiDayKey(v.from), shanghaiDayKey(v.to)))
      ctx.addIssue({ code: "custom", path: ["to"], message: "统计区间不能超过一年" });
  })
  .transform((v) => ({
    number: v.number,
    ...(v.mode === "quarter"
      ? {
          quarter: {
            year: Number(QUARTER_RE.exec(v.quarter!)![1]),
            quarter: Number(QUARTER_RE.exec(v.quarter!)![2]) as 1 | 2 | 3 | 4,
          },
        }
      : { range: { from: shanghaiDayKey(v.from!), to: shanghaiDayKey(v.to!) } }),
  }));
export type DraftReportInput = z.output<typeof DraftReportInput>;

export const VersionIdInput = z.object({ versionId: id("报告版本") });
export const ReportIdInput = z.object({ reportId: id("分析报告") });

/** One section's narrative (Markdown), and the 文号 with it when given. */
export const EditNarrativeInput = z.object({
  versionId: id("报告版本"),
  section: z.enum(SECTION_KEYS, { error: "章节无效" }),
  narrative: z
    .string()
    .max(NARRATIVE_MAX, `内容不能超过 ${NARRATIVE_MAX} 个字符`)
    .transform((v) => v.replace(/\r\n/g, "\n").trim()),
});

export const EditNumberInput = z.object({
  reportId: id("分析报告"),
  number: optionalText("文号", NUMBER_MAX),
});

export const LinkMeetingInput = z.object({
  reportId: id("分析报告"),
  meetingId: id("思想状况分析会"),
});

export const ANALYSIS_REPORT_SORTS = ["period", "state", "updated"] as const;
export const AnalysisReportListFilter = z.object({ ...sortFields(ANALYSIS_REPORT_SORTS) });
export type AnalysisReportListFilter = z.infer<typeof AnalysisReportListFilter>;
