// XLSX exports of the appraisal (issue 14 item 7): each export holds exactly
// the rows the same viewer's page shows, hides what the page hides (MANUAL
// scores and totals before 公示), refuses what the viewer may not read with
// the same 404 as the page, and leaves an audit row with its row count.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as listExport } from "@/app/(portal)/appraisal/[id]/export/[list]/route";
import { GET as sheetExport } from "@/app/(portal)/appraisal/[id]/sheets/[sheetId]/export/route";
import { listCalibrationSheets } from "@/lib/appraisal/queries";
import { db } from "@/lib/db";

import {
  calibrationCycle,
  deptA,
  headA,
  po,
  setupAppraisalWorld,
  sheetOf,
  staffA,
} from "./fixtures/appraisal";
import { actAnonymously, actAs } from "./helpers";

setupAppraisalWorld();

let cycleId: string;

beforeAll(async () => {
  cycleId = await calibrationCycle("导出测试", 8250);
});

const url = (path: string) => new Request(`http://localhost${path}`);
const list = (name: string, query = "") =>
  listExport(url(`/appraisal/${cycleId}/export/${name}${query}`), {
    params: Promise.resolve({ id: cycleId, list: name }),
  });
const sheet = (sheetId: string) =>
  sheetExport(url(`/appraisal/${cycleId}/sheets/${sheetId}/export`), {
    params: Promise.resolve({ id: cycleId, sheetId }),
  });

/** The data rows of a worksheet (row 3 holds the headers), as plain values. */
async function rowsOf(res: Response, sheetName?: string) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  expect(res.headers.get("cache-control")).toContain("no-store");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = sheetName ? wb.getWorksheet(sheetName)! : wb.worksheets[0];
  const header = (ws.getRow(3).values as unknown[]).slice(1);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    const v = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [String(h), v[i] ?? null])));
  });
  return { header, rows, wb };
}

const lastExportAudit = (action: string) =>
  db.auditLog.findFirst({ where: { action }, orderBy: { seq: "desc" } });

describe("政治处's exports", () => {
  it("考评结果 equals the calibration list, totals with two decimals, and is audited with its row count", async () => {
    await actAs(po);
    const { rows } = await rowsOf(await list("sheets"));
    const expected = await listCalibrationSheets(cycleId);
    expect(rows.map((r) => r["姓名"])).toEqual(expected.map((s) => s.subjectName));
    expect(rows.map((r) => r["最终总分"])).toEqual(
      expected.map((s) => (s.finalTotalCenti === null ? null : s.finalTotalCenti / 100)),
    );
    const a = await lastExportAudit("appraisal.sheets.export");
    expect(a).toMatchObject({ userId: po.id, result: "SUCCESS", objectId: cycleId });
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "xlsx", rows: expected.length });
  });

  it("a department filter exports that department only, and says so in the file", async () => {
    await actAs(po);
    const { rows, wb } = await rowsOf(await list("sheets", `?dept=${deptA.id}`));
    expect(rows).toHaveLength(staffA.length + 1);
    expect(String(wb.worksheets[0].getRow(2).getCell(1).value)).toContain("筛选：部门");
  });

  it("评分进度 names named scorers and counts 民主测评 only as a total", async () => {
    await actAs(po);
    const { rows } = await rowsOf(await list("progress"));
    const peer = rows.find((r) => String(r["评分人"]).startsWith("民主测评"));
    expect(peer).toBeTruthy();
    expect(rows.filter((r) => r["评分人"] === "民主测评（匿名，合计）")).toHaveLength(1);
  });

  it("an unknown list is a 404", async () => {
    await actAs(po);
    expect((await list("everything")).status).toBe(404);
  });
});

describe("what others may export", () => {
  it("a head may not export the 院's results (404, audited NOT_FOUND)", async () => {
    await actAs(headA);
    expect((await list("sheets")).status).toBe(404);
    expect((await list("progress")).status).toBe(404);
    const a = await db.auditLog.findFirst({
      where: { action: "appraisal.list.export", userId: headA.id },
      orderBy: { seq: "desc" },
    });
    expect(a).toMatchObject({ result: "NOT_FOUND", objectId: cycleId });
  });

  it("a head's department export holds only their department, with results hidden before 公示", async () => {
    await actAs(headA);
    const { rows } = await rowsOf(await list("department"));
    expect(rows).toHaveLength(staffA.length + 2); // the department's sheet, its head and six staff
    expect(new Set(rows.map((r) => r["所在部门"])).size).toBe(1);
    expect(rows.every((r) => r["等次"] === "待公示" && r["最终总分"] === null)).toBe(true);
  });

  it("staff export their own sheet, without MANUAL scores before 公示; another's sheet is a 404", async () => {
    const mine = await sheetOf(cycleId, staffA[0]);
    const theirs = await sheetOf(cycleId, staffA[1]);
    await actAs(staffA[0]);
    const { rows, wb } = await rowsOf(await sheet(mine.id));
    const manual = rows.filter((r) => r["评分方式"] === "部门负责人评分（本部门干警）");
    expect(manual.length).toBeGreaterThan(0);
    expect(manual.every((r) => r["得分"] === null && r["状态"] === "待公示")).toBe(true);
    expect(wb.getWorksheet("考评结果")).toBeUndefined();
    expect((await sheet(theirs.id)).status).toBe(404);
    const a = await db.auditLog.findFirst({
      where: { action: "appraisal.sheet.export", userId: staffA[0].id, result: "NOT_FOUND" },
      orderBy: { seq: "desc" },
    });
    expect(a?.objectId).toBe(theirs.id);
  });

  it("signed out, every export is a 404", async () => {
    actAnonymously();
    expect((await list("sheets")).status).toBe(404);
    const mine = await sheetOf(cycleId, staffA[0]);
    expect((await sheet(mine.id)).status).toBe(404);
  });
});
