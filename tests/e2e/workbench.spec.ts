// 政治处工作台 in the browser (issue 15 item 4): zzc sees the queue with
// counts, ages and deadlines, sends a 催报 that the liaison receives (with the
// header's unread badge), and cannot send a second one today; staff get 404.
import { expect, test } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

test("政治处 works the queue and sends a 催报 that the liaison receives", async ({ browser }) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/workbench");
  await expect(office.getByRole("heading", { name: "政治处工作台", level: 1 })).toBeVisible();
  const counts = office.getByRole("region", { name: "各类待办数量" });
  await expect(counts.getByRole("link", { name: /待答复咨询/ })).toBeVisible();
  const queue = office.getByRole("table", { name: "待办队列（按紧急程度排序）" });
  await expect(queue).toBeVisible();

  const row = queue.getByRole("row").filter({ hasText: "第一检察部未报" }).first();
  await row.getByRole("button", { name: "催报" }).click();
  await confirmDialog(office);
  await expect(row.getByText("已催报")).toBeVisible();
  await office.reload();
  await expect(
    queue.getByRole("row").filter({ hasText: "第一检察部未报" }).first().getByText("今日已催报"),
  ).toBeVisible();
  await office.screenshot({ path: "test-results/workbench.png", fullPage: true });

  const liaison = await newUserPage(browser);
  await loginOk(liaison, "liaison1");
  await expect(liaison.getByTestId("unread-badge")).toBeVisible();
  await liaison.goto("/notifications");
  await expect(liaison.getByText(/政治处催报：请提交.+思想动态报告/).first()).toBeVisible();

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  expect((await staff.goto("/workbench"))?.status()).toBe(404);
});
