// The content of one version of a 干警思想状况分析报告 (issue 16): what a draft
// computes from the data and what 签发 freezes. Plain JSON (strings, numbers,
// booleans, null, arrays, objects; dates as ISO strings), stored as is in
// AnalysisReportVersion.content and read back unchanged, so an issued report
// never moves when the data does. The exports (DOCX/PDF/XLSX, print) read only
// this shape; the mapping to lib/documents lives with them.
//
// The confidential annex (names of staff of concern) is never part of the
// content: it is read per viewer with annexRows() in ./queries.ts.

/** The ten sections, in print order. */
export const SECTION_KEYS = [
  "overview",
  "departments",
  "topics",
  "warnings",
  "talks",
  "consult",
  "study",
  "mailbox",
  "appraisal",
  "proposals",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Readonly<Record<SectionKey, string>> = {
  overview: "总体情况",
  departments: "各部门情况",
  topics: "热点话题",
  warnings: "预警与关注",
  talks: "谈心谈话与谈话计划",
  consult: "改革咨询",
  study: "学习教育",
  mailbox: "信箱与重大事项",
  appraisal: "绩效考评",
  proposals: "问题与建议",
};

/** The version of this shape; bumped if a stored content must be read differently. */
export const CONTENT_SCHEMA = 1;

export type ReportPeriod = {
  /** First day, YYYY-MM-DD (Shanghai). */
  from: string;
  /** Last day, inclusive, YYYY-MM-DD (Shanghai). */
  to: string;
  /** "2026年第四季度", or "2026年10月1日至2026年11月15日" for a free range. */
  label: string;
  /** Set when the range is exactly one calendar quarter. */
  quarter: { year: number; quarter: 1 | 2 | 3 | 4 } | null;
  /** The months the range touches, YYYY-MM, oldest first. */
  months: string[];
};

/**
 * One number of the report. `key` is stable within its section (the diff
 * between versions pairs figures by section key + figure key). `value` null
 * means "not shown" (masked, n < 5, or no data), and `note` says why.
 */
export type ReportFigure = {
  key: string;
  /** e.g. "思想状况指数", "脉搏测评参与率". */
  label: string;
  value: number | null;
  /** e.g. "分", "%", "人", "次", "件", "天", "" for none. */
  unit: string;
  /** The list of records behind the figure (the dashboards' drill-down), or null. */
  href: string | null;
  note?: string;
};

export type ReportCell = string | number | null;

export type ReportTable = {
  key: string;
  /** e.g. "各部门思想状况指数". The exports number it (表1 …). */
  caption: string;
  header: string[];
  rows: ReportCell[][];
  /** e.g. "注：参与人数不足 5 人的部门并入其他部门". */
  note?: string;
};

export type ReportChart = {
  key: string;
  kind: "line" | "bar";
  /** e.g. "思想状况指数趋势". The exports number it (图1 …). */
  title: string;
  /** Printed above the y axis, e.g. "分" or "%". */
  unit?: string;
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
};

/** A bullet the draft proposes from the data for 问题与建议; shown as a proposal, not as text 政治处 wrote. */
export type ReportProposal = {
  text: string;
  /** What in the data it rests on, e.g. "指数：2026年10月 71.2，基线 78.0". */
  basis: string;
  href: string | null;
};

export type ReportSection = {
  key: SectionKey;
  title: string;
  /** No data for this section in the range: `emptyNote` says so. */
  empty: boolean;
  emptyNote?: string;
  figures: ReportFigure[];
  tables: ReportTable[];
  charts: ReportChart[];
  /** 政治处's paragraphs, Markdown (rendered safely; exports print it as paragraphs). */
  narrative: string;
  /** Only in the 问题与建议 section; empty elsewhere. */
  proposals: ReportProposal[];
};

export type ReportContent = {
  schema: typeof CONTENT_SCHEMA;
  /** e.g. "2026年第四季度干警思想状况分析报告". */
  title: string;
  /** 文号, e.g. "检政〔2026〕12号"; null until one is given. */
  number: string | null;
  /** 发文机关, e.g. "某某市人民检察院政治处". */
  issuer: string;
  period: ReportPeriod;
  /** When the figures were computed (ISO). */
  draftedAt: string;
  /** When 签发 froze this version (ISO); null for a draft. */
  issuedAt: string | null;
  /** The whole range had no data: every section says so. */
  empty: boolean;
  sections: ReportSection[];
};

/** A change of one figure between a version and the one before it. */
export type FigureDiff = {
  section: SectionKey;
  key: string;
  label: string;
  unit: string;
  before: number | null;
  after: number | null;
  /** after − before, when both are numbers. */
  delta: number | null;
  /** A figure only one of the two versions has. */
  change: "changed" | "added" | "removed";
};

/**
 * One row of the confidential annex: a person of concern named in a liaison
 * report of the period, with the follow-ups on them. Read per viewer and
 * audited (annexRows in ./queries.ts): heads get the rows of their own
 * department only. Never stored in the content.
 */
export type AnnexRow = {
  concernId: string;
  personId: string;
  name: string;
  departmentId: string;
  departmentName: string;
  /** The concern's kind code and label, e.g. "PRESSURE" / "工作压力". */
  kind: string;
  kindLabel: string;
  /** When the concern was reported (ISO). */
  reportedAt: string;
  followUps: {
    id: string;
    title: string;
    status: string;
    statusLabel: string;
    dueDate: string | null;
    href: string;
  }[];
};

export function sectionOf(content: ReportContent, key: SectionKey): ReportSection {
  const section = content.sections.find((s) => s.key === key);
  if (!section) throw new Error(`报告缺少“${SECTION_TITLES[key]}”一节`);
  return section;
}

/** Every figure with its section, in print order (the diff and the tests walk these). */
export function allFigures(content: ReportContent) {
  return content.sections.flatMap((s) => s.figures.map((f) => ({ section: s.key, figure: f })));
}
