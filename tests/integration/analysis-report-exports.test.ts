// The analysis report's export routes against a real database (issue 16
// items 3 and 4): 政治处 and 院领导 download DOCX, PDF and XLSX of a version,
// whose numbers (read back from word/document.xml, pdftotext and exceljs)
// equal the stored content; another report's version is refused; staff and heads get
// a 404 with an audited NOT_FOUND row. The annex names the staff of concern,
// is marked 内部资料 注意保密 on every page, gives a head their own
// department's rows only (another department is a 404), and every read of it
// leaves an audit row.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { GET as annexExport } from "@/app/(portal)/analysis-reports/[id]/export-annex/[format]/route";
import { GET as reportExport } from "@/app/(portal)/analysis-reports/[id]/export/[format]/route";
import { allFigures } from "@/lib/analysis-report/content";
import { ANNEX_MARKING } from "@/lib/analysis-report/exports/annex-document";
import { formatNumber } from "@/lib/analysis-report/exports/document";
import { db } from "@/lib/db";

import { unzip } from "../support/unzip";
import {
  draft,
  issued,
  names,
  setupAnalysisExportWorld,
  w,
} from "./fixtures/analysis-report-exports";
import { actAnonymously, actAs } from "./helpers";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ar-export-"));
const squash = (s: string) => s.replace(/\s+/g, "");
const docxText = (buf: Buffer) =>
  [
    ...unzip(buf)
      .get("word/document.xml")!
      .toString("utf8")
      .matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
  ]
    .map((m) => m[1])
    .join("");
function pdfPages(buf: Buffer): string[] {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, buf);
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
    .toString("utf8")
    .split("\f")
    .filter((p) => p.trim());
}

setupAnalysisExportWorld();

const get = (route: typeof reportExport, kind: string, format: string, query = "") =>
  route(new Request(`http://localhost/analysis-reports/${w.reportId}/${kind}/${format}${query}`), {
    params: Promise.resolve({ id: w.reportId, format }),
  });
const report = (format: string, query = "") => get(reportExport, "export", format, query);
const annex = (format: string, query = "") => get(annexExport, "export-annex", format, query);

const lastRow = (action: string, userId: string) =>
  db.auditLog.findFirst({ where: { action, userId }, orderBy: { seq: "desc" } });

async function workbook(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await file(res, "spreadsheetml")).buffer);
  return wb;
}

async function file(res: Response, type: string): Promise<Buffer> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain(type);
  expect(res.headers.get("cache-control")).toContain("no-store");
  return Buffer.from(await res.arrayBuffer());
}

describe("the report's exports", () => {
  it("政治处's DOCX of the newest version (the draft) holds its numbers, and is audited with the version", async () => {
    await actAs(w.po);
    const res = await report("docx");
    expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain(
      "2019年第二季度干警思想状况分析报告-第2版（草稿）",
    );
    const text = docxText(await file(res, "wordprocessingml"));
    for (const { figure } of allFigures(draft))
      expect(text).toContain(
        `${figure.label}${figure.value === null ? "—" : formatNumber(figure.value)}${figure.unit}`,
      );
    expect(text).toContain("思想状况指数79.9分");
    const a = await lastRow("analysisReport.export", w.po.id);
    expect(a).toMatchObject({
      result: "SUCCESS",
      objectType: "AnalysisReport",
      objectId: w.reportId,
    });
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "docx", versionId: w.v2, version: 2 });
  });

  it("a PDF of the issued version round-trips the section titles and key figures in Chinese", async () => {
    await actAs(w.po);
    const pages = pdfPages(await file(await report("pdf", `?version=${w.v1}`), "application/pdf"));
    const all = squash(pages.join(""));
    for (const s of issued.sections) expect(all).toContain(s.title);
    expect(all).toContain("思想状况指数78.4分");
    expect(all).toContain("脉搏测评参与率86.7%");
    expect(all).toContain("2019年第二季度干警思想状况分析报告");
    const a = await lastRow("analysisReport.export", w.po.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "pdf", versionId: w.v1, version: 1 });
  });

  it("a leader's XLSX of the issued version holds its numbers, as numbers", async () => {
    await actAs(w.leader);
    const wb = await workbook(await report("xlsx", `?version=${w.v1}`));
    const ws = wb.getWorksheet("主要数据")!;
    const values: unknown[] = [];
    ws.eachRow((row, n) => void (n > 3 && values.push(row.getCell(3).value ?? null)));
    expect(values).toEqual(allFigures(issued).map((f) => f.figure.value));
    const a = await lastRow("analysisReport.export", w.leader.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: "版本：第1版（已签发）",
    });
  });

  it("a version of another report is a 404, audited NOT_FOUND", async () => {
    expect(w.otherVersion).toMatch(/^c/);
    await actAs(w.leader);
    expect((await report("docx", `?version=${w.otherVersion}`)).status).toBe(404);
    expect(await lastRow("analysisReport.export", w.leader.id)).toMatchObject({
      result: "NOT_FOUND",
      objectId: w.reportId,
    });
  });

  it("staff and heads get a 404 for every format, each audited NOT_FOUND", async () => {
    for (const who of [w.staffA, w.headA])
      for (const format of ["docx", "pdf", "xlsx"]) {
        await actAs(who);
        const res = await report(format);
        expect(res.status, format).toBe(404);
        expect(await res.text()).not.toContain("思想状况指数");
        expect(await lastRow("analysisReport.export", who.id)).toMatchObject({
          result: "NOT_FOUND",
          objectId: w.reportId,
        });
      }
  });

  it("an unknown format or report is a 404; signed out too", async () => {
    await actAs(w.po);
    expect((await report("html")).status).toBe(404);
    const other = await reportExport(new Request("http://localhost/x"), {
      params: Promise.resolve({ id: "nope", format: "pdf" }),
    });
    expect(other.status).toBe(404);
    actAnonymously();
    expect((await report("pdf")).status).toBe(404);
  });
});

describe("the confidential annex", () => {
  it("政治处's PDF names every person of concern, marked 内部资料 注意保密 on every page, no descriptions", async () => {
    await actAs(w.po);
    const pages = pdfPages(await file(await annex("pdf"), "application/pdf"));
    for (const p of pages) expect(p).toContain(ANNEX_MARKING);
    const all = squash(pages.join(""));
    for (const n of Object.values(names)) expect(all).toContain(n);
    expect(all).toContain(w.deptA.name);
    expect(all).not.toContain("CANARY");
    const a = await lastRow("analysisReport.annex.export", w.po.id);
    expect(a).toMatchObject({ result: "SUCCESS", objectId: w.reportId });
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "pdf", rows: 3, department: "全院" });
  });

  it("a head's annex holds their own department's rows only, and every read is audited", async () => {
    await actAs(w.headA);
    const before = await db.auditLog.count({
      where: { action: "analysisReport.annex.export", userId: w.headA.id },
    });
    const text = docxText(await file(await annex("docx"), "wordprocessingml"));
    expect(text).toContain(names.a1);
    expect(text).toContain(names.a2);
    expect(text).not.toContain(names.b1);
    expect(text).not.toContain(w.deptB.name);
    const pages = pdfPages(await file(await annex("pdf"), "application/pdf"));
    expect(squash(pages.join(""))).not.toContain(names.b1);
    const rows = await db.auditLog.findMany({
      where: { action: "analysisReport.annex.export", userId: w.headA.id },
      orderBy: { seq: "asc" },
    });
    expect(rows.length - before).toBe(2);
    expect(JSON.parse(rows.at(-1)!.detail!)).toMatchObject({ rows: 2, department: w.deptA.name });
  });

  it("a head cannot open another department's annex (404, audited NOT_FOUND)", async () => {
    await actAs(w.headA);
    expect((await annex("pdf", `?dept=${w.deptB.id}`)).status).toBe(404);
    expect(await lastRow("analysisReport.annex.export", w.headA.id)).toMatchObject({
      result: "NOT_FOUND",
      objectId: w.reportId,
    });
    await actAs(w.headB);
    const wb = await workbook(await annex("xlsx"));
    const people: unknown[] = [];
    wb.worksheets[0].eachRow((row, n) => void (n > 3 && people.push(row.getCell(3).value)));
    expect(people).toEqual([names.b1]);
  });

  it("a leader reads every department, or one asked for", async () => {
    await actAs(w.leader);
    const text = docxText(
      await file(await annex("docx", `?dept=${w.deptB.id}`), "wordprocessingml"),
    );
    expect(text).toContain(names.b1);
    expect(text).not.toContain(names.a1);
  });

  it("staff get a 404 for the annex in every format, audited NOT_FOUND", async () => {
    await actAs(w.staffA);
    for (const format of ["docx", "pdf", "xlsx"]) {
      const res = await annex(format);
      expect(res.status, format).toBe(404);
      expect(await lastRow("analysisReport.annex.export", w.staffA.id)).toMatchObject({
        result: "NOT_FOUND",
        objectId: w.reportId,
      });
    }
  });
});
