// The study log through the UI: staff1 logs a 心得体会 and sees it pending;
// 政治处 approves it from the review queue; staff1's 我的学习 points and hours
// rise by exactly what the points table says (read from /study/points).
import { expect, test } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

test("staff logs study, 政治处 approves it, and 我的学习 rises by the rule values", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const title = `学习习近平法治思想心得（${stamp}）`;

  // The rule values in force, as 政治处 sees them.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/study/points");
  const perHour = Number(await office.getByLabel("个人自学时长（分/小时）").inputValue());
  const perReflection = Number(await office.getByLabel("心得体会（分/篇）").inputValue());
  expect(perHour).toBeGreaterThan(0);

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/study");
  await expect(staff.getByRole("heading", { name: "我的学习", exact: true })).toBeVisible();
  const points0 = Number(await staff.getByTestId("my-points").textContent());
  const hours0 = Number(await staff.getByTestId("my-year-hours").textContent());

  // Bad input first: Chinese errors beside the fields, nothing written.
  await staff.getByRole("link", { name: "登记学习" }).click();
  await staff.waitForURL(/\/study\/log/);
  await staff.getByLabel("学习类型").selectOption({ label: "心得体会" });
  await staff.getByLabel("学习内容").fill(title);
  await staff.getByLabel("学习时长（小时）").fill("-1");
  await staff.getByRole("button", { name: "提交学习记录" }).click();
  await expect(staff.getByText("学习时长须大于 0 小时")).toBeVisible();
  await expect(staff.getByText("心得体会须填写体会内容")).toBeVisible();
  await expect(staff.getByRole("row").filter({ hasText: title })).toHaveCount(0);

  await staff.getByLabel("学习时长（小时）").fill("1.5");
  await staff
    .getByLabel("学习体会")
    .fill("坚持以人民为中心，让人民群众在每一个司法案件中感受到公平正义。");
  await staff.getByRole("button", { name: "提交学习记录" }).click();
  await expect(staff.getByText("已提交，等待审核")).toBeVisible();
  const mine = staff.getByRole("row").filter({ hasText: title });
  await expect(mine.getByText("待审核")).toBeVisible();
  await expect(mine.getByText("1.5", { exact: true })).toBeVisible();

  // Pending entries do not count yet.
  await staff.goto("/study");
  await expect(staff.getByTestId("my-points")).toHaveText(String(points0));

  // 政治处 finds it in the queue and approves it.
  await office.goto("/study/review");
  await expect(office.getByRole("heading", { name: "学习日志审核" })).toBeVisible();
  // The queue is oldest first and runs over a page: narrow it to staff1's department and the kind.
  await office.getByLabel("部门").selectOption({ label: "第一检察部" });
  await office.getByLabel("学习类型").selectOption({ label: "心得体会" });
  await office.getByRole("button", { name: "筛选" }).click();
  await office.waitForURL(/kind=REFLECTION/);
  await office
    .getByRole("row")
    .filter({ hasText: title })
    .getByRole("link", { name: title })
    .click();
  await office.waitForURL(/\/study\/review\/c[a-z0-9]+$/);
  await expect(office.getByText("坚持以人民为中心")).toBeVisible();
  await office.getByRole("button", { name: "审核通过" }).click();
  await confirmDialog(office);
  await expect(office.getByRole("button", { name: "审核通过" })).toHaveCount(0);
  await expect(office.getByText(/由 林晓雯 于 .+ 审核/)).toBeVisible();

  // staff1's points and hours rise by 1.5 h × per-hour + one 心得 × per-心得.
  await staff.goto("/study");
  const round2 = (n: number) => Math.round(n * 100) / 100;
  await expect(staff.getByTestId("my-points")).toHaveText(
    String(round2(points0 + 1.5 * perHour + perReflection)),
  );
  await expect(staff.getByTestId("my-year-hours")).toHaveText(
    String(Math.round((hours0 + 1.5) * 10) / 10),
  );
  await expect(staff.getByRole("row").filter({ hasText: title }).getByText("已通过")).toBeVisible();

  // Staff reach neither the review queue, the points table nor the rankings.
  for (const path of ["/study/review", "/study/points", "/study/rankings"]) {
    const res = await staff.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("staff deletes an entry awaiting review and lands back on the log", async ({ browser }) => {
  const title = `待删除的学习记录（${Date.now().toString(36)}）`;
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/study/log");
  await staff.getByLabel("学习类型").selectOption({ label: "读书" });
  await staff.getByLabel("学习内容").fill(title);
  await staff.getByLabel("学习时长（小时）").fill("0.5");
  await staff.getByRole("button", { name: "提交学习记录" }).click();
  await expect(staff.getByText("已提交，等待审核")).toBeVisible();
  await staff
    .getByRole("row")
    .filter({ hasText: title })
    .getByRole("link", { name: title })
    .click();
  await staff.waitForURL(/\/study\/log\/c[a-z0-9]+$/);
  const url = staff.url();
  await staff.getByRole("button", { name: "删除" }).click();
  await confirmDialog(staff);
  await expect(staff).toHaveURL(/\/study\/log$/);
  await expect(staff.getByRole("row").filter({ hasText: title })).toHaveCount(0);
  expect((await staff.goto(url))?.status()).toBe(404);
});
