// 政治处 (zzc) creates a study activity for 政治处 itself, edits its place
// (the expected attendees are told), and deletes it after confirming; the
// activity is gone from the list and its page answers 404.
import { expect, test } from "@playwright/test";

import { confirmDialog, dayFromToday, loginOk, newUserPage } from "./helpers";

test("政治处 creates, edits and deletes a study activity", async ({ browser }) => {
  const title = `政治处学习会-${Date.now().toString(36)}`;
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/study/activities/new");
  await page.getByLabel("活动类型").selectOption({ label: "座谈会" });
  await page.getByLabel("活动名称").fill(title);
  await page.getByLabel("活动时间").fill(`${dayFromToday(13)}T14:30`);
  await page.getByLabel("活动地点（可选）").fill("第三会议室");
  await page.getByLabel("组织人").selectOption({ index: 1 });
  await page.getByLabel("参加范围").selectOption({ label: "指定部门" });
  await page.getByRole("checkbox", { name: /^政治处/ }).check();
  await page.getByRole("button", { name: "创建学习活动" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const url = page.url();

  await page.getByRole("link", { name: "编辑" }).click();
  await expect(page.getByLabel("活动名称")).toHaveValue(title);
  await expect(page.getByLabel("参加范围")).toHaveCount(0);
  await page.getByLabel("活动地点（可选）").fill("报告厅");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByText("报告厅", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "删除" }).click();
  await confirmDialog(page);
  await expect(page).toHaveURL(/\/study\/activities$/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);
  await page.context().close();
});
