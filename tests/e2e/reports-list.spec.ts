// The report list and the compliance matrix as 政治处 works them (issue 15
// items 4 and 5): zzc searches /reports by a period (the keyword), sorts by
// 情绪 both ways and downloads 导出 Excel, whose rows — read back with
// exceljs — equal the table on screen; staff1 gets 404 from the export. Then
// zzc sends a 催报 from a compliance cell still owed. The cell taken is the
// last one offering 催报, so 第一检察部 (whose liaison1 files a report in
// reports.spec) and the workbench's first 催报 row stay as those specs expect.
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

const digits = (s: string) => s.replace(/\D/g, "");
const squeeze = (s: string) => s.replace(/\s/g, "");

/** A period label the keyword finds alone: two months back, or three if that is a January. */
function periodLabel(): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  for (let back = 2; ; back++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    if (d.getUTCMonth() !== 0) return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`;
  }
}

/** The table on screen as [周期/标题, 部门, 情绪, 稳定性, 话题, 关注人数, 状态, 提交时间, 信息员]. */
async function screenRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole("table", { name: "思想动态报告列表" }).locator("tbody tr");
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const c = (await rows.nth(i).locator("td").allInnerTexts()).map((s) => s.trim());
    out.push([
      c[0].split("\n")[0],
      c[1],
      c[2].split(" / ")[0],
      c[3],
      c[4] === "—" ? "" : squeeze(c[4]),
      c[5] === "—" ? "0" : digits(c[5]),
      squeeze(c[6]),
      digits(c[7]),
      c[8],
    ]);
  }
  return out;
}

/** Clicks 导出 Excel and reads the file back in the same shape. */
async function downloadRows(page: Page): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出 Excel" }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  const text = (v: ExcelJS.CellValue) =>
    v instanceof Date ? digits(v.toISOString().slice(0, 16)) : String(v ?? "");
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    const c = (i: number) => text(row.getCell(i).value);
    rows.push([
      c(1),
      c(3),
      c(4),
      c(5),
      c(6).replace(/、/g, ""),
      c(7),
      `${c(8)}${c(9)}`,
      c(11),
      c(12),
    ]);
  });
  return { name: download.suggestedFilename(), rows };
}

test("政治处 searches, sorts and exports 思想动态报告; the XLSX equals the table on screen", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/reports");
  const label = periodLabel();
  await page.getByRole("searchbox", { name: "关键词" }).fill(label);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/q=/);
  const total = Number(
    /共 (\d+) 份报告/.exec(await page.getByText(/共 \d+ 份报告/).innerText())![1],
  );
  expect(total).toBeGreaterThan(1);
  expect(total).toBeLessThanOrEqual(20);
  const found = await screenRows(page);
  expect(found).toHaveLength(total);
  expect(found.every((r) => r[0] === label)).toBe(true);
  // The default order marks no column.
  await expect(page.locator("th[aria-sort='ascending'], th[aria-sort='descending']")).toHaveCount(
    0,
  );

  await page.getByRole("link", { name: "按情绪升序排列" }).click();
  await expect(page).toHaveURL(/sort=mood&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /情绪/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const asc = await screenRows(page);
  const moods = asc.map((r) => Number(r[2]));
  expect(moods).toEqual([...moods].sort((a, b) => a - b));
  await page.screenshot({ path: "/tmp/reports-list.png", fullPage: true });

  const x = await downloadRows(page);
  expect(x.name).toMatch(/^思想动态报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(x.rows).toEqual(asc);

  await page.getByRole("link", { name: "按情绪降序排列" }).click();
  await expect(page).toHaveURL(/sort=mood&dir=desc/);
  const desc = await screenRows(page);
  expect(desc.map((r) => Number(r[2]))).toEqual([...moods].sort((a, b) => b - a));
  expect((await downloadRows(page)).rows).toEqual(desc);
  await page.context().close();

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  expect((await staff.request.get("/reports/export")).status()).toBe(404);
  await staff.context().close();
});

test("政治处 sends a 催报 from a compliance cell; the liaison is notified", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/reports/compliance");
  const matrix = page.getByRole("table", { name: /年各部门报送情况/ });
  await expect(matrix).toBeVisible();
  // Filed cells open their report.
  await expect(matrix.getByRole("link", { name: / 按时$/ }).first()).toBeVisible();
  await page.screenshot({ path: "/tmp/reports-compliance.png", fullPage: true });

  const row = matrix
    .locator("tbody tr")
    .filter({ has: page.getByRole("button", { name: "催报" }) })
    .last();
  const department = (await row.getByRole("rowheader").innerText()).trim();
  const pinned = matrix
    .locator("tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: department, exact: true }) });
  const before = await pinned.getByRole("button", { name: "催报" }).count();
  await pinned.getByRole("button", { name: "催报" }).last().click();
  await confirmDialog(page);
  await expect(pinned.getByText("已催报").first()).toBeVisible();
  await page.reload();
  await expect(pinned.getByText("今日已催报")).toHaveCount(1);
  await expect(pinned.getByRole("button", { name: "催报" })).toHaveCount(before - 1);
  await page.screenshot({ path: "/tmp/reports-compliance-urged.png", fullPage: true });

  const db = new Database("data/e2e.db", { readonly: true }); // scripts/e2e-server.mjs
  const n = db
    .prepare(
      `SELECT count(*) AS n FROM Notification m JOIN Department d ON d.liaisonId = m.userId
       WHERE d.name = ? AND m.title LIKE '政治处催报：%'`,
    )
    .get(department) as { n: number };
  db.close();
  expect(n.n).toBeGreaterThanOrEqual(1);
  await page.context().close();
});
