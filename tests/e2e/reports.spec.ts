// The liaison → department head → 政治处 journey, as two people in two
// browser contexts, through the UI only.
import { expect, test, type Page } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

function currentPeriodKey(): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

async function openNewestReport(page: Page) {
  await page.goto("/reports?kind=PERIODIC");
  await page
    .getByRole("link", { name: /^\d{4}年\d{1,2}月$/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /思想动态报告$/ })).toBeVisible();
}

test("liaison files a report with one concern; head returns and accepts; 政治处 assigns the follow-up; the assignee resolves; 政治处 closes", async ({
  browser,
}) => {
  const liaison = await newUserPage(browser);
  await loginOk(liaison, "liaison1");
  // Home shows the department's report for this period and the last, with due dates.
  await expect(liaison.getByText("本部门思想动态报告")).toBeVisible();
  await expect(liaison.getByText(/截止 \d{4}/).first()).toBeVisible();
  await liaison.getByRole("link", { name: "思想动态报告" }).first().click();
  await liaison.getByRole("link", { name: "填报思想动态报告" }).click();

  // Bad input first: nothing chosen → Chinese errors beside the fields, nothing lost.
  await liaison.getByLabel("情况综述").fill("本月部门总体稳定，个别干警工作压力较大。");
  await liaison.getByRole("button", { name: "保存草稿" }).click();
  await expect(liaison.getByText("请选择整体情绪")).toBeVisible();
  await expect(liaison.getByLabel("情况综述")).toHaveValue(
    "本月部门总体稳定，个别干警工作压力较大。",
  );

  await liaison.getByRole("radio", { name: "3 一般" }).check();
  await liaison.getByRole("radio", { name: "基本稳定" }).check();
  await liaison.getByRole("checkbox", { name: "工作压力" }).check();
  await liaison.getByRole("button", { name: "添加关注人员" }).click();
  await liaison.getByLabel("关注人员 1").selectOption({ index: 1 });
  const concernName = (await liaison
    .getByLabel("关注人员 1")
    .locator("option:checked")
    .textContent())!
    .split(/[（(]/)[0]
    .trim();
  await liaison.getByLabel("关注类型").selectOption({ label: "工作压力" });
  await liaison.getByLabel("情况描述").fill("连续承办重大案件，近一月加班较多。");
  await liaison.getByLabel("建议措施").fill("部门负责人谈心，适当调配案件。");
  await liaison.getByRole("button", { name: "保存草稿" }).click();
  await expect(liaison).toHaveURL(/\/reports\/c[a-z0-9]+$/);
  const reportUrl = liaison.url();
  await expect(liaison.getByText("草稿")).toBeVisible();
  await liaison.getByRole("button", { name: "提交审阅" }).click();
  await confirmDialog(liaison);
  await expect(liaison.getByText("待审阅").first()).toBeVisible();
  await expect(liaison.getByRole("button", { name: "提交审阅" })).toHaveCount(0);

  // The head returns it with a comment.
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto(reportUrl);
  await expect(head.getByText("连续承办重大案件，近一月加班较多。")).toBeVisible();
  await head.getByLabel("退回意见").fill("请补充已采取的措施。");
  await head.getByRole("button", { name: "退回修改" }).click();
  await expect(head.getByText("已退回：请补充已采取的措施。")).toBeVisible();
  await expect(head.getByRole("button", { name: "审阅通过" })).toHaveCount(0);

  // The liaison edits and resubmits.
  await liaison.goto(reportUrl);
  await expect(liaison.getByText("已退回：请补充已采取的措施。")).toBeVisible();
  await liaison.getByRole("link", { name: "修改" }).click();
  await liaison
    .getByLabel("建议措施")
    .fill("部门负责人已谈心一次，下周起调配两件案件给其他检察官。");
  await liaison.getByRole("button", { name: "保存修改" }).click();
  await expect(liaison).toHaveURL(reportUrl);
  await liaison.getByRole("button", { name: "提交审阅" }).click();
  await confirmDialog(liaison);
  await expect(liaison.getByText("待审阅").first()).toBeVisible();

  // The head accepts.
  await head.goto(reportUrl);
  await head.getByRole("button", { name: "审阅通过" }).click();
  await confirmDialog(head);
  await expect(head.getByText("已审阅").first()).toBeVisible();
  await head.reload();
  await expect(head.getByText("审阅通过 · ")).toBeVisible();

  // 政治处 sees the follow-up the concern opened, and assigns it.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto(reportUrl);
  await office.getByRole("link", { name: /^督办：待办/ }).click();
  await office.waitForURL(/\/follow-ups\/c[a-z0-9]+$/);
  const followUpUrl = office.url();
  await expect(office.getByRole("heading", { name: /关注人员跟进/ })).toBeVisible();
  // The picker searches by name, and never offers the person of concern.
  const assigneeSelect = office.getByLabel("承办人");
  await office.getByLabel("按姓名搜索").fill(concernName);
  await expect(assigneeSelect.locator("option", { hasText: concernName })).toHaveCount(0);
  await office.getByLabel("按姓名搜索").fill("孙浩然");
  await expect(assigneeSelect.locator("option")).toHaveCount(2);
  await assigneeSelect.selectOption({ label: "孙浩然（检察官）" });
  const due = new Date(Date.now() + 8 * 3600_000 + 7 * 24 * 3600_000).toISOString().slice(0, 10);
  await office.getByLabel("办结期限").fill(due);
  await office.getByRole("button", { name: "交办" }).click();
  await expect(office.getByText("孙浩然").first()).toBeVisible();

  // The assignee sees it under 我的督办, posts an update and resolves it.
  const assignee = await newUserPage(browser);
  await loginOk(assignee, "staff1");
  await assignee.getByRole("link", { name: "督办事项" }).first().click();
  await expect(assignee.getByRole("heading", { name: "我的督办" })).toBeVisible();
  await assignee.goto(followUpUrl);
  await assignee.getByLabel("办理进展").fill("已与当事干警谈心，了解其家庭情况。");
  await assignee.getByRole("button", { name: "提交进展" }).click();
  await expect(assignee.getByText("已与当事干警谈心，了解其家庭情况。")).toBeVisible();
  await assignee.getByLabel("办结情况").fill("已协调调整案件分配，情绪明显好转。");
  await assignee.getByRole("button", { name: "标记办结" }).click();
  await confirmDialog(assignee);
  await expect(assignee.getByText("已协调调整案件分配，情绪明显好转。")).toBeVisible();

  // 政治处 verifies and closes it.
  await office.goto(followUpUrl);
  await office.getByRole("button", { name: "核销" }).click();
  await confirmDialog(office);
  await expect(office.getByText("已核销").first()).toBeVisible();

  // And sees the period as on time in the compliance matrix.
  await office.goto("/reports/compliance");
  await expect(
    office.getByRole("link", { name: `第一检察部 ${currentPeriodKey()} 按时` }),
  ).toBeVisible();
  for (const p of [liaison, head, office, assignee]) await p.context().close();
});

test("another department's report cannot be reached by editing the id in the URL", async ({
  browser,
}) => {
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await openNewestReport(head);
  const own = head.url();
  // The 政治处 member sees reports of all departments; take one of 第四检察部.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/reports");
  await office.locator("select[name=departmentId]").selectOption({ label: "第四检察部" });
  await office.getByRole("button", { name: "筛选" }).click();
  await office.waitForURL(/departmentId=/);
  await office
    .getByRole("link", { name: /^\d{4}年\d{1,2}月$/ })
    .first()
    .click();
  await office.waitForURL(/\/reports\/c[a-z0-9]+$/);
  await expect(office.getByText("第四检察部 · 信息员")).toBeVisible();
  const other = office.url();
  expect(other).not.toBe(own);
  const res = await head.goto(other);
  expect(res?.status()).toBe(404);
  const edit = await head.goto(`${other}/edit`);
  expect(edit?.status()).toBe(404);
  await head.context().close();
  await office.context().close();
});
