// The leadership dashboard (晴雨表看板) in the browser: the leader sees the
// charts, the heatmap and the tables behind them, without the 督办 button;
// 政治处 raises a follow-up from a warning and lands on it; staff and heads
// get a 404.
import { expect, test } from "@playwright/test";

import { monthLabel, monthOf, previousMonth } from "../../lib/dates";
import { loginOk, newUserPage } from "./helpers";

const SECTIONS = [
  "全院思想状况指数（近 24 个月）",
  "部门思想状况热力图（近 12 个月）",
  "指数下降预警",
  "热点话题",
  "谈话计划覆盖率",
  "学习教育与改革咨询（近 6 个月）",
];

test("the leader sees the index line, heatmap, warnings, topics and coverage", async ({
  browser,
}, testInfo) => {
  const page = await newUserPage(browser);
  await loginOk(page, "leader");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "晴雨表看板", level: 1 })).toBeVisible();
  for (const name of SECTIONS)
    await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();

  // Early in the month (the demo is seeded on the day the suite runs, and the
  // reports are due on day 5) the current month is 进行中 with its coverage and
  // never the headline: that is the last complete month, compared with the one before.
  const now = monthOf(new Date());
  const summary = page.locator("dl").first();
  const headline = summary.locator("div", { hasText: "全院思想状况指数" });
  await expect(headline).toContainText(`${monthLabel(now)}进行中，已报`);
  await expect(headline.locator("dd").last()).not.toHaveText(new RegExp(`^${monthLabel(now)}；`));
  const day = Number(
    new Date().toLocaleString("en-CA", { timeZone: "Asia/Shanghai" }).slice(8, 10),
  );
  if (day > 5) {
    const last = previousMonth(now);
    await expect(headline.locator("dd").last()).toContainText(`${monthLabel(last)}；较上月`);
    await expect(headline.locator("dd").last()).toContainText(
      `（${monthLabel(last)}比${monthLabel(previousMonth(last))}）`,
    );
  }
  const heatmapTable = page.getByRole("table", { name: /热力图/ });
  await expect(heatmapTable.getByRole("cell", { name: "进行中" }).first()).toBeVisible();

  // The line is server-rendered SVG (components/charts/index-line-chart.tsx),
  // with the two 改革节点 bands and its points; recharts draws the topic bars
  // once scrolled near (components/charts/deferred.tsx).
  await expect(page.locator("[data-chart=index] svg[data-plot]")).toBeVisible();
  await expect(page.locator("[data-chart=index] [data-milestone]")).toHaveCount(2);
  // The month in progress is named under the chart (its hollow point is checked against the table below).
  await expect(page.locator("#dashboard-index")).toContainText(`${monthLabel(now)}进行中（已报`);
  await expect(page.locator("[data-chart=index] circle[data-point]").first()).toBeVisible();
  await page.locator("[data-chart=topics]").scrollIntoViewIfNeeded();
  await expect(
    page.locator("[data-chart=topics] .recharts-wrapper > svg.recharts-surface"),
  ).toBeVisible();
  await expect(page.locator("[data-chart=topics] .recharts-bar-rectangle").first()).toBeVisible();

  // The heatmap is a table with a 全院 row and a legend.
  const heatmap = page.getByRole("table", { name: /热力图/ });
  await expect(heatmap.getByRole("rowheader", { name: "全院" })).toBeVisible();
  await expect(heatmap.getByRole("rowheader", { name: "第一检察部" })).toBeVisible();
  await expect(page.getByRole("list", { name: "图例" })).toContainText("样本不足");

  // The table behind the line chart opens from 查看数据表.
  const trend = page.locator("section", { has: page.getByRole("heading", { name: SECTIONS[0] }) });
  const trendTable = trend.getByRole("table", { name: "全院每月思想状况指数、测评均分与报告情绪" });
  await expect(trendTable).toBeHidden();
  await trend.getByText("查看数据表").click();
  await expect(trendTable).toBeVisible();
  await expect(trendTable.getByRole("row")).toHaveCount(25);
  // Months in progress with a value are hollow points; here the table's 状态 says which.
  const pendingWithValue = await trendTable
    .locator("tbody tr")
    .evaluateAll(
      (rows) =>
        rows.filter(
          (r) => r.textContent!.includes("进行中") && r.children[3]?.textContent?.trim() !== "—",
        ).length,
    );
  await expect(page.locator("[data-chart=index] circle[data-pending]")).toHaveCount(
    pendingWithValue,
  );

  // Printing opens every data table, including those drawn only on demand.
  const breakdown = page.getByRole("table", {
    name: "有测评月份各部门的测评均分（人数）、报告情绪与指数",
  });
  await expect(breakdown).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(breakdown).toBeVisible();
  await expect(breakdown.getByRole("rowheader", { name: "其他部门" })).toBeVisible();
  await expect(page.getByRole("table", { name: "热点话题次数" })).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });

  // The warning is labelled and explained.
  const warningTable = page.getByRole("table", { name: "思想状况指数下降预警" });
  await expect(warningTable.getByText("显著").first()).toBeVisible();
  await expect(warningTable.getByText(/低于基线 [\d.]+ 分，超出波动范围/).first()).toBeVisible();

  // A leader reads the warnings but may not raise follow-ups; the figures open the board's
  // lists (tests/e2e/leader-drilldown.spec.ts follows each).
  await expect(page.getByRole("button", { name: "发起督办" })).toHaveCount(0);

  await testInfo.attach("dashboard-leader", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await page.screenshot({ path: testInfo.outputPath("dashboard-leader.png"), fullPage: true });
  await page.context().close();
});

test("政治处 raises a follow-up from a warning once, then follows the link to it", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/dashboard");
  const warnings = page.getByRole("table", { name: "思想状况指数下降预警" });
  const row = warnings
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: "发起督办" }) })
    .first();
  const department = (await row
    .getByRole("cell")
    .first()
    .locator("span")
    .first()
    .textContent())!.trim();
  await row.getByRole("button", { name: "发起督办" }).click();

  const done = warnings.getByRole("row").filter({ hasText: department });
  await expect(done.getByRole("link", { name: "督办中，查看" })).toBeVisible();
  await expect(done.getByRole("button", { name: "发起督办" })).toHaveCount(0);
  await done.getByRole("link", { name: "督办中，查看" }).click();
  await expect(
    page.getByRole("heading", { name: `${department}思想状况指数下降预警` }),
  ).toBeVisible();

  // The counts link to the board's filtered lists.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: /^逾期督办 .*查看列表$/ }).click();
  await expect(page).toHaveURL(/\/follow-ups\?overdue=1$/);

  // A hot-topic count opens exactly the reports it counted.
  await page.goto("/dashboard");
  const topics = page.locator("section", {
    has: page.getByRole("heading", { name: "热点话题", level: 2 }),
  });
  await topics.getByText("查看数据表").click();
  const count = topics.getByRole("link", { name: /近 3 个月 \d+ 次，查看报告$/ }).first();
  const n = Number(await count.textContent());
  await count.click();
  await expect(page).toHaveURL(/\/reports\?topicId=.+&from=\d{4}-\d{2}&to=\d{4}-\d{2}$/);
  await expect(page.getByText(`共 ${n} 条`)).toBeVisible();
  await page.context().close();
});

test("staff and department heads get a 404", async ({ browser }) => {
  for (const username of ["staff1", "head1"]) {
    const page = await newUserPage(browser);
    await loginOk(page, username);
    const res = await page.goto("/dashboard");
    expect(res?.status(), username).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
    await page.context().close();
  }
});

test("政治处 adds a 改革节点, sees it on the trend, and deletes it after confirming", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "zzc");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "管理改革节点" }).click();
  await expect(page.getByRole("heading", { name: "改革节点", level: 1 })).toBeVisible();
  const list = page.getByRole("table", { name: "改革节点" });
  await expect(list.getByRole("row", { name: /司法责任制改革 · 入额/ })).toBeVisible();

  const last = previousMonth(monthOf(new Date()));
  await page.getByLabel("名称").fill("第二批入额遴选");
  await page.getByLabel("类型").selectOption({ label: "入额" });
  await page.getByLabel("起始月份").fill(last);
  await page.getByLabel("结束月份").fill(previousMonth(last));
  await page.getByRole("button", { name: "添加改革节点" }).click();
  await expect(page.getByText("结束月份不能早于起始月份")).toBeVisible();
  await page.getByLabel("结束月份").fill(last);
  await page.getByRole("button", { name: "添加改革节点" }).click();
  await expect(list.getByRole("row", { name: /第二批入额遴选/ })).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.locator("[data-chart=index] [data-milestone]")).toHaveCount(3);

  await page.goto("/dashboard/milestones");
  await list.getByRole("button", { name: "删除 第二批入额遴选" }).click();
  const dialog = page.getByRole("dialog", { name: "删除 第二批入额遴选" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "确定" }).click();
  await expect(list.getByRole("row", { name: /第二批入额遴选/ })).toHaveCount(0);
  await page.context().close();
});

test("on a phone, the summary figures fit their cards and wide tables can scroll sideways", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await loginOk(page, "leader");
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/dashboard");
  const cards = page.locator("main dl").first().locator(":scope > div");
  expect(await cards.count()).toBeGreaterThanOrEqual(4);
  for (const card of await cards.all()) {
    const box = (await card.boundingBox())!;
    const value = (await card.locator("dd").first().boundingBox())!;
    expect(value.x + value.width, await card.innerText()).toBeLessThanOrEqual(
      box.x + box.width + 0.5,
    );
    expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  // The heatmap is wider than the phone: its wrapper scrolls and shows it.
  const wrapper = page.locator(".scroll-shadows").first();
  expect(await wrapper.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await wrapper.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
    "gradient",
  );
  await page.screenshot({ path: "test-results/dashboard-phone.png", fullPage: false });
  await page.context().close();
});
