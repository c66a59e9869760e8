// 院领导 drill-down (issue 15 item 1): the 检察长 clicks each figure on
// /dashboard and lands on the list behind it with the same count — warnings,
// hot topics, open and overdue 督办, campaign coverage. He reads a report's
// summary with its staff-of-concern entries only as kinds, a follow-up without
// its notes or controls, and the compliance matrix read-only. Staff still get
// a 404 on /reports. Screenshots go to /tmp/leader-*.png.
import { expect, test, type Page } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

const total = (page: Page) =>
  page
    .getByRole("navigation", { name: "分页" })
    .innerText()
    .then((t) => Number(/共 (\d+) 条/.exec(t)![1]));

test("the leader opens every dashboard figure and finds the same count", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await newUserPage(browser);
  await loginOk(page, "leader");
  await page.goto("/dashboard");
  await page.screenshot({ path: "/tmp/leader-dashboard.png", fullPage: true });
  const summary = page.locator("main dl").first();

  // 进行中督办 and 逾期督办 open the whole board, filtered.
  for (const [label, url] of [
    ["进行中督办", /\/follow-ups\?status=ACTIVE$/],
    ["逾期督办", /\/follow-ups\?overdue=1$/],
  ] as const) {
    await page.goto("/dashboard");
    const link = summary.getByRole("link", { name: new RegExp(`^${label} \\d+ 项，查看列表$`) });
    const n = Number(/(\d+)/.exec((await link.textContent())!)![1]);
    expect(n, label).toBeGreaterThan(0);
    await link.click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { name: "督办事项", level: 1 })).toBeVisible();
    expect(await total(page), label).toBe(n);
    await expect(page.getByRole("link", { name: "新建督办" })).toHaveCount(0);
    if (label === "逾期督办")
      await page.screenshot({ path: "/tmp/leader-followups.png", fullPage: true });
  }

  // 指数下降预警: the figure counts the 显著 rows of the table it jumps to; each row opens
  // the department's periodic reports of the month(s) under test.
  await page.goto("/dashboard");
  const figure = summary.getByRole("link", { name: /^指数下降预警 \d+ 个部门，查看明细$/ });
  const significant = Number(/(\d+)/.exec((await figure.textContent())!)![1]);
  await figure.click();
  await expect(page).toHaveURL(/#dashboard-warnings$/);
  const table = page.getByRole("table", { name: "思想状况指数下降预警" });
  const rows = table.locator("tbody tr");
  await expect(rows.filter({ hasText: "显著" })).toHaveCount(significant);
  const warnings = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      href: tr.querySelector("a[href^='/reports']")?.getAttribute("href") ?? null,
      months: tr.textContent!.includes("连续 2 个月") ? 2 : 1,
      name: tr.querySelector("a")?.textContent ?? "",
    })),
  );
  expect(warnings.length).toBeGreaterThan(0);
  for (const w of warnings) {
    expect(w.href, w.name).not.toBeNull();
    await page.goto("/dashboard");
    await table
      .getByRole("link", { name: new RegExp(`^${w.name}.*预警，查看该部门报告$`) })
      .click();
    await expect(page).toHaveURL(/\/reports\?departmentId=.+&kind=PERIODIC&from=.+&to=.+$/);
    expect(await total(page), w.name).toBe(w.months);
    await expect(page.locator("tbody tr").first()).toContainText(w.name);
  }

  // Hot topics: every count opens the reports it counted.
  await page.goto("/dashboard");
  const topics = page.locator("section", {
    has: page.getByRole("heading", { name: "热点话题", level: 2 }),
  });
  await topics.getByText("查看数据表").click();
  const counts = await topics
    .getByRole("link", { name: /次，查看报告$/ })
    .evaluateAll((as) => as.map((a) => [a.getAttribute("href")!, Number(a.textContent)] as const));
  expect(counts.length).toBeGreaterThan(0);
  const first = topics.getByRole("link", { name: /近 3 个月 \d+ 次，查看报告$/ }).first();
  await first.click();
  await expect(page).toHaveURL(/\/reports\?topicId=.+&from=\d{4}-\d{2}&to=\d{4}-\d{2}$/);
  await page.screenshot({ path: "/tmp/leader-reports.png", fullPage: true });
  for (const [href, n] of counts) {
    await page.goto(href);
    expect(await total(page), href).toBe(n);
  }

  // Campaign coverage: the campaign's page, read-only, with the same figures.
  await page.goto("/dashboard");
  const coverage = page.getByRole("link", { name: /^\d+\/\d+ 人 · [\d.]+%，查看“.+”覆盖情况$/ });
  const campaigns = await coverage.evaluateAll((as) =>
    as.map((a) => [a.getAttribute("href")!, a.textContent!] as const),
  );
  expect(campaigns.length).toBeGreaterThan(0);
  await coverage.first().click();
  await expect(page).toHaveURL(/\/talks\/campaigns\/[^/]+$/);
  for (const [href, text] of campaigns) {
    const [, covered, members] = /(\d+)\/(\d+) 人/.exec(text)!;
    await page.goto(href);
    await expect(page.getByText(`计划人数 ${members} 人，已谈 ${covered} 人`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "按部门分配谈话人" })).toHaveCount(0);
  }
  await page.goto(campaigns[0][0]);
  await page.screenshot({ path: "/tmp/leader-campaign.png", fullPage: true });
  await page.context().close();
});

test("the leader reads a report's summary but no concern detail, and a follow-up without notes", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const leader = await newUserPage(browser);
  await loginOk(leader, "leader");
  await leader.goto("/reports");
  await expect(leader.getByRole("heading", { name: "思想动态报告", level: 1 })).toBeVisible();
  // A report with staff of concern (the 关注人员 column shows "N 人").
  const row = leader
    .locator("tbody tr")
    .filter({ has: leader.locator("td:nth-child(6)").getByText(/^\d+ 人$/) })
    .first();
  await expect(row).toBeVisible();
  const href = (await row.getByRole("link").first().getAttribute("href"))!;

  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto(href);
  const entries = office.locator("li", { has: office.getByText(/^建议：/) });
  await expect(entries.first()).toBeVisible();
  const secrets = await entries.evaluateAll((lis) =>
    lis.flatMap((li) => [
      li.querySelector("span.font-medium")!.textContent!,
      li.querySelector("p.text-slate-700")!.textContent!,
      li.querySelector("p.text-xs")!.textContent!.replace(/^建议：/, ""),
    ]),
  );
  await office.context().close();

  await leader.goto(href);
  await expect(leader.getByRole("heading", { name: "情况综述" })).toBeVisible();
  await expect(leader.getByTestId("concern-kinds")).toContainText(
    `本报告列需关注人员 ${secrets.length / 3} 人`,
  );
  const text = await leader.locator("main").innerText();
  for (const s of secrets) expect(text, s).not.toContain(s);
  await leader.screenshot({ path: "/tmp/leader-report-detail.png", fullPage: true });

  // The compliance matrix, read-only.
  await leader.goto("/reports");
  await leader.getByRole("link", { name: "报送情况" }).click();
  await expect(leader.getByRole("heading", { name: "思想动态报告报送情况" })).toBeVisible();
  await expect(leader.getByRole("button", { name: /催报|保存|修改/ })).toHaveCount(0);
  await leader.screenshot({ path: "/tmp/leader-compliance.png", fullPage: true });

  // A follow-up not assigned to him: its facts, no notes, no controls.
  await leader.goto("/follow-ups?source=CONCERN");
  const fu = leader.locator("tbody tr").filter({ hasNotText: "陈立新" }).first();
  await expect(fu).toContainText("关注人员跟进（人员信息保密）");
  await fu.getByRole("link").first().click();
  await expect(leader).toHaveURL(/\/follow-ups\/[^/?]+$/);
  await expect(leader.getByText("办理过程中的说明属保密内容")).toBeVisible();
  await expect(leader.getByRole("heading", { name: /^(办理|开始办理|填写办理进展)$/ })).toHaveCount(
    0,
  );
  await expect(leader.locator("main").getByRole("button")).toHaveCount(0);
  await leader.screenshot({ path: "/tmp/leader-followup-detail.png", fullPage: true });
  await leader.context().close();
});

test("staff still get a 404 on /reports and see only their own follow-ups", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "staff1");
  for (const path of ["/reports", "/reports/compliance", "/talks/campaigns"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await page.goto("/follow-ups?status=ACTIVE");
  await expect(page.getByRole("heading", { name: "我的督办", level: 1 })).toBeVisible();
  await page.context().close();
});
