// The analysis report's exports, opened: a report version's content goes
// through reportDocument → DOCX and PDF, and reportSheets → XLSX, and every
// section title and figure must come back out of word/document.xml, out of
// pdftotext, and out of exceljs with the same numbers. The annex carries
// 内部资料 注意保密 on every PDF page and in the DOCX header. Each file is
// written in under 5 s (times printed for the note).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { allFigures, SECTION_TITLES } from "@/lib/analysis-report/content";
import { ANNEX_MARKING, annexDocument } from "@/lib/analysis-report/exports/annex-document";
import {
  DRAFT_MARKING,
  figureText,
  formatNumber,
  reportDocument,
} from "@/lib/analysis-report/exports/document";
import { markdownBlocks } from "@/lib/analysis-report/exports/plain-text";
import { annexSheets, reportSheets } from "@/lib/analysis-report/exports/sheets";
import { officialDocx } from "@/lib/documents/docx";
import { officialPdf } from "@/lib/documents/pdf";
import { xlsxStream } from "@/lib/xlsx";

import { unzip } from "../support/unzip";
import { fixtureAnnex, fixtureContent } from "./fixtures/analysis-report-content";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "analysis-report-"));
const squash = (s: string) => s.replace(/\s+/g, "");
/** The text of word/document.xml, runs joined. */
const docxText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const pages = (file: string) =>
  execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
    .toString("utf8")
    .split("\f")
    .filter((p) => p.trim());

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await f();
  return [out, performance.now() - t0];
}

const content = fixtureContent();
const times: Record<string, number> = {};

describe("the report as DOCX", () => {
  let xml: string;
  let text: string;
  let parts: Map<string, Buffer>;
  beforeAll(async () => {
    const [file, ms] = await timed(async () => officialDocx(await reportDocument(content)));
    times.docx = ms;
    fs.writeFileSync(path.join(tmp, "report.docx"), file);
    parts = unzip(file);
    xml = parts.get("word/document.xml")!.toString("utf8");
    text = docxText(xml);
  });

  it("is written in under 5 s", () => expect(times.docx).toBeLessThan(5_000));

  it("has the 发文机关, 文号, title and every section in order", () => {
    expect(text).toContain("无锡市梁溪区人民检察院政治处");
    expect(text).toContain("梁检政〔2026〕61号");
    expect(text).toContain("2026年第四季度干警思想状况分析报告");
    let at = 0;
    content.sections.forEach((s, i) => {
      const heading = `${"一二三四五六七八九十"[i]}、${s.title}`;
      const next = text.indexOf(heading, at);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    });
    expect(text).toContain("2026年12月8日");
  });

  it("names the 发文机关 in full, and leaves out an empty table", async () => {
    const bare = fixtureContent({ issuer: "政治处" });
    bare.sections[3] = {
      ...bare.sections[3],
      tables: [{ key: "none", caption: "无数据的表", header: ["甲", "乙"], rows: [] }],
    };
    const doc = await reportDocument(bare);
    expect(doc.issuer).toBe("无锡市梁溪区人民检察院政治处");
    const captions = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === "table" ? [b.caption] : [])),
    );
    expect(captions.some((c) => c?.includes("无数据的表"))).toBe(false);
  });

  it("holds every figure and every table cell of the content", () => {
    // Each figure's row: label, number, unit, in that order.
    for (const { figure } of allFigures(content)) {
      const shown = figure.value === null ? "—" : formatNumber(figure.value);
      expect(text).toContain(`${figure.label}${shown}${figure.unit}`);
    }
    expect(text).toContain("思想状况指数78.4分");
    expect(text).toContain("考评周期尚未开始评分");
    for (const s of content.sections)
      for (const t of s.tables)
        for (const row of t.rows)
          for (const c of row) if (c !== null) expect(text).toContain(String(c));
    expect(text).toContain("82.25");
  });

  it("prints the narrative as plain text and the proposals as proposals", () => {
    expect(text).toContain("本季度全院干警思想总体稳定，指数为78.4分。");
    expect(text).not.toContain("**");
    expect(text).toContain("主要特点");
    expect(text).toContain("（1）改革认同度进一步提高；");
    expect(text).toContain("据数据提出的建议（供参考）");
    expect(text).toContain("第四检察部连续 3 个月低于基线");
  });

  it("embeds one PNG per chart, and an issued report carries no draft marking", () => {
    const charts = content.sections.flatMap((s) => s.charts).length;
    expect([...parts.keys()].filter((k) => /^word\/media\/.*\.png$/.test(k))).toHaveLength(charts);
    const headers = [...parts.keys()].filter((k) => /^word\/header\d*\.xml$/.test(k));
    expect(headers.map((h) => parts.get(h)!.toString("utf8")).join("")).not.toContain(
      DRAFT_MARKING,
    );
  });
});

describe("the report as PDF", () => {
  let text: string[];
  beforeAll(async () => {
    const [file, ms] = await timed(async () => officialPdf(await reportDocument(content)));
    times.pdf = ms;
    fs.writeFileSync(path.join(tmp, "report.pdf"), file);
    text = pages(path.join(tmp, "report.pdf"));
  });

  it("is written in under 5 s", () => expect(times.pdf).toBeLessThan(5_000));

  it("round-trips the Chinese section titles and key figures", () => {
    const all = squash(text.join("\n"));
    expect(all).toContain("2026年第四季度干警思想状况分析报告");
    for (const s of content.sections) expect(all).toContain(squash(s.title));
    for (const { figure } of allFigures(content))
      expect(all).toContain(squash(`${figure.label}${figureText(figure)}`));
    expect(all).toContain("图1思想状况指数趋势");
    expect(all).toContain("表3各部门思想状况指数");
  });

  it("numbers every page and marks a draft as one on every page", async () => {
    text.forEach((p, i) => expect(squash(p)).toContain(`—${i + 1}—`));
    const draft = await officialPdf(await reportDocument(fixtureContent({ issuedAt: null })));
    fs.writeFileSync(path.join(tmp, "draft.pdf"), draft);
    const drafted = pages(path.join(tmp, "draft.pdf"));
    expect(drafted.length).toBeGreaterThan(1);
    for (const p of drafted) expect(p).toContain(DRAFT_MARKING);
  });
});

describe("the report as XLSX", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const { body } = xlsxStream(reportSheets(content), {
      exportedBy: "测试",
      exportedAt: new Date(),
    });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await new Response(body).arrayBuffer());
  });

  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const out: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 3) out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };

  it("holds every figure with its number, as numbers", () => {
    const rows = rowsOf(wb.getWorksheet("主要数据")!);
    const figures = allFigures(content);
    expect(rows).toHaveLength(figures.length);
    figures.forEach(({ section, figure }, i) => {
      expect(rows[i][0]).toBe(SECTION_TITLES[section]);
      expect(rows[i][1]).toBe(figure.label);
      expect(rows[i][2] ?? null).toBe(figure.value);
    });
  });

  it("gives each table and each chart a sheet of its own with the same numbers", () => {
    const tables = content.sections.flatMap((s) => s.tables);
    const charts = content.sections.flatMap((s) => s.charts);
    expect(wb.worksheets).toHaveLength(1 + tables.length + charts.length);
    tables.forEach((t, i) => {
      const ws = wb.worksheets.find((w) => w.name.startsWith(`表${i + 1} `))!;
      expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(t.header);
      expect(rowsOf(ws).map((r) => t.header.map((_, j) => r[j] ?? null))).toEqual(t.rows);
    });
    const trend = rowsOf(wb.worksheets.find((w) => w.name.startsWith("图1 "))!);
    expect(trend).toEqual([
      ["2026年10月", 76.1],
      ["2026年11月", 77.9],
      ["2026年12月", 81.2],
    ]);
  });
});

describe("the confidential annex", () => {
  const many = Array.from({ length: 45 }, (_, i) => ({
    ...fixtureAnnex()[i % 3],
    concernId: `c${i}`,
    name: `测试人员${i + 1}`,
  }));

  it("has 内部资料 注意保密 on every PDF page, and every name", async () => {
    const [file, ms] = await timed(() =>
      officialPdf(annexDocument(content, many, { departmentName: null })),
    );
    times.annexPdf = ms;
    fs.writeFileSync(path.join(tmp, "annex.pdf"), file);
    const text = pages(path.join(tmp, "annex.pdf"));
    expect(text.length).toBeGreaterThan(1);
    for (const p of text) expect(p).toContain(ANNEX_MARKING);
    const all = squash(text.join(""));
    for (const r of many) expect(all).toContain(r.name);
  });

  it("has the marking in the DOCX header, and says whose rows a head's copy holds", async () => {
    const rows = fixtureAnnex().filter((r) => r.departmentName === "第一检察部");
    const file = await officialDocx(annexDocument(content, rows, { departmentName: "第一检察部" }));
    fs.writeFileSync(path.join(tmp, "annex.docx"), file);
    const parts = unzip(file);
    const header = [...parts.keys()].find((k) => /^word\/header\d*\.xml$/.test(k))!;
    expect(docxText(parts.get(header)!.toString("utf8"))).toContain(ANNEX_MARKING);
    const text = docxText(parts.get("word/document.xml")!.toString("utf8"));
    expect(text).toContain("本件仅列第一检察部的人员");
    expect(text).toContain("张建国");
    expect(text).not.toContain("王志强");
  });

  it("marks the XLSX sheet too", async () => {
    const { body } = xlsxStream(annexSheets(content, fixtureAnnex()), {
      exportedBy: "测试",
      exportedAt: new Date(),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await new Response(body).arrayBuffer());
    expect(String(wb.worksheets[0].getRow(1).getCell(1).value)).toContain(ANNEX_MARKING);
    expect(wb.worksheets[0].getRow(4).getCell(3).value).toBe("张建国");
  });
});

describe("plain text from the narrative", () => {
  it("turns Markdown into paragraphs and subheadings without marks", () => {
    expect(
      markdownBlocks("# 一\n\n**加粗**与[链接](https://x)和`代码`\n续行\n\n* 甲\n* 乙\n\n3. 丙"),
    ).toEqual([
      { kind: "subheading", text: "一" },
      { kind: "paragraph", text: "加粗与链接和代码 续行" },
      { kind: "paragraph", text: "（1）甲" },
      { kind: "paragraph", text: "（2）乙" },
      { kind: "paragraph", text: "3. 丙" },
    ]);
    expect(formatNumber(81.2)).toBe("81.2");
    expect(formatNumber(1 / 3)).toBe("0.33");
  });
});

describe("looked at", () => {
  it("renders the PDF pages and the DOCX through LibreOffice where installed", () => {
    console.log(
      `analysis report exports: DOCX ${Math.round(times.docx)} ms, PDF ${Math.round(times.pdf)} ms, annex PDF ${Math.round(times.annexPdf)} ms; files in ${tmp}`,
    );
    execFileSync("pdftoppm", ["-png", "-r", "60", path.join(tmp, "report.pdf"), `${tmp}/pdf`]);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith("pdf")).length).toBeGreaterThan(1);
    let soffice = true;
    try {
      execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
    } catch {
      soffice = false;
    }
    if (!soffice) return;
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "pdf", "--outdir", `${tmp}/lo`, `${tmp}/report.docx`],
      { stdio: "ignore", timeout: 120_000 },
    );
    const text = squash(pages(`${tmp}/lo/report.pdf`).join(""));
    expect(text).toContain("2026年第四季度干警思想状况分析报告");
    expect(text).toContain("思想状况指数78.4分");
  }, 180_000);
});
