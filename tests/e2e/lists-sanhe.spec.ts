// The 三合 lists as people work with them (issue 15 item 5): 政治处 (zzc)
// searches the 履职表现记录 list, sorts it by a header and downloads its
// XLSX, whose rows — read back with exceljs — equal the table on screen;
// filtered to 纪律处分 the download holds the discipline rows the screen
// shows, and the discipline rows are found by the person's name; a head's
// (head1) download holds no discipline row.
import { expect, test, type Page } from "@playwright/test";
import type ExcelJS from "exceljs";

import { downloadXlsx, loginOk, newUserPage, sheetRows } from "./helpers";

const digits = (s: string) => s.replace(/\D/g, "");

/** The table on screen as [日期, 类别, 对象, 标题, 发文单位, 状态]. */
async function screenRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole("table").locator("tbody tr");
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = (await rows.nth(i).locator("td").allInnerTexts()).map((s) => s.trim());
    out.push([digits(cells[0]), cells[1], cells[2].split("\n")[0], cells[4], cells[5], cells[6]]);
  }
  return out;
}

/** Clicks 导出 Excel and reads the file back in the same shape. */
async function downloadRows(page: Page): Promise<{ name: string; rows: string[][] }> {
  const { wb, name } = await downloadXlsx(page);
  const text = (v: ExcelJS.CellValue) =>
    v instanceof Date ? digits(v.toISOString().slice(0, 10)) : String(v ?? "");
  return { name, rows: sheetRows(wb.worksheets[0], [1, 2, 3, 6, 8, 9]).map((r) => r.map(text)) };
}

test("政治处 searches, sorts and exports the conduct list; the XLSX equals the table; a head's holds no discipline", async ({
  browser,
}) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/conduct");
  await office.getByRole("searchbox", { name: "关键词" }).fill("创新履职");
  await office.getByRole("button", { name: "筛选" }).click();
  await expect(office).toHaveURL(/q=/);
  await office.getByRole("link", { name: "按发文单位升序排列" }).click();
  await expect(office).toHaveURL(/sort=issuer&dir=asc/);
  await expect(office.getByRole("columnheader", { name: /发文单位/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const total = Number(
    /共 (\d+) 条记录/.exec(await office.getByText(/共 \d+ 条记录/).innerText())![1],
  );
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(20);
  const shown = await screenRows(office);
  expect(shown).toHaveLength(total);
  expect(shown.every((r) => r[3].includes("创新履职"))).toBe(true);
  const issuers = shown.map((r) => r[4]);
  expect(issuers).toEqual([...issuers].sort());
  const x = await downloadRows(office);
  expect(x.name).toMatch(/^履职表现记录-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(x.rows).toEqual(shown);

  // 纪律处分 only: the download holds the discipline rows the screen shows.
  await office.goto("/conduct");
  await office.locator("select[name=category]").selectOption({ label: "纪律处分" });
  await office.getByRole("button", { name: "筛选" }).click();
  await expect(office).toHaveURL(/category=DISCIPLINE/);
  const discipline = await screenRows(office);
  expect(discipline.length).toBeGreaterThanOrEqual(3);
  expect(discipline.every((r) => r[1] === "纪律处分")).toBe(true);
  expect((await downloadRows(office)).rows).toEqual(discipline);
  // Found by the person's name (never by the sealed title).
  const person = discipline[0][2];
  await office.getByRole("searchbox", { name: "关键词" }).fill(person);
  await office.getByRole("button", { name: "筛选" }).click();
  await expect(office.getByRole("table").getByText(person).first()).toBeVisible();
  expect((await screenRows(office)).some((r) => r[2] === person && r[1] === "纪律处分")).toBe(true);
  await office.screenshot({ path: "/tmp/lists-conduct.png", fullPage: true });

  // A head: the department's records, never a discipline row.
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto("/conduct");
  const headTotal = Number(
    /共 (\d+) 条记录/.exec(await head.getByText(/共 \d+ 条记录/).innerText())![1],
  );
  const h = await downloadRows(head);
  expect(h.rows).toHaveLength(headTotal);
  expect(h.rows.some((r) => r[1] === "纪律处分")).toBe(false);
  if (headTotal <= 20) expect(h.rows).toEqual(await screenRows(head));
});
