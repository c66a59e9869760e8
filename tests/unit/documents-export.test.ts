// The DOCX and PDF writers (lib/documents) on a fixture with Chinese text,
// tables, charts and a marking, checked by opening the files: the DOCX's
// word/document.xml (eastAsia fonts on every run, 文号, the table's numbers,
// the PNG part), the PDF through pdftotext (the Chinese round-trips, the
// marking and "— n —" on every page) and pdftoppm (the header is red); each
// written in under 5 s. LibreOffice, where installed, opens the DOCX too.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { officialDocx } from "@/lib/documents/docx";
import type { OfficialDocument } from "@/lib/documents/model";
import { officialPdf } from "@/lib/documents/pdf";

import { unzip } from "../support/unzip";
import { DEPARTMENTS, fixtureDocument, PARTICIPATION } from "./fixtures/official-document";

const has = (cmd: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "documents-"));
const squash = (s: string) => s.replace(/\s+/g, "");

/** The PDF's text, page by page (form feeds), in its printed layout. */
function pdftotext(file: string): string {
  if (!has("pdftotext"))
    throw new Error("pdftotext 未安装：请运行 bash scripts/ensure-test-env.sh（poppler-utils）");
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]).toString("utf8");
}

let doc: OfficialDocument;
beforeAll(async () => {
  doc = await fixtureDocument();
});

describe("officialDocx", () => {
  let xml: string;
  let parts: Map<string, Buffer>;
  let ms: number;
  let progress: [number, number][];
  beforeAll(async () => {
    progress = [];
    const t0 = performance.now();
    const file = await officialDocx(doc, (d, t) => progress.push([d, t]));
    ms = performance.now() - t0;
    fs.writeFileSync(path.join(tmp, "doc.docx"), file);
    parts = unzip(file);
    xml = parts.get("word/document.xml")!.toString("utf8");
  });

  it("is written in under 5 s, reporting progress section by section", () => {
    expect(ms).toBeLessThan(5_000);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("sets an eastAsia font on every run, with the GB/T 9704 faces", () => {
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((r) => r.includes("<w:t"));
    expect(textRuns.length).toBeGreaterThan(50);
    const without = textRuns.filter((r) => !/<w:rFonts [^>]*w:eastAsia="[^"]+"/.test(r));
    expect(without).toEqual([]);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    // 三号 body (16 pt = 32 half-points) and the 二号 title (22 pt).
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).toContain('<w:sz w:val="44"/>');
  });

  it("lays out A4 with the GB/T 9704 margins and a red header and rule", () => {
    const sect = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
    const attrs = (tag: string) =>
      Object.fromEntries(
        [...sect.match(new RegExp(`<w:${tag} [^>]*>`))![0].matchAll(/w:(\w+)="(\d+)"/g)].map(
          (m) => [m[1], Number(m[2])],
        ),
      );
    expect(attrs("pgSz")).toMatchObject({ w: 11906, h: 16838 });
    // 37 / 35 / 28 / 26 mm in twips.
    expect(attrs("pgMar")).toMatchObject({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    const issuer = xml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*某某市人民检察院政治处<\/w:t><\/w:r>/)![0];
    expect(issuer).toContain('<w:color w:val="C00000"/>');
    expect(xml.includes('<w:bottom w:val="single" w:color="C00000"')).toBe(true);
  });

  it("holds the 文号, title, headings, date and the table's figures", () => {
    const text = (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, ""));
    for (const s of [
      "检政〔2026〕12号",
      "2026年第四季度干警思想状况分析报告",
      "一、总体情况",
      "二、问题与建议",
      "（一）各部门参与情况",
      "2026年12月7日",
      ...DEPARTMENTS,
      ...PARTICIPATION.map((p) => `${p.toFixed(1)}%`),
    ])
      expect(text).toContain(s);
    expect(xml).toContain("<w:tblHeader/>");
    expect((xml.match(/<w:tr>/g) ?? []).length).toBe(1 + DEPARTMENTS.length + 1 + 40);
  });

  it("embeds the charts as PNG parts", () => {
    const media = [...parts.keys()].filter((k) => k.startsWith("word/media/"));
    expect(media).toHaveLength(2);
    for (const m of media) expect(parts.get(m)!.subarray(1, 4).toString()).toBe("PNG");
    expect(xml).toContain("<pic:pic");
  });

  it("prints the marking in the header and — n — in the footer of every page", () => {
    const header = [...parts.entries()].find(([k]) => /^word\/header\d*\.xml$/.test(k))![1];
    const footer = [...parts.entries()].find(([k]) => /^word\/footer\d*\.xml$/.test(k))![1];
    expect(header.toString()).toContain("内部资料 注意保密");
    expect(footer.toString()).toMatch(/— [\s\S]*PAGE[\s\S]* —/);
  });

  it.skipIf(!has("libreoffice"))(
    "opens in LibreOffice, whose PDF keeps the Chinese text",
    () => {
      execFileSync(
        "libreoffice",
        ["--headless", "--convert-to", "pdf", "--outdir", tmp, path.join(tmp, "doc.docx")],
        { stdio: "ignore", timeout: 120_000, env: { ...process.env, HOME: tmp } },
      );
      const text = squash(pdftotext(path.join(tmp, "doc.pdf")));
      expect(text).toContain("2026年第四季度干警思想状况分析报告");
      expect(text).toContain("内部资料注意保密");
    },
    150_000,
  );
});

describe("officialPdf", () => {
  let file: string;
  let text: string;
  let ms: number;
  beforeAll(async () => {
    const t0 = performance.now();
    const pdf = await officialPdf(doc);
    ms = performance.now() - t0;
    file = path.join(tmp, "doc.pdf");
    fs.writeFileSync(file, pdf);
    text = pdftotext(file);
  });

  it("is written in under 5 s, with the CJK font embedded as a subset", () => {
    expect(ms).toBeLessThan(5_000);
    const raw = fs.readFileSync(file).toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(raw).toContain("/FontFile2");
    // A subset: far smaller than the 15 MB font file.
    expect(fs.statSync(file).size).toBeLessThan(1_000_000);
  });

  it("round-trips the Chinese title, headings and figures through pdftotext", () => {
    const flat = squash(text);
    for (const s of [
      "某某市人民检察院政治处",
      "检政〔2026〕12号",
      "2026年第四季度干警思想状况分析报告",
      "一、总体情况",
      "二、问题与建议",
      "表1各部门脉搏调查参与率",
      "图1思想状况指数趋势",
      "2026年12月7日",
      ...DEPARTMENTS,
      ...PARTICIPATION.map((p) => `${p.toFixed(1)}%`),
    ])
      expect(flat).toContain(squash(s));
  });

  it("prints the marking and — n — on every page", () => {
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => {
      expect(squash(p)).toContain("内部资料注意保密");
      expect(squash(p)).toContain(`—${i + 1}—`);
    });
    // The long table repeats its header row on the page it continues on.
    expect(
      pages.filter((p) => squash(p).includes("周次参与人次参与率说明")).length,
    ).toBeGreaterThan(1);
  });

  it.skipIf(!has("pdftoppm"))("renders a first page with a red 发文机关标志", async () => {
    const out = path.join(tmp, "page");
    execFileSync("pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "1", "-singlefile", file, out]);
    const { data, info } = await sharp(`${out}.png`).raw().toBuffer({ resolveWithObject: true });
    let red = 0;
    for (let i = 0; i < data.length; i += info.channels)
      if (data[i] > 150 && data[i + 1] < 80 && data[i + 2] < 80) red++;
    expect(red).toBeGreaterThan(100);
  });
});

describe("an empty document", () => {
  it("still writes both formats", async () => {
    const empty: OfficialDocument = {
      issuer: "政治处",
      title: "空白报告",
      date: new Date(),
      sections: [],
    };
    const [docx, pdf] = await Promise.all([officialDocx(empty), officialPdf(empty)]);
    expect(unzip(docx).get("word/document.xml")!.toString()).toContain("空白报告");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
