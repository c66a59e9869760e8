// The follow-up board as people work with it (issue 15 item 5): 政治处 (zzc)
// searches /follow-ups, sorts it by 办结期限 and by 督办事项 and downloads
// 导出 Excel, whose rows — read back with exceljs — equal the table on screen.
// The leader's board and file show a staff-of-concern follow-up masked, and
// 督办事项 does not sort for him; staff1's file holds only their own; the
// administrator gets 404. The culture lists: a club's 社团活动 and the 征文
// calls sort, search and export the rows on screen.
import { expect, test, type Page } from "@playwright/test";
import type ExcelJS from "exceljs";

import { downloadXlsx, loginOk, newUserPage, sheetRows } from "./helpers";

const digits = (s: string) => s.replace(/\D/g, "");
const squash = (s: string) => s.replace(/\s+/g, "");
const KEYWORD = "第一检察部";

const text = (v: ExcelJS.CellValue) =>
  v instanceof Date ? digits(v.toISOString().slice(0, 10)) : String(v ?? "");

/** The board on screen as [督办事项, 来源, 部门, (承办人,) 立项日期, 办结期限, 状态+逾期]. */
async function screenRows(page: Page, assignee: boolean): Promise<string[][]> {
  const rows = page.getByRole("table", { name: "督办事项列表" }).locator("tbody tr");
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const title = (await row.locator("td").first().getByRole("link").innerText()).trim();
    const c = (await row.locator("td").allInnerTexts()).map((s) => s.trim());
    const rest = assignee ? c.slice(1) : [c[1], c[2], "", c[3], c[4], c[5]];
    const [source, dept, who, created, due, status] = rest;
    out.push([
      title,
      source,
      dept === "—" ? "" : dept,
      ...(assignee ? [who] : []),
      digits(created),
      digits(due),
      squash(status),
    ]);
  }
  return out;
}

/** Clicks 导出 Excel and reads the file back in the same shape. */
async function downloadRows(page: Page, assignee: boolean) {
  const { wb, name } = await downloadXlsx(page);
  const cols = assignee ? [1, 2, 3, 4, 6, 7, 8, 9] : [1, 2, 3, 5, 6, 7, 8];
  const rows = sheetRows(wb.worksheets[0], cols).map((r) => {
    const t = r.map(text);
    const [status, overdue] = t.splice(-2);
    return [...t, squash(status + overdue)];
  });
  return { name, rows, all: JSON.stringify(sheetRows(wb.worksheets[0])) };
}

test("政治处 searches, sorts and exports 督办事项; the XLSX equals the table on screen", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/follow-ups");
  await page.getByRole("searchbox", { name: "关键词" }).fill(KEYWORD);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const total = Number(/共 (\d+) 项/.exec(await page.getByText(/^共 \d+ 项$/).innerText())![1]);
  expect(total).toBeGreaterThan(1);

  // 办结期限, earliest first: the dates on screen ascend (none last).
  await page.getByRole("link", { name: "按办结期限升序排列" }).click();
  await expect(page).toHaveURL(/sort=dueDate&dir=asc/);
  const byDue = await screenRows(page, true);
  expect(byDue).toHaveLength(total);
  const due = byDue.map((r) => r[5]).filter(Boolean);
  expect(due).toEqual([...due].sort());
  const x = await downloadRows(page, true);
  expect(x.name).toMatch(/^督办事项-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(x.rows).toEqual(byDue);

  // 督办事项 both ways: the first row follows, and the file follows the screen.
  await page.getByRole("link", { name: "按督办事项升序排列" }).click();
  await expect(page).toHaveURL(/sort=title&dir=asc/);
  const asc = await screenRows(page, true);
  expect(asc.map((r) => r[0])).toEqual(byDue.map((r) => r[0]).sort());
  await page.getByRole("link", { name: "按督办事项降序排列" }).click();
  await expect(page).toHaveURL(/sort=title&dir=desc/);
  const desc = await screenRows(page, true);
  expect(desc.map((r) => r[0])).toEqual(asc.map((r) => r[0]).reverse());
  expect((await downloadRows(page, true)).rows).toEqual(desc);
  await page.screenshot({ path: "/tmp/follow-ups-office.png", fullPage: true });
  await page.context().close();
});

test("the leader's file is his board, masked; staff1's holds only their own; admin gets 404", async ({
  browser,
}) => {
  const leader = await newUserPage(browser);
  await loginOk(leader, "leader");
  await leader.goto(`/follow-ups?q=${encodeURIComponent(KEYWORD)}&sort=dueDate&dir=desc`);
  await expect(leader.getByRole("heading", { name: "督办事项", level: 1 })).toBeVisible();
  // 督办事项 does not sort for him: the order would reveal the masked titles.
  await expect(leader.getByRole("link", { name: /^按督办事项/ })).toHaveCount(0);
  const board = await screenRows(leader, true);
  expect(board.map((r) => r[0])).toContain("关注人员跟进（人员信息保密）");
  const l = await downloadRows(leader, true);
  expect(l.rows).toEqual(board);
  expect(l.all).not.toContain("关注人员跟进：");
  await leader.screenshot({ path: "/tmp/follow-ups-leader.png", fullPage: true });
  await leader.context().close();

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/follow-ups");
  await expect(staff.getByRole("heading", { name: "我的督办", level: 1 })).toBeVisible();
  const mine = await screenRows(staff, false);
  expect(mine.length).toBeGreaterThan(0);
  const s = await downloadRows(staff, false);
  expect(s.name).toMatch(/^我的督办-/);
  expect(s.rows).toEqual(mine);
  await staff.screenshot({ path: "/tmp/follow-ups-staff.png", fullPage: true });
  await staff.context().close();

  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  expect((await admin.request.get("/follow-ups/export")).status()).toBe(404);
  await admin.context().close();
});

/** A table's first column (the title link) on screen. */
const titlesOn = async (page: Page, table: string) =>
  (
    await page
      .getByRole("table", { name: table })
      .locator("tbody tr td:first-child a")
      .allInnerTexts()
  ).map((t) => t.trim());

test("a club's 社团活动 and the 征文 calls sort, search and export what the screen shows", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "staff1");
  await page.goto("/culture/clubs");
  await page.getByRole("link", { name: "东林法学社" }).click();
  await expect(page.getByRole("heading", { name: "东林法学社", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "往期活动", exact: true }).click();
  await expect(page).toHaveURL(/when=past#events$/);
  await page.getByRole("link", { name: "按活动升序排列" }).click();
  await expect(page).toHaveURL(/when=past.*sort=title&dir=asc/);
  const club = await titlesOn(page, "社团活动");
  expect(club.length).toBeGreaterThan(1);
  expect(club).toEqual([...club].sort());
  const c = await downloadXlsx(page);
  expect(c.name).toMatch(/^东林法学社-往期社团活动-/);
  expect(sheetRows(c.wb.worksheets[0], [1]).map((r) => text(r[0]))).toEqual(club);
  // Searching one title finds it.
  await page.getByRole("searchbox", { name: "关键词" }).fill(club[0]);
  await page.getByRole("button", { name: "筛选" }).click();
  expect(await titlesOn(page, "社团活动")).toContain(club[0]);
  await page.screenshot({ path: "/tmp/culture-club-events.png", fullPage: true });

  await page.goto("/culture/essays");
  await page.getByRole("link", { name: "按作品数升序排列" }).click();
  await expect(page).toHaveURL(/sort=entries&dir=asc/);
  const calls = await titlesOn(page, "征文活动");
  expect(calls.length).toBeGreaterThan(0);
  const e = await downloadXlsx(page);
  expect(e.name).toMatch(/^征文活动-/);
  expect(sheetRows(e.wb.worksheets[0], [1]).map((r) => text(r[0]))).toEqual(calls);
  await page.getByRole("searchbox", { name: "关键词" }).fill(calls[0]);
  await page.getByRole("button", { name: "筛选" }).click();
  expect(await titlesOn(page, "征文活动")).toContain(calls[0]);
  await page.screenshot({ path: "/tmp/culture-essays.png", fullPage: true });
  await page.context().close();
});
