// The department dashboard (/department): head1 opens it and sees 第一检察部
// with every block; another department's /department/[id] is a 404 for them,
// as /department is for staff; liaison1, whose current month is unfiled in the
// seed (prisma/seed/reports.ts), gets 立即填报, which opens the report form.
// Screenshots: /tmp/dept-head.png, /tmp/dept-liaison.png (and -phone).
import { expect, test, type Page } from "@playwright/test";

import { stableId } from "../../prisma/seed/random";
import { loginOk, newUserPage } from "./helpers";

const JC1 = stableId("department:JC1");
const JC2 = stableId("department:JC2");
const SECTIONS = ["思想动态报告", "本部门督办", "部署事项落实", "谈话计划覆盖", "绩效考评进度"];

async function screenshots(page: Page, who: string) {
  await page.screenshot({ path: `/tmp/dept-${who}.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `/tmp/dept-${who}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
}

test("head1 opens /department and sees 第一检察部; another department's page is a 404", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "head1");
  const res = await page.goto("/department");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "第一检察部 · 部门看板" })).toBeVisible();
  for (const name of SECTIONS)
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^思想动态趋势/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^学习出勤与积分/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "本部门人员学习出勤与积分" })).toBeVisible();
  // The trend is server-rendered SVG (components/charts/index-line-chart.tsx): the
  // report mood, the department's index and the 院 line.
  const mood = page.locator('[data-chart="department-mood"]');
  await mood.scrollIntoViewIfNeeded();
  await expect(mood.locator("svg[data-plot]")).toBeVisible();
  for (const series of ["mood", "index", "overall"])
    await expect(mood.locator(`[data-series="${series}"] line`).first()).toBeAttached();
  // The head reviews; the liaison files.
  await expect(page.getByRole("link", { name: "立即填报" })).toHaveCount(0);
  await screenshots(page, "head");

  // The head reaches their department's rows of an issued 分析报告's annex from here.
  const annexes = page.getByRole("heading", { name: "思想状况分析报告 · 本部门保密附件" });
  await expect(annexes).toBeVisible();
  await page.getByRole("link", { name: /季度/ }).first().click();
  await expect(page.getByText("关注人员名单及跟进情况（仅本部门）。")).toBeVisible();
  await expect(page.getByText("内部资料 注意保密").first()).toBeVisible();

  expect((await page.goto(`/department/${JC1}`))?.status()).toBe(200);
  const other = await page.goto(`/department/${JC2}`);
  expect(other?.status()).toBe(404);
  await expect(page.getByText("第二检察部")).toHaveCount(0);
  expect((await page.goto("/department/no-such-id"))?.status()).toBe(404);
});

test("liaison1 sees 立即填报 for the unfiled month, and it opens the report form", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "liaison1");
  expect((await page.goto("/department"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "第一检察部 · 部门看板" })).toBeVisible();
  const file = page.getByRole("link", { name: "立即填报", exact: true });
  await expect(file).toBeVisible();
  await expect(page.getByText(/报告尚未提交，请于/)).toBeVisible();
  await screenshots(page, "liaison");
  await file.click();
  await expect(page).toHaveURL(/\/reports\/new\?period=\d{4}-(\d{2}|Q\d)$/);
  await expect(page.getByRole("heading", { name: "填报思想动态报告" })).toBeVisible();
  expect((await page.goto(`/department/${JC2}`))?.status()).toBe(404);
});

test("staff without a post get 404 on /department", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "staff1");
  expect((await page.goto("/department"))?.status()).toBe(404);
});

test("政治处 chooses among every department, narrowing the list by name", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/department");
  await expect(page.getByText(/^共 \d+ 个部门$/)).toBeVisible();
  const links = page.locator(`a[href^="/department/"]`);
  const all = await links.count();
  expect(all).toBeGreaterThan(12);
  await page.getByLabel("按名称筛选").fill("第一检察");
  await expect(links).toHaveCount(1);
  await expect(page.getByText(`1 / ${all} 个部门`)).toBeVisible();
  await page.getByLabel("按名称筛选").fill("不存在的部门");
  await expect(page.getByText("没有名称含“不存在的部门”的部门，请换个关键词")).toBeVisible();
  await page.getByLabel("按名称筛选").fill("第一检察");
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`/department/${JC1}$`));
  await expect(page.getByRole("heading", { name: "第一检察部 · 部门看板" })).toBeVisible();
});
