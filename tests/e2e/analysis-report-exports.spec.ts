// The analysis report's downloads in the browser (issue 16 items 3 and 4):
// 政治处 downloads an issued quarter as Word, PDF and Excel from the report
// page, and each file holds the figures on screen; the page prints on A4
// without the portal's navigation; the annex downloads carry 内部资料
// 注意保密 on every page; a head downloads only their own department's annex
// rows, and every other department's is a 404, as is the report itself.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { unzip } from "../support/unzip";
import { downloadXlsx, loginOk, newUserPage, sheetRows } from "./helpers";

const squash = (s: string) => s.replace(/\s+/g, "");
const pdfPages = (file: string) =>
  execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
    .toString("utf8")
    .split("\f")
    .filter((p) => p.trim());

async function download(page: Page, button: string): Promise<{ file: string; name: string }> {
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return { file: (await d.path())!, name: d.suggestedFilename() };
}

test("政治处 downloads an issued report as Word, PDF and Excel with the figures on screen, prints it, and downloads the marked annex; a head gets only their own annex", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const zzc = await newUserPage(browser);
  await loginOk(zzc, "zzc");
  await zzc.goto("/analysis-reports");
  await zzc
    .getByRole("row")
    .filter({ hasText: "已签发" })
    .filter({ hasNotText: "草稿" })
    .first()
    .getByRole("link")
    .first()
    .click();
  await zzc.waitForURL(/\/analysis-reports\/[^/?]+$/);
  const title = (await zzc.getByRole("heading", { level: 1 }).textContent())!.trim();
  // The figures on screen: label → the number as shown ("—" when masked).
  const figures = await zzc.locator("[data-figure]").evaluateAll((els) =>
    els.map((e) => ({
      label: e.querySelector("dt")!.textContent!.trim(),
      shown: e.querySelector("dd")!.textContent!.trim().split(" ")[0],
    })),
  );
  expect(figures.length).toBeGreaterThan(10);

  const xlsx = await downloadXlsx(zzc, "导出 Excel");
  expect(xlsx.name).toMatch(/干警思想状况分析报告-第\d+版（已签发）-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const rows = sheetRows(xlsx.wb.getWorksheet("主要数据")!);
  expect(rows.map((r) => [String(r[1]), r[2] === null ? "—" : String(r[2])])).toEqual(
    figures.map((f) => [f.label, f.shown]),
  );

  const word = await download(zzc, "导出 Word");
  expect(word.name).toMatch(/\.docx$/);
  const xml = unzip(fs.readFileSync(word.file)).get("word/document.xml")!.toString("utf8");
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  expect(text).toContain(title);
  for (const f of figures) expect(text).toContain(`${f.label}${f.shown}`);

  const pdf = await download(zzc, "导出 PDF");
  const all = squash(pdfPages(pdf.file).join(""));
  expect(all).toContain(squash(title));
  for (const h of ["一、总体情况", "四、预警与关注", "十、问题与建议"]) expect(all).toContain(h);
  for (const f of figures.slice(0, 8)) expect(all).toContain(squash(`${f.label}${f.shown}`));

  // Printed from the browser: A4, one section a page, no navigation or buttons.
  await zzc.emulateMedia({ media: "print" });
  await expect(zzc.getByRole("button", { name: "导出 Word" })).toBeHidden();
  await zzc.pdf({ path: "/tmp/analysis-print.pdf", preferCSSPageSize: true });
  await zzc.emulateMedia({ media: "screen" });
  const printed = pdfPages("/tmp/analysis-print.pdf");
  expect(printed.length).toBeGreaterThanOrEqual(10);
  expect(squash(printed.join(""))).not.toContain("退出登录");
  expect(execFileSync("pdfinfo", ["/tmp/analysis-print.pdf"]).toString()).toMatch(
    /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/,
  );

  // The annex, from its own page, marked on every page of the PDF.
  await zzc.getByRole("link", { name: "保密附件" }).click();
  await expect(zzc.getByText("内部资料 注意保密").first()).toBeVisible();
  const annexUrl = zzc.url();
  const names = await zzc.locator("tbody tr td:nth-child(2)").allTextContents();
  const annex = await download(zzc, "导出附件 PDF");
  const annexPages = pdfPages(annex.file);
  for (const p of annexPages) expect(p).toContain("内部资料 注意保密");
  for (const n of names) expect(squash(annexPages.join(""))).toContain(n.trim());

  // A head: their own department's rows only; the report and every other department are 404s.
  await zzc.goto("/department");
  const departments = await zzc
    .locator('a[href^="/department/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/")[2]));
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto(annexUrl);
  await expect(head.getByText("仅本部门")).toBeVisible();
  const own = await downloadXlsx(head, "导出附件 Excel");
  const ownDepartments = new Set(sheetRows(own.wb.worksheets[0]).map((r) => String(r[1])));
  expect(ownDepartments.size).toBeLessThanOrEqual(1);
  const version = new URL(annexUrl).searchParams.get("version")!;
  const base = new URL(annexUrl).pathname.replace(/\/annex$/, "");
  const statuses = await Promise.all(
    [...new Set(departments)].map(async (d) =>
      (await head.request.get(`${base}/export-annex/pdf?version=${version}&dept=${d}`)).status(),
    ),
  );
  expect(statuses.filter((s) => s === 404).length).toBeGreaterThanOrEqual(statuses.length - 1);
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(1);
  expect((await head.request.get(`${base}/export/pdf?version=${version}`)).status()).toBe(404);
});
