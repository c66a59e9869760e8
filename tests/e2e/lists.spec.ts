// A list as 政治处 works with it (issue 15 item 5), on 学习活动: zzc searches
// a keyword, sorts by the 活动 header (the first row becomes the first title
// in order) and downloads 导出 Excel, whose rows — read back with exceljs —
// equal the table on screen, ascending and descending. staff1, who reviews
// nothing, gets 404 from the study-log review list's export.
import { expect, test, type Page } from "@playwright/test";
import type ExcelJS from "exceljs";

import { downloadXlsx, loginOk, newUserPage, sheetRows } from "./helpers";

const digits = (s: string) => s.replace(/\D/g, "");

/** The table on screen as [时间, 活动, 类型, 组织人, 应到]. */
async function screenRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole("table", { name: "学习活动列表" }).locator("tbody tr");
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const c = (await rows.nth(i).locator("td").allInnerTexts()).map((s) => s.trim());
    out.push([digits(c[0]), c[1].split("\n")[0], c[2], c[3].replace("（本人）", ""), c[4]]);
  }
  return out;
}

/** Clicks 导出 Excel and reads the file back in the same shape. */
async function downloadRows(page: Page): Promise<{ name: string; rows: string[][] }> {
  const { wb, name } = await downloadXlsx(page);
  const text = (v: ExcelJS.CellValue) =>
    v instanceof Date ? digits(v.toISOString().slice(0, 16)) : String(v ?? "");
  return { name, rows: sheetRows(wb.worksheets[0], [1, 2, 4, 5, 7]).map((r) => r.map(text)) };
}

test("政治处 searches, sorts and exports 学习活动; the XLSX equals the table on screen", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/study/activities");
  await page.getByRole("searchbox", { name: "关键词" }).fill("党员大会");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/q=/);
  const total = Number(
    /共 (\d+) 项活动/.exec(await page.getByText(/共 \d+ 项活动/).innerText())![1],
  );
  expect(total).toBeGreaterThan(1);
  expect(total).toBeLessThanOrEqual(20);
  const byDate = await screenRows(page);
  expect(byDate).toHaveLength(total);
  expect(byDate.every((r) => r[1].includes("党员大会"))).toBe(true);
  // Newest first by default.
  expect(byDate.map((r) => r[0])).toEqual(
    byDate
      .map((r) => r[0])
      .sort()
      .reverse(),
  );

  await page.getByRole("link", { name: "按活动升序排列" }).click();
  await expect(page).toHaveURL(/sort=title&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /活动/ }).first()).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const byTitle = await screenRows(page);
  const titles = byTitle.map((r) => r[1]);
  expect(titles).toEqual([...titles].sort());
  expect(byTitle[0][1]).toBe([...byDate.map((r) => r[1])].sort()[0]);
  await page.screenshot({ path: "/tmp/lists-study-activities.png", fullPage: true });

  const x = await downloadRows(page);
  expect(x.name).toMatch(/^学习活动-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(x.rows).toEqual(byTitle);

  // Descending: the first row is now the last title.
  await page.getByRole("link", { name: "按活动降序排列" }).click();
  await expect(page).toHaveURL(/sort=title&dir=desc/);
  const desc = await screenRows(page);
  expect(desc[0][1]).toBe(titles[titles.length - 1]);
  expect((await downloadRows(page)).rows).toEqual(desc);

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  expect((await staff.request.get("/study/review/export")).status()).toBe(404);
});
