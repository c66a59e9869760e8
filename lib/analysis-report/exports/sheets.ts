// One version of the report as workbook sheets (lib/xlsx.ts): 主要数据 holds
// every figure with its section, value, unit, note and the list behind it;
// then each section's tables, one sheet each, and each chart's numbers, one
// sheet each, numbered 表n / 图n as in the DOCX and PDF. Numbers stay numbers.
import type { XlsxColumn, XlsxSheet } from "@/lib/xlsx";

import {
  allFigures,
  SECTION_TITLES,
  type AnnexRow,
  type ReportCell,
  type ReportContent,
} from "../content";
import { ANNEX_HEADER, ANNEX_MARKING, annexTableRows, annexTitle } from "./annex-document";

type FigureRow = ReturnType<typeof allFigures>[number];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
type AnySheet = XlsxSheet<any>;

const FIGURE_COLUMNS: XlsxColumn<FigureRow>[] = [
  { header: "部分", value: (r) => SECTION_TITLES[r.section] },
  { header: "指标", value: (r) => r.figure.label },
  { header: "数值", value: (r) => r.figure.value },
  { header: "单位", value: (r) => r.figure.unit },
  { header: "说明", value: (r) => r.figure.note ?? (r.figure.value === null ? "不显示" : "") },
  { header: "明细", value: (r) => r.figure.href },
];

function cellsSheet(
  name: string,
  title: string,
  header: readonly string[],
  rows: readonly (readonly ReportCell[])[],
): XlsxSheet<readonly ReportCell[]> {
  return {
    name,
    title,
    columns: header.map((h, i) => ({ header: h, value: (r) => r[i] })),
    rows,
  };
}

export function reportSheets(content: ReportContent): AnySheet[] {
  const sheets: AnySheet[] = [
    {
      name: "主要数据",
      title: `${content.title} · 主要数据（${content.period.label}）`,
      columns: FIGURE_COLUMNS,
      rows: allFigures(content),
    },
  ];
  let table = 0;
  let chart = 0;
  content.sections.forEach((s, i) => {
    const where = `${i + 1}. ${s.title}`;
    for (const t of s.tables) {
      table += 1;
      sheets.push(
        cellsSheet(
          `表${table} ${t.caption}`,
          `${where} · 表${table}　${t.caption}${t.note ? `（${t.note}）` : ""}`,
          t.header,
          t.rows,
        ),
      );
    }
    for (const c of s.charts) {
      chart += 1;
      sheets.push(
        cellsSheet(
          `图${chart} ${c.title}`,
          `${where} · 图${chart}　${c.title}${c.unit ? `（${c.unit}）` : ""}`,
          ["项目", ...c.series.map((x) => x.name || c.title)],
          c.labels.map((label, j) => [label, ...c.series.map((x) => x.values[j] ?? null)]),
        ),
      );
    }
  });
  return sheets;
}

/** The confidential annex as one sheet, its title marked 内部资料 注意保密 like every page of the DOCX and PDF. */
export function annexSheets(content: ReportContent, rows: readonly AnnexRow[]): AnySheet[] {
  const cells = annexTableRows(rows).map((r, i) => [r[0], rows[i].departmentName, ...r.slice(1)]);
  return [
    cellsSheet(
      "关注人员（保密）",
      `【${ANNEX_MARKING}】${annexTitle(content)}`,
      [ANNEX_HEADER[0], "部门", ...ANNEX_HEADER.slice(1)],
      cells,
    ),
  ];
}
