// 征文 through the UI: 政治处 (zzc) sets up a call with head1 as its judge;
// staff1 submits and revises an essay; zzc closes the window early; head1
// judges blind (no author names), is refused an out-of-range score, then
// scores; zzc awards the entry 一等奖 and publishes the results after an
// in-page confirmation; the award appears on the honours wall and on
// staff1's own culture page.
import { expect, test, type Page } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

/** A datetime-local value in Asia/Shanghai, `minutes` from now. */
const at = (minutes: number) =>
  new Date(Date.now() + 8 * 3600_000 + minutes * 60_000).toISOString().slice(0, 16);

async function pickJudge(page: Page, name: string) {
  const dept = page.locator("details").filter({ hasText: name });
  await dept.locator("summary").click();
  await page.getByRole("checkbox", { name, exact: true }).check();
}

test("staff submit an essay, a judge scores it blind, 政治处 awards it and publishes the results", async ({
  browser,
}) => {
  const title = `我眼中的梁溪检察（${Date.now().toString(36)}）`;
  const essay = `初心如磐（${Date.now().toString(36)}）`;

  // zzc sets up the call.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/culture/essays");
  await office.getByRole("link", { name: "发起征文" }).click();
  await office.getByLabel("征文名称").fill(title);
  await office.getByLabel("主题").fill("写身边的检察故事");
  await office.getByLabel("开始时间").fill(at(-60));
  await office.getByLabel("截止时间").fill(at(-120));
  await pickJudge(office, "王振华");
  await office.getByRole("button", { name: "发布征文" }).click();
  await expect(
    office.getByRole("alert").filter({ hasText: "截止时间须晚于开始时间" }),
  ).toBeVisible();
  await office.getByLabel("截止时间").fill(at(120));
  await office.getByRole("button", { name: "发布征文" }).click();
  await office.waitForURL(/\/culture\/essays\/c[a-z0-9]+$/);
  const callUrl = office.url();
  await expect(office.getByRole("heading", { name: title })).toBeVisible();
  await expect(office.getByText("征集中", { exact: true })).toBeVisible();

  // staff1 submits, then revises.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto(callUrl);
  await staff.getByLabel("作品标题").fill("初稿");
  await staff.getByLabel("正文").fill("走进梁溪区人民检察院的第一天……");
  await staff.getByRole("button", { name: "提交作品" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "作品已提交" })).toBeVisible();
  await staff.reload();
  await expect(staff.getByText(/您已于 .* 提交作品，截止前可以修改/)).toBeVisible();
  await staff.getByLabel("作品标题").fill(essay);
  await staff.getByRole("button", { name: "保存修改" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "作品已修改" })).toBeVisible();

  // zzc ends the window early.
  await office.goto(`${callUrl}/edit`);
  await office.getByLabel("截止时间").fill(at(-1));
  await office.getByRole("button", { name: "保存修改" }).click();
  await office.waitForURL(callUrl);
  await expect(office.getByText("评审中", { exact: true })).toBeVisible();

  // staff1 can no longer revise.
  await staff.reload();
  await expect(staff.getByRole("link", { name: essay })).toBeVisible();
  await expect(staff.getByRole("button", { name: "保存修改" })).toHaveCount(0);

  // head1 judges blind.
  const judge = await newUserPage(browser);
  await loginOk(judge, "head1");
  await judge.goto(callUrl);
  await judge.getByRole("link", { name: "评审作品" }).click();
  await judge.waitForURL(/\/judging$/);
  await expect(judge.getByRole("row", { name: new RegExp(essay) })).toBeVisible();
  await expect(judge.getByText("孙浩然")).toHaveCount(0);
  await judge.getByRole("link", { name: essay }).click();
  await expect(judge.getByRole("heading", { name: `作品 01：${essay}` })).toBeVisible();
  await expect(judge.getByText("匿名评审中")).toBeVisible();
  await judge.getByLabel("思想性").fill("9");
  await judge.getByLabel("真实性").fill("8");
  await judge.getByLabel("文采").fill("11");
  await judge.getByRole("button", { name: "保存评分" }).click();
  await expect(judge.getByRole("alert").filter({ hasText: "分数不能大于 10" })).toBeVisible();
  await judge.getByLabel("文采").fill("9");
  await judge.getByRole("button", { name: "保存评分" }).click();
  await expect(judge.getByRole("status").filter({ hasText: "评分已保存" })).toBeVisible();
  await expect(judge.getByText("总分（各评委完整评分的平均）：26.00")).toBeVisible();

  // zzc awards it and publishes the results after confirming.
  await office.goto(`${callUrl}/judging`);
  const row = office.getByRole("row", { name: new RegExp(essay) });
  await expect(row.getByText("孙浩然")).toBeVisible();
  await row.getByLabel("作品1奖项").selectOption({ label: "一等奖" });
  await row.getByRole("button", { name: "保存" }).click();
  await expect(row.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await office.goto(callUrl);
  await office.getByRole("button", { name: "公布评选结果" }).click();
  await confirmDialog(office, "公布评选结果");
  await expect(office.getByText("已公布", { exact: false }).first()).toBeVisible();
  const winners = office.getByRole("table", { name: "获奖名单" });
  await expect(
    winners.getByRole("row", { name: new RegExp(`一等奖.*${essay}.*孙浩然`) }),
  ).toBeVisible();

  // The award shows on the honours wall and on staff1's own culture page.
  await staff.goto("/conduct/honours");
  const card = staff.getByRole("listitem").filter({ hasText: `“${title}”征文` });
  await expect(card).toContainText("孙浩然");
  await expect(card).toContainText("一等奖");
  await staff.goto("/culture");
  await expect(staff.getByText(new RegExp(`${title} · ${essay}`))).toBeVisible();
});
