import { expect, type Browser, type Page } from "@playwright/test";
import ExcelJS from "exceljs";

import { DAY_MS, shanghaiDayKey } from "../../lib/dates";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";

export { DEMO_PASSWORD };

let ipCounter = 0;
/** Each context presents its own client address (the server trusts X-Forwarded-For in e2e). */
export function nextIp(): string {
  ipCounter++;
  return `198.51.100.${(ipCounter % 250) + 1}`;
}

export async function newUserPage(browser: Browser, ip = nextIp()): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": ip },
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
  });
  return context.newPage();
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/**
 * Signs in and lands on the home page, as the login form does, but through
 * next-auth's own endpoints (the ones the form's signIn() posts to) instead of
 * rendering /login first: one page load less per sign-in. The form itself is
 * tested with login() (login-security.spec.ts). The context's cookies and its
 * X-Forwarded-For travel with page.request.
 */
export async function loginOk(page: Page, username: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "主导航" }).first()).toBeVisible();
}

export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.locator("aside").getByRole("navigation", { name: "主导航" }).last();
  return (await nav.getByRole("link").allTextContents()).map((s) => s.trim());
}

/**
 * Answers 确定 in the in-page ConfirmDialog (components/ui/confirm-dialog.tsx)
 * that the last click opened, and waits for it to close.
 */
export async function confirmDialog(page: Page, title?: string) {
  const dialog = page.getByRole("dialog", title ? { name: title } : undefined);
  await dialog.getByRole("button", { name: "确定", exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** "YYYY-MM-DD" in Asia/Shanghai, `days` from today: form dates that stay in the future. */
export function dayFromToday(days: number): string {
  return shanghaiDayKey(new Date(Date.now() + days * DAY_MS));
}

/**
 * Clicks an export button (导出 Excel by default), waits for the download and
 * reads the XLSX back with exceljs; `name` is the file name the server gave.
 */
export async function downloadXlsx(
  page: Page,
  button = "导出 Excel",
): Promise<{ wb: ExcelJS.Workbook; name: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await file.path())!);
  return { wb, name: file.suggestedFilename() };
}

/**
 * The data rows of an exported sheet (lib/xlsx.ts: below its title, its
 * who/when/filter line and its header): the given 1-based columns, or every
 * cell of the row.
 */
export function sheetRows(ws: ExcelJS.Worksheet, columns?: number[]): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3)
      rows.push(
        columns
          ? columns.map((c) => row.getCell(c).value)
          : (row.values as ExcelJS.CellValue[]).slice(1),
      );
  });
  return rows;
}
