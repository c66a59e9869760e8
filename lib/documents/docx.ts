// The DOCX writer (npm `docx`) for an OfficialDocument, laid out after GB/T
// 9704: A4 with 37/35/28/26 mm margins, a red 发文机关标志 in 方正小标宋简体
// over a red rule with the 文号 centred above it, the title in 小标宋 二号,
// body text in 仿宋_GB2312 三号 at 28.95 pt a line (22 lines a page),
// headings in 黑体 / 楷体_GB2312, bordered tables whose header row repeats,
// PNG images, the 成文日期 four characters from the right, "— 1 —" page
// numbers, and the marking (e.g. 内部资料 注意保密) in every page's header.
// Every run names its eastAsia font, so Word picks the Chinese face by name;
// a machine without it substitutes its own CJK font.
import "server-only";

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
} from "docx";

import { blank, DOCX_FONTS, image, INDENT_2, para, run, table, twip } from "./docx-parts";
import {
  documentDate,
  emWidth,
  issuerSize,
  PAGE,
  RED,
  sectionHeading,
  SIZES,
  type DocBlock,
  type DocProgress,
  type OfficialDocument,
} from "./model";

export { DOCX_FONTS } from "./docx-parts";

function head(doc: OfficialDocument): Paragraph[] {
  const size = issuerSize(doc.issuer);
  const rule = {
    bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 },
  };
  const out = [
    para([run(doc.issuer, "title", size, { color: RED })], {
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(size * 1.3 * 20), lineRule: LineRuleType.EXACT },
      border: doc.number ? undefined : rule,
    }),
  ];
  if (doc.number)
    out.push(
      ...blank(1),
      para([run(doc.number, "body", SIZES.body)], {
        alignment: AlignmentType.CENTER,
        border: rule,
      }),
    );
  out.push(
    ...blank(1),
    para([run(doc.title, "title", SIZES.title)], {
      alignment: AlignmentType.CENTER,
      spacing: {
        line: Math.round(SIZES.title * 1.5 * 20),
        lineRule: LineRuleType.EXACT,
        after: 280,
      },
    }),
  );
  if (doc.recipient) out.push(para([run(doc.recipient, "body", SIZES.body)]));
  for (const text of doc.preface ?? [])
    out.push(
      para([run(text, "body", SIZES.body)], {
        indent: INDENT_2,
        alignment: AlignmentType.JUSTIFIED,
      }),
    );
  return out;
}

/** keepNext holds the last paragraph on the page of the 署名 and date (no page of a date alone). */
function block(b: DocBlock, keepNext = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case "paragraph":
      return [
        para([run(b.text, "body", SIZES.body)], {
          indent: INDENT_2,
          alignment: AlignmentType.JUSTIFIED,
          keepNext,
          keepLines: keepNext,
        }),
      ];
    case "subheading":
      return [para([run(b.text, "subheading", SIZES.body)], { indent: INDENT_2, keepNext: true })];
    case "table":
      return table(b);
    case "image":
      return image(b);
  }
}

/** 署名 centred over the 成文日期, which stands four characters from the right. */
function closing(doc: OfficialDocument): Paragraph[] {
  const date = documentDate(doc.date);
  const signature = doc.signature ?? doc.issuer;
  const em = SIZES.body * 20;
  const dateRight = 4 * em;
  const signRight = Math.max(0, dateRight + ((emWidth(date) - emWidth(signature)) / 2) * em);
  const keep = { keepNext: true, keepLines: true };
  return [
    ...blank(2).map(() => para([run("", "body", SIZES.body)], keep)),
    para([run(signature, "body", SIZES.body)], {
      ...keep,
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(signRight) },
    }),
    para([run(date, "body", SIZES.body)], {
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
    }),
  ];
}

function pageNumber() {
  const font = {
    ascii: DOCX_FONTS.pageNumber,
    hAnsi: DOCX_FONTS.pageNumber,
    eastAsia: DOCX_FONTS.pageNumber,
  };
  const size = SIZES.pageNumber * 2;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: "— ", font, size }),
          new TextRun({ children: [PageNumber.CURRENT], font, size }),
          new TextRun({ text: " —", font, size }),
        ],
      }),
    ],
  });
}

function marking(text: string) {
  return new Header({
    children: [new Paragraph({ children: [run(text, "heading", SIZES.marking)] })],
  });
}

/** The document as a .docx file. */
export async function officialDocx(
  doc: OfficialDocument,
  onProgress?: DocProgress,
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = head(doc);
  doc.sections.forEach((s, i) => {
    children.push(
      para([run(sectionHeading(doc, i), "heading", SIZES.body)], {
        indent: INDENT_2,
        keepNext: true,
        pageBreakBefore: s.pageBreakBefore,
      }),
    );
    const last = i === doc.sections.length - 1;
    s.blocks.forEach((b, j) => children.push(...block(b, last && j === s.blocks.length - 1)));
    onProgress?.(i + 1, doc.sections.length);
  });
  children.push(...closing(doc));
  const document = new Document({
    creator: doc.signature ?? doc.issuer,
    title: doc.title,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.body },
            size: SIZES.body * 2,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
            margin: {
              top: twip(PAGE.topMm),
              bottom: twip(PAGE.bottomMm),
              left: twip(PAGE.leftMm),
              right: twip(PAGE.rightMm),
              header: twip(15),
              footer: twip(22),
            },
          },
        },
        headers: doc.marking ? { default: marking(doc.marking) } : undefined,
        footers: { default: pageNumber() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
