// Tables in the PDF writer: a simple grid in the shipped CJK font, columns
// sized by columnShares, cells wrapped and centred vertically, a shaded header
// row that repeats after each page break, and no row split across pages.
import "server-only";

import { cellText, columnShares, isNumericCell, SIZES, type DocTable } from "./model";

export const PDF_FACES = { regular: "cjk", bold: "cjk-bold" } as const;

const PAD_X = 4;
const PAD_Y = 3;
const LINE_GAP = 2;

type Layout = { left: number; width: number; bottom: () => number; newPage: () => void };

function measure(doc: PDFKit.PDFDocument, text: string, width: number, bold: boolean) {
  doc.font(bold ? PDF_FACES.bold : PDF_FACES.regular).fontSize(SIZES.table);
  return doc.heightOfString(text || " ", { width, lineGap: LINE_GAP });
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  numeric: readonly boolean[],
  xs: readonly number[],
  widths: readonly number[],
  y: number,
  height: number,
  header: boolean,
) {
  if (header)
    doc
      .save()
      .rect(
        xs[0],
        y,
        widths.reduce((a, b) => a + b, 0),
        height,
      )
      .fill("#F2F2F2")
      .restore();
  cells.forEach((text, i) => {
    const inner = widths[i] - 2 * PAD_X;
    const h = measure(doc, text, inner, header);
    doc.fillColor("#000000").text(text, xs[i] + PAD_X, y + (height - h) / 2 + 1, {
      width: inner,
      lineGap: LINE_GAP,
      align: header || numeric[i] ? "center" : "left",
      lineBreak: true,
    });
    doc
      .save()
      .lineWidth(0.6)
      .strokeColor("#000000")
      .rect(xs[i], y, widths[i], height)
      .stroke()
      .restore();
  });
}

/** Draws the table from doc.y on, adding pages as needed; leaves doc.y under it. */
export function pdfTable(doc: PDFKit.PDFDocument, t: DocTable, layout: Layout) {
  const { left, width } = layout;
  const shares = columnShares(t, width / SIZES.table - t.header.length * 0.5);
  const widths = shares.map((s) => s * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rowHeight = (cells: readonly string[], bold: boolean) =>
    Math.max(...cells.map((c, i) => measure(doc, c, widths[i] - 2 * PAD_X, bold))) + 2 * PAD_Y;
  const header = t.header.map(String);
  const headerH = rowHeight(header, true);
  const rows = t.rows.map((r) => t.header.map((_, i) => cellText(r[i])));
  const numeric = t.rows.map((r) => t.header.map((_, i) => isNumericCell(r[i])));
  const firstH = rows.length ? rowHeight(rows[0], false) : 0;
  const captionH = t.caption ? SIZES.caption * 1.6 : 0;
  if (doc.y + captionH + headerH + firstH > layout.bottom()) layout.newPage();
  if (t.caption) {
    doc.font(PDF_FACES.bold).fontSize(SIZES.caption).fillColor("#000000");
    doc.text(t.caption, left, doc.y, { width, align: "center" });
    doc.y += 4;
  }
  let y = doc.y;
  drawRow(doc, header, [], xs, widths, y, headerH, true);
  y += headerH;
  rows.forEach((cells, r) => {
    const h = rowHeight(cells, false);
    if (y + h > layout.bottom()) {
      layout.newPage();
      y = doc.y;
      drawRow(doc, header, [], xs, widths, y, headerH, true);
      y += headerH;
    }
    drawRow(doc, cells, numeric[r], xs, widths, y, h, false);
    y += h;
  });
  doc.x = left;
  doc.y = y + 4;
  if (t.note) {
    doc.font(PDF_FACES.regular).fontSize(SIZES.table).fillColor("#000000");
    doc.text(t.note, left, doc.y, { width });
  }
  doc.y += SIZES.table;
}
