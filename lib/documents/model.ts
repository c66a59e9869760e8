// The document model that the DOCX and PDF writers both take (issue 16): an
// official-style document after GB/T 9704 — a red 发文机关 header, a 文号, a
// title, numbered sections of paragraphs, tables and PNG images, a 成文日期,
// and an optional marking (密级, e.g. 内部资料 注意保密) printed on every page.
// Neutral: it knows nothing of any business domain.

export type DocCell = string | number | null | undefined;

export type DocParagraph = { kind: "paragraph"; text: string };

/** A second-level heading inside a section, e.g. "（一）参与情况". */
export type DocSubheading = { kind: "subheading"; text: string };

export type DocTable = {
  kind: "table";
  /** Printed above the table, e.g. "表1　各部门参与率". */
  caption?: string;
  header: readonly string[];
  rows: readonly (readonly DocCell[])[];
  /** Printed under the table in a smaller size, e.g. "注：n<5 的部门不显示". */
  note?: string;
};

export type DocImage = {
  kind: "image";
  /** A PNG file; its own pixel size gives the aspect ratio. */
  png: Buffer;
  /** Printed under the image, e.g. "图1　思想状况指数趋势". */
  caption?: string;
  /** Share of the text width the image takes, 0–1 (default 1). */
  widthRatio?: number;
};

export type DocBlock = DocParagraph | DocSubheading | DocTable | DocImage;

export type DocSection = {
  heading: string;
  blocks: readonly DocBlock[];
  /** Start the section on a new page. */
  pageBreakBefore?: boolean;
};

export type OfficialDocument = {
  /** 发文机关标志, printed in red above the red rule, e.g. "某某市人民检察院政治处". */
  issuer: string;
  /** 发文字号, e.g. "检政〔2026〕12号", centred under the header. */
  number?: string;
  title: string;
  /** 主送机关, e.g. "院党组：" — printed flush left under the title. */
  recipient?: string;
  /** Paragraphs before the first section. */
  preface?: readonly string[];
  sections: readonly DocSection[];
  /** 发文机关署名 over the date at the end; the issuer when omitted. */
  signature?: string;
  /** 成文日期, printed as 2026年12月7日 (Shanghai). */
  date: Date;
  /** 密级 or a handling mark printed on every page, e.g. "内部资料 注意保密". */
  marking?: string;
  /** Number the section headings 一、二、… (default true). */
  numberSections?: boolean;
};

/** Writers call this after each section with (done, total), for progress. */
export type DocProgress = (done: number, total: number) => void;

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (section numbers). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/** The heading as printed: "一、总体情况" unless numbering is off. */
export function sectionHeading(doc: OfficialDocument, index: number): string {
  const heading = doc.sections[index].heading;
  return doc.numberSections === false ? heading : `${chineseNumber(index + 1)}、${heading}`;
}

/** 成文日期 in Shanghai with Arabic numerals, as GB/T 9704-2012 has it: 2026年12月7日. */
export function documentDate(d: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return `${get("year")}年${get("month")}月${get("day")}日`;
}

export function cellText(value: DocCell): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : value;
}

/** A cell that reads as a number (12, 12.5, 87.3%, -3) is right-aligned. */
export function isNumericCell(value: DocCell): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && /^[-+]?\d[\d,]*(\.\d+)?%?$/.test(value.trim());
}

/** The pixel size of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (png.length < 24 || png.subarray(0, 8).toString("hex") !== signature)
    throw new Error("图片不是 PNG 格式");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Display width in em of a text: CJK and full-width characters count one,
 * others half, and a quarter more where CJK meets a Latin letter or digit
 * (Word and LibreOffice put that space there, as in "第 10 周").
 */
export function emWidth(text: string): number {
  let w = 0;
  let prev: "cjk" | "latin" | "other" = "other";
  for (const ch of text) {
    const cjk = (ch.codePointAt(0) ?? 0) >= 0x2e80;
    const kind = cjk ? "cjk" : /[A-Za-z0-9]/.test(ch) ? "latin" : "other";
    if ((kind === "cjk" && prev === "latin") || (kind === "latin" && prev === "cjk")) w += 0.25;
    w += cjk ? 1 : 0.5;
    prev = kind;
  }
  return w;
}

export const MM_PER_INCH = 25.4;
/** GB/T 9704 page: A4, margins (top 37, bottom 35, left 28, right 26 mm). */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  bottomMm: 35,
  leftMm: 28,
  rightMm: 26,
} as const;
/** 发文机关标志, title, body and heading sizes in points (小标宋 二号, 仿宋 三号). */
export const SIZES = {
  issuerMax: 36,
  title: 22,
  body: 16,
  table: 12,
  caption: 14,
  marking: 16,
  pageNumber: 14,
} as const;
/** 28.95 pt a line gives the 22 lines a page GB/T 9704 asks for. */
export const LINE_PT = 28.95;
/** GB red for the header and the rule. */
export const RED = "C00000";

/** 发文机关标志 size: as large as fits on one line of the text width, at most SIZES.issuerMax. */
export function issuerSize(issuer: string): number {
  const textWidthPt = ((PAGE.widthMm - PAGE.leftMm - PAGE.rightMm) / MM_PER_INCH) * 72;
  const fit = Math.floor((textWidthPt * 0.95) / Math.max(1, emWidth(issuer)));
  return Math.max(SIZES.title, Math.min(SIZES.issuerMax, fit));
}

/**
 * Each column's share of the table width (summing to 1), for a table that is
 * `availableEm` characters wide: a column gets its widest cell (plus padding)
 * where all fit, and spare width goes out in proportion; when they do not
 * fit, the narrow columns keep their width and the wide ones share the rest.
 */
export function columnShares(t: DocTable, availableEm: number): number[] {
  const natural = t.header.map(
    (h, i) => 1 + Math.max(emWidth(h), ...t.rows.map((r) => emWidth(cellText(r[i])))),
  );
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= availableEm) return natural.map((w) => w / sum);
  const fair = availableEm / natural.length;
  const narrow = natural.map((w) => w <= fair);
  const fixed = natural.reduce((a, w, i) => a + (narrow[i] ? w : 0), 0);
  const wide = sum - fixed;
  const rest = availableEm - fixed;
  return natural.map((w, i) => (narrow[i] ? w : (w / wide) * rest) / availableEm);
}
