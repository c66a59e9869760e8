// 导出 Excel in the appraisal (issue 14 item 7): 政治处 downloads the archived
// cycle's results and the file holds the rows of the table on screen; staff
// download their own sheet; the download of another's sheet is refused.
import { expect, test } from "@playwright/test";

import { downloadXlsx, loginOk, newUserPage, sheetRows } from "./helpers";

test("政治处 exports the archived cycle's results as on screen; staff export their own sheet", async ({
  browser,
}) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/appraisal");
  await office.getByRole("link", { name: /2025 年度工作人员绩效考评/ }).click();
  await office.waitForURL(/\/appraisal\/c[a-z0-9]+$/);
  const cycleUrl = office.url();
  await office.goto(`${cycleUrl}/calibration`);
  const table = office.getByRole("table", { name: "个人考评结果" });
  const names = (await table.locator("tbody tr td:nth-child(2)").allInnerTexts()).map((t) =>
    t.trim(),
  );
  const { wb, name } = await downloadXlsx(office, "导出考评结果");
  expect(name).toMatch(/^2025 年度工作人员绩效考评-考评结果-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const rows = sheetRows(wb.getWorksheet("考评结果")!);
  expect(rows.length).toBe(await table.locator("tbody tr").count());
  expect(rows.map((r) => String(r[2]))).toEqual(names);

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto(`${cycleUrl}/mine`);
  const sheetUrl = staff.url();
  const mine = await downloadXlsx(staff, "导出考评表");
  expect(sheetRows(mine.wb.getWorksheet("各项指标")!).length).toBeGreaterThan(3);
  expect(mine.wb.getWorksheet("考评结果")).toBeTruthy();
  // Another's sheet: the export route answers 404, as the page does.
  const other = (await office.evaluate(async () => location.pathname)).replace(
    /\/calibration$/,
    "",
  );
  const res = await staff.request.get(`${other}/export/sheets`);
  expect(res.status()).toBe(404);
  expect(sheetUrl).toContain("/sheets/");
});
