// 绩效考评 through the UI (issue 14): 政治处 (zzc) creates a cycle from the
// seeded template, sees a category weight refused, launches it; the head of
// 第一检察部 (head1) scores a task (a reason demanded at 98 first); staff1
// reads their own sheet, with the formula of an AUTO indicator and the records
// behind it, and gets 404 for head1's sheet and for 校准 and 异议处理.
import { expect, test, type Page } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

const SHOTS = process.env.APPRAISAL_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

test("zzc sets up and launches a cycle, head1 scores, staff1 reads their sheet and its evidence", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `考评测试（${Date.now().toString(36)}）`;
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/appraisal");
  await office.getByLabel("周期名称").fill(title);
  await office.getByLabel("考评模板").selectOption({ index: 1 });
  await office.getByRole("button", { name: "创建考评周期" }).click();
  await office.waitForURL(/\/appraisal\/[a-z0-9-]+$/);
  const cycleUrl = office.url();
  await expect(office.getByRole("heading", { name: title })).toBeVisible();
  await expect(office.getByRole("row", { name: /政治理论学习出席/ }).first()).toBeVisible();

  // The category weights must total 100: 40 + 50 + 20 is refused, with the figure.
  await office.getByLabel("共同目标权重（%）").fill("40");
  await office.getByRole("button", { name: "保存考评指标" }).click();
  await expect(office.getByText("类别权重合计须为 100%，当前为 110%")).toBeVisible();
  await shot(office, "appraisal-console-draft");
  await office.reload();

  await office.getByRole("button", { name: "进入“指标设置”" }).click();
  await confirmDialog(office, "进入“指标设置”");
  await expect(office.getByRole("button", { name: "进入“打分中”" })).toBeVisible();
  await office.getByRole("button", { name: "进入“打分中”" }).click();
  await confirmDialog(office, "进入“打分中”");
  await expect(office.getByRole("heading", { name: "评分进度" })).toBeVisible({ timeout: 60_000 });
  await expect(office.getByRole("row", { name: /王振华/ })).toBeVisible();
  await shot(office, "appraisal-console-scoring");

  // head1 scores the first of their tasks: 98 needs a reason.
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto(`${cycleUrl}/score`);
  const form = head
    .locator("form")
    .filter({ has: head.getByLabel(/个人职责目标完成情况 评分$/) })
    .first();
  await form.getByLabel(/个人职责目标完成情况 评分$/).fill("98");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(
    form.getByRole("alert").filter({ hasText: "95 分及以上或 60 分以下的评分须填写理由" }),
  ).toBeVisible();
  await form.getByLabel(/评分理由$/).fill("全年办案质效突出，无差错");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("已保存")).toBeVisible();
  await expect(head.getByText(/已评 1\//).first()).toBeVisible();
  if (SHOTS) await head.screenshot({ path: `${SHOTS}/appraisal-score-top.png` });
  await shot(head, "appraisal-score");
  // The head's cycle page lists their department's sheets, without totals before the 公示.
  await head.goto(cycleUrl);
  await expect(head.getByRole("heading", { name: "本部门考评表" })).toBeVisible();
  await expect(head.getByRole("link", { name: "第一检察部（部门）" })).toBeVisible();
  await head.goto(`${cycleUrl}/mine`);
  await head.waitForURL(/\/sheets\//);
  const headSheet = head.url();

  // staff1's own sheet: AUTO scores with their formula, and the records behind one.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto(`${cycleUrl}/mine`);
  await staff.waitForURL(/\/sheets\//);
  await expect(staff.getByRole("heading", { name: /孙浩然 · 考评表/ })).toBeVisible();
  await expect(staff.getByText(/^公式：考评期内应出席的三会一课/).first()).toBeVisible();
  await expect(staff.getByText("总分、排名和等次在公示时发布", { exact: false })).toBeVisible();
  await shot(staff, "appraisal-sheet");
  await staff.getByRole("link", { name: "查看依据记录：政治理论学习出席" }).click();
  await expect(staff.getByRole("heading", { name: /政治理论学习出席 · 依据记录/ })).toBeVisible();
  await expect(staff.getByRole("heading", { name: /^已登记考勤（\d+ 条）$/ })).toBeVisible();
  await shot(staff, "appraisal-evidence");

  // Another person's sheet, and 政治处's pages, are not found.
  for (const path of [headSheet, `${cycleUrl}/calibration`, `${cycleUrl}/objections`])
    expect((await staff.goto(path))?.status(), path).toBe(404);
});
