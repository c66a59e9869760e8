// The building blocks of the DOCX writer (lib/documents/docx.ts): runs that
// always name their eastAsia font, paragraphs at the GB/T 9704 line pitch,
// bordered tables with fixed column widths and a repeating header row, and
// PNG images scaled to the text width.
import "server-only";

import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from "docx";

import {
  cellText,
  columnShares,
  isNumericCell,
  LINE_PT,
  PAGE,
  pngSize,
  SIZES,
  type DocImage,
  type DocTable,
} from "./model";

/** The Chinese font names of GB/T 9704 and the Latin face beside them. */
export const DOCX_FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading: "黑体",
  subheading: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

/** Millimetres in twips, rounded (A4 is 11906 × 16838, as Word has it). */
export const twip = (mm: number) => Math.round((mm / 25.4) * 1440);

export type Face = keyof typeof DOCX_FONTS;

const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.leftMm - PAGE.rightMm;
export const EXACT_LINE = { line: Math.round(LINE_PT * 20), lineRule: LineRuleType.EXACT };
export const INDENT_2 = { firstLine: SIZES.body * 20 * 2 };

/** A run in `face` at `pt` points, its eastAsia font always set. */
export function run(
  text: string,
  face: Face,
  pt: number,
  opts: { bold?: boolean; color?: string } = {},
) {
  const east = DOCX_FONTS[face];
  return new TextRun({
    text,
    font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: east, cs: east },
    size: Math.round(pt * 2),
    bold: opts.bold,
    color: opts.color,
  });
}

export function para(
  children: TextRun[] | ImageRun[],
  opts: Omit<IParagraphOptions, "children"> = {},
) {
  return new Paragraph({ spacing: EXACT_LINE, ...opts, children });
}

export const blank = (n = 1) =>
  Array.from({ length: n }, () => para([run("", "body", SIZES.body)]));

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function cell(text: string, header: boolean, numeric: boolean, width: number) {
  return new TableCell({
    borders,
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" } : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: header || numeric ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, header ? "heading" : "body", SIZES.table)],
      }),
    ],
  });
}

/** Column widths in twips: the text width shared as columnShares has it. */
export function docxColumnWidths(t: DocTable): number[] {
  const total = twip(TEXT_WIDTH_MM);
  const em = ((TEXT_WIDTH_MM / 25.4) * 72) / SIZES.table;
  return columnShares(t, em - t.header.length * 0.3).map((s) => Math.floor(s * total));
}

export function table(t: DocTable): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (t.caption)
    out.push(
      para([run(t.caption, "heading", SIZES.caption)], {
        alignment: AlignmentType.CENTER,
        keepNext: true,
      }),
    );
  const widths = docxColumnWidths(t);
  out.push(
    new Table({
      width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: t.header.map((h, i) => cell(h, true, false, widths[i])),
        }),
        ...t.rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: t.header.map((_, i) =>
                cell(cellText(r[i]), false, isNumericCell(r[i]), widths[i]),
              ),
            }),
        ),
      ],
    }),
  );
  if (t.note)
    out.push(para([run(t.note, "body", SIZES.table)], { spacing: { before: 60, after: 120 } }));
  else out.push(para([run("", "body", SIZES.table)], { spacing: { after: 0 } }));
  return out;
}

/** Pixels at 96 dpi for the text width (ImageRun sizes are in those pixels). */
const TEXT_WIDTH_PX = (TEXT_WIDTH_MM / 25.4) * 96;

export function image(img: DocImage): Paragraph[] {
  const { width, height } = pngSize(img.png);
  const w = Math.round(TEXT_WIDTH_PX * Math.min(1, Math.max(0.1, img.widthRatio ?? 1)));
  const h = Math.round((w * height) / width);
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: Boolean(img.caption),
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({ type: "png", data: img.png, transformation: { width: w, height: h } }),
      ],
    }),
  ];
  if (img.caption)
    out.push(
      para([run(img.caption, "heading", SIZES.caption)], { alignment: AlignmentType.CENTER }),
    );
  return out;
}
