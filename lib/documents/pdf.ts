// The PDF writer (pdfkit) for an OfficialDocument, with the same GB/T 9704
// layout as the DOCX: A4 with 37/35/28/26 mm margins, a red 发文机关标志 and
// red rule with the 文号 above it, the title, body text at 28.95 pt a line,
// tables (lib/documents/pdf-table.ts), PNG images, the 成文日期, "— 1 —"
// page numbers and the marking on every page. The CJK font is Noto Serif SC
// from an npm package (lib/documents/fonts.ts), embedded as a subset of the
// glyphs used, so the text copies and searches as text. No browser, no network.
import "server-only";

import PDFDocument from "pdfkit";

import { fontBuffer } from "./fonts";
import {
  documentDate,
  issuerSize,
  LINE_PT,
  MM_PER_INCH,
  PAGE,
  pngSize,
  RED,
  sectionHeading,
  SIZES,
  type DocBlock,
  type DocImage,
  type DocProgress,
  type OfficialDocument,
} from "./model";
import { PDF_FACES, pdfTable } from "./pdf-table";

const pt = (mm: number) => (mm / MM_PER_INCH) * 72;
const LEFT = pt(PAGE.leftMm);
const WIDTH = pt(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);
const INDENT = SIZES.body * 2;
const BLACK = "#000000";
/** Two blank lines, the 署名 and the date. */
const CLOSING_HEIGHT = LINE_PT * 4;

type Doc = PDFKit.PDFDocument;

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function newPage(doc: Doc) {
  doc.addPage();
  doc.x = LEFT;
  doc.y = doc.page.margins.top;
}

/** Start a new page unless `height` still fits on this one. */
function ensure(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc) && doc.y > doc.page.margins.top + 1) newPage(doc);
}

/** The gap that makes a line of `size` points take LINE_PT (22 lines a page at 三号). */
function lineGap(doc: Doc, size: number) {
  doc.fontSize(size);
  return Math.max(0, LINE_PT - doc.currentLineHeight(false));
}

function write(
  doc: Doc,
  text: string,
  opts: {
    bold?: boolean;
    size?: number;
    align?: "left" | "center" | "right";
    indent?: number;
    color?: string;
  } = {},
) {
  const size = opts.size ?? SIZES.body;
  doc
    .font(opts.bold ? PDF_FACES.bold : PDF_FACES.regular)
    .fontSize(size)
    .fillColor(opts.color ?? BLACK);
  doc.text(text, LEFT, doc.y, {
    width: WIDTH,
    align: opts.align ?? "left",
    indent: opts.indent ?? 0,
    lineGap: size === SIZES.body ? lineGap(doc, size) : size * 0.3,
  });
}

function head(doc: Doc, d: OfficialDocument) {
  const size = issuerSize(d.issuer);
  write(doc, d.issuer, { bold: true, size, align: "center", color: `#${RED}` });
  doc.y += LINE_PT * 0.6;
  if (d.number) write(doc, d.number, { align: "center" });
  const ruleY = doc.y + pt(2);
  doc
    .save()
    .moveTo(LEFT, ruleY)
    .lineTo(LEFT + WIDTH, ruleY)
    .lineWidth(1.5)
    .strokeColor(`#${RED}`)
    .stroke()
    .restore();
  doc.y = ruleY + LINE_PT;
  write(doc, d.title, { bold: true, size: SIZES.title, align: "center" });
  doc.y += LINE_PT * 0.5;
  if (d.recipient) write(doc, d.recipient);
  for (const p of d.preface ?? []) write(doc, p, { indent: INDENT });
}

/** An image at its width, or down to 3/4 of it where that keeps it on this page. */
function image(doc: Doc, img: DocImage) {
  const { width, height } = pngSize(img.png);
  const extra = (img.caption ? LINE_PT : 0) + 8;
  let w = WIDTH * Math.min(1, Math.max(0.1, img.widthRatio ?? 1));
  const room = bottom(doc) - doc.y - extra;
  if ((w * height) / width > room && (room * width) / height >= w * 0.75)
    w = (room * width) / height;
  const h = (w * height) / width;
  ensure(doc, h + extra);
  doc.image(img.png, LEFT + (WIDTH - w) / 2, doc.y + 4, { width: w, height: h });
  doc.y += h + 8;
  if (img.caption) write(doc, img.caption, { bold: true, size: SIZES.caption, align: "center" });
  doc.y += 6;
}

/** With `closing`, the paragraph goes where the 署名 and date still fit after it (no page of a date alone). */
function block(doc: Doc, b: DocBlock, closing = false) {
  switch (b.kind) {
    case "paragraph":
      if (closing) {
        doc.font(PDF_FACES.regular).fontSize(SIZES.body);
        const opts = { width: WIDTH, indent: INDENT, lineGap: lineGap(doc, SIZES.body) };
        ensure(doc, doc.heightOfString(b.text, opts) + CLOSING_HEIGHT);
      }
      return write(doc, b.text, { indent: INDENT });
    case "subheading":
      ensure(doc, LINE_PT * 2);
      return write(doc, b.text, { indent: INDENT });
    case "table":
      return pdfTable(doc, b, {
        left: LEFT,
        width: WIDTH,
        bottom: () => bottom(doc),
        newPage: () => newPage(doc),
      });
    case "image":
      return image(doc, b);
  }
}

/** 署名 centred over the 成文日期, which ends four characters from the right margin. */
function closing(doc: Doc, d: OfficialDocument) {
  const date = documentDate(d.date);
  const signature = d.signature ?? d.issuer;
  ensure(doc, CLOSING_HEIGHT);
  doc.y += LINE_PT * 2;
  doc.font(PDF_FACES.regular).fontSize(SIZES.body).fillColor(BLACK);
  const dateW = doc.widthOfString(date);
  const signW = doc.widthOfString(signature);
  const dateX = LEFT + WIDTH - SIZES.body * 4 - dateW;
  const signX = Math.min(LEFT + WIDTH - signW, dateX + (dateW - signW) / 2);
  doc.text(signature, signX, doc.y, { lineBreak: false });
  doc.text(date, dateX, doc.y + LINE_PT, { lineBreak: false });
}

/** Marking and page number on each page, drawn once the page count is known. */
function furniture(doc: Doc, d: OfficialDocument) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (d.marking) {
      doc.font(PDF_FACES.bold).fontSize(SIZES.marking).fillColor(BLACK);
      doc.text(d.marking, LEFT, pt(18), { lineBreak: false });
    }
    const label = `— ${i - range.start + 1} —`;
    doc.font(PDF_FACES.regular).fontSize(SIZES.pageNumber).fillColor(BLACK);
    const x = LEFT + (WIDTH - doc.widthOfString(label)) / 2;
    doc.text(label, x, doc.page.height - pt(PAGE.bottomMm) + pt(7), { lineBreak: false });
  }
}

/** The document as a PDF file. */
export async function officialPdf(d: OfficialDocument, onProgress?: DocProgress): Promise<Buffer> {
  const regular = fontBuffer("regular");
  const doc = new PDFDocument({
    size: "A4",
    margins: {
      top: pt(PAGE.topMm),
      bottom: pt(PAGE.bottomMm),
      left: LEFT,
      right: pt(PAGE.rightMm),
    },
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica from its data
    // files, and the same file as the default would defeat its font cache.
    font: null as unknown as string,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: d.title, Author: d.signature ?? d.issuer, Creator: d.issuer },
  });
  doc.registerFont(PDF_FACES.regular, regular);
  doc.registerFont(PDF_FACES.bold, fontBuffer("bold"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(PDF_FACES.regular);
  doc.x = LEFT;
  doc.y = doc.page.margins.top;
  head(doc, d);
  d.sections.forEach((s, i) => {
    if (s.pageBreakBefore) newPage(doc);
    else ensure(doc, LINE_PT * 3);
    write(doc, sectionHeading(d, i), { bold: true, indent: INDENT });
    const last = i === d.sections.length - 1;
    s.blocks.forEach((b, j) => block(doc, b, last && j === s.blocks.length - 1));
    onProgress?.(i + 1, d.sections.length);
  });
  closing(doc, d);
  furniture(doc, d);
  doc.end();
  return done;
}
