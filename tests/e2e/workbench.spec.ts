// 政治处工作台 in the browser (issue 15 item 4): zzc sees the queue with
// counts, ages and deadlines, sends a 催报 that the liaison receives (with the
// header's unread badge), and cannot send a second one today; staff get 404.
// Which departments still owe a report depends on the specs before this one
// (reports.spec files one), so the test takes the first row that offers
// 催报 and finds that department's liaison in the e2e database.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

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

  const first = queue
    .getByRole("row")
    .filter({ has: office.getByRole("button", { name: "催报" }) })
    .first();
  const title = (await first.getByRole("link").first().innerText()).trim();
  const department = /^(.+?)未报/.exec(title)![1];
  // Pinned by its title: once urged, the row has no 催报 button any more.
  const row = queue.getByRole("row").filter({ hasText: title }).first();
  await row.getByRole("button", { name: "催报" }).click();
  await confirmDialog(office);
  await expect(row.getByText("已催报").first()).toBeVisible();
  await office.reload();
  await expect(
    queue.getByRole("row").filter({ hasText: title }).first().getByText("今日已催报"),
  ).toBeVisible();
  await office.screenshot({ path: "test-results/workbench.png", fullPage: true });

  const liaison = await newUserPage(browser);
  const db = new Database("data/e2e.db", { readonly: true }); // scripts/e2e-server.mjs
  const { username } = db
    .prepare(
      'SELECT u.username FROM Department d JOIN "User" u ON u.id = d.liaisonId WHERE d.name = ?',
    )
    .get(department) as { username: string };
  db.close();
  await loginOk(liaison, username);
  await expect(liaison.getByTestId("unread-badge")).toBeVisible();
  await liaison.goto("/notifications");
  await expect(liaison.getByText(/政治处催报：请提交.+思想动态报告/).first()).toBeVisible();

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  expect((await staff.goto("/workbench"))?.status()).toBe(404);
});
