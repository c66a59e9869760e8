// 思想状况测评 through the UI: staff1 answers the open round anonymously and
// sees 已作答; a second submission (from a stale tab) is refused; 政治处 sees
// the response count go up and opens a closed round's results with charts;
// staff cannot reach the results or the set-up page.
import { expect, test, type Page } from "@playwright/test";

import { pulseTitles } from "../../prisma/seed/titles";
import { dayFromToday, loginOk, newUserPage } from "./helpers";

// The seed names its rounds for the day it is seeded (SEED_TODAY or today).
const { open: OPEN_ROUND, lastClosed: CLOSED_ROUND } = pulseTitles();

async function responsesOf(page: Page, title: string): Promise<number> {
  await page.goto("/pulse");
  const text = await page
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByText(/\d+\/\d+ 人/)
    .textContent();
  return Number(/(\d+)\//.exec(text ?? "")![1]);
}

test("staff answer once, anonymously; 政治处 sees the rate rise and the results of a closed round", async ({
  browser,
}) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  const before = await responsesOf(office, OPEN_ROUND);

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/pulse");
  await expect(staff.getByRole("heading", { name: "思想状况测评" })).toBeVisible();
  const row = staff.getByRole("listitem").filter({ hasText: OPEN_ROUND });
  await expect(row.getByText(/\d+\/\d+ 人/)).toHaveCount(0); // no rates for staff
  await row.getByRole("link", { name: "去作答" }).click();
  await staff.waitForURL(/\/pulse\/c[a-z0-9]+$/);
  const url = staff.url();
  await expect(staff.getByRole("heading", { name: "匿名说明" })).toBeVisible();

  // A second tab with the same form, to try again later.
  const stale = await staff.context().newPage();
  await stale.goto(url);

  // Nothing chosen: a Chinese error beside each question, nothing written.
  await staff.getByRole("button", { name: "提交答卷" }).click();
  await expect(staff.getByText("请为第 1 题选择评分")).toBeVisible();
  await expect(staff.getByText("请为第 5 题选择评分")).toBeVisible();

  const groups = staff.getByRole("group");
  const n = await groups.count();
  expect(n).toBe(5);
  for (let i = 0; i < n; i++)
    await groups
      .nth(i)
      .getByRole("radio", { name: i === 2 ? "3 一般" : "4 比较同意" })
      .check();
  await staff.getByLabel("意见建议（可选）").fill("希望多组织业务培训（e2e）");
  await staff.getByRole("button", { name: "提交答卷" }).click();
  await expect(staff.getByText("您已参加本轮测评，感谢您的参与。")).toBeVisible();
  await staff.goto("/pulse");
  await expect(
    staff.getByRole("listitem").filter({ hasText: OPEN_ROUND }).getByText("已作答"),
  ).toBeVisible();

  // The stale tab's second answer is refused.
  const sg = stale.getByRole("group");
  for (let i = 0; i < 5; i++) await sg.nth(i).getByRole("radio", { name: "5 很同意" }).check();
  await stale.getByRole("button", { name: "提交答卷" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "您已参加本轮测评" })).toBeVisible();

  // 政治处: one more response, and a closed round's results with charts and tables.
  expect(await responsesOf(office, OPEN_ROUND)).toBe(before + 1);
  await office
    .getByRole("table", { name: "全部测评" })
    .getByRole("row")
    .filter({ hasText: CLOSED_ROUND })
    .getByRole("link", { name: "查看结果" })
    .click();
  await office.waitForURL(/\/pulse\/c[a-z0-9]+\/results$/);
  const resultsUrl = office.url();
  await expect(office.getByRole("heading", { name: `${CLOSED_ROUND} · 结果` })).toBeVisible();
  await expect(office.getByRole("heading", { name: /^各题平均分/ })).toBeVisible();
  await expect(office.getByRole("heading", { name: /各题评分分布/ })).toBeVisible();
  await expect(office.locator(".recharts-surface").first()).toBeVisible();
  expect(await office.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(6);
  await expect(
    office
      .getByRole("table", { name: "按部门分组的各题平均分" })
      .getByRole("row", { name: /其他部门/ }),
  ).toBeVisible();
  await expect(
    office.getByText("人数不足5人的部门已并入“其他部门”", { exact: false }),
  ).toBeVisible();
  await expect(office.getByText("为偏低的分组平均分", { exact: false })).toBeVisible();
  await expect(office.getByRole("heading", { name: /意见建议（\d+ 条）/ })).toBeVisible();

  // Staff reach neither the results nor the set-up page.
  for (const path of [new URL(resultsUrl).pathname, "/pulse/new"]) {
    const res = await staff.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(staff.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
  }
});

test("政治处 sets up a round: bad input is refused in Chinese, a good one appears among current rounds", async ({
  browser,
}) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/pulse");
  await office.getByRole("link", { name: "新建测评" }).click();
  await office.waitForURL(/\/pulse\/new$/);
  const title = `e2e 专项测评 ${Date.now().toString(36)}`;
  await office.getByLabel("测评名称").fill(title);
  const [opens, early, closes] = [dayFromToday(13), dayFromToday(3), dayFromToday(24)];
  await office.getByLabel("开始日期").fill(opens);
  await office.getByLabel("结束日期（含当日）").fill(early);
  await office.getByRole("button", { name: "删除第 5 题" }).click();
  await office.getByRole("button", { name: "删除第 4 题" }).click();
  await expect(office.getByRole("button", { name: "删除第 3 题" })).toBeDisabled(); // never fewer than 3 rows
  await office.getByRole("textbox", { name: "第 3 题" }).fill("");
  await office.getByRole("button", { name: "创建测评" }).click();
  await expect(office.getByText("结束日期不能早于开始日期")).toBeVisible();
  await expect(office.getByText("每轮测评须设置 3–8 道题目")).toBeVisible();

  await office.getByLabel("结束日期（含当日）").fill(closes);
  await office.getByRole("textbox", { name: "第 3 题" }).fill("我对本院近期开展的教育活动感到满意");
  await office.getByRole("button", { name: "创建测评" }).click();
  await office.waitForURL(/\/pulse$/);
  const row = office.getByRole("listitem").filter({ hasText: title });
  await expect(row.getByText("未开始")).toBeVisible();
  await expect(
    row.getByText(`${opens.replaceAll("-", "/")} 至 ${closes.replaceAll("-", "/")}`),
  ).toBeVisible();
});
