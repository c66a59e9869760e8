// 入额遴选 through the UI: 政治处 (zzc) sets up a round (the weights check
// first), liaison1 (a 检察官助理, not yet a prosecutor) registers, zzc ends the
// registration, enters scores (a score out of range first) and publishes the
// 公示; staff1 (already a prosecutor: no register button) sees the 公示 list
// without anyone's component scores and cannot reach the management pages.
import { expect, test } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

const shanghaiDay = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
test("zzc creates a round, liaison1 registers, zzc scores and publishes the 公示, staff1 sees the list", async ({
  browser,
}) => {
  const title = `第二批员额检察官遴选（${Date.now().toString(36)}）`;

  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/quota/new");
  await office.getByLabel("遴选名称").fill(title);
  await office.getByLabel("员额名额").fill("1");
  await office.getByLabel("报名开始日期").fill(shanghaiDay(0));
  await office.getByLabel("报名截止日期").fill(shanghaiDay(7));
  // Defaults 笔试 30 / 业绩考核 50 / 面试 20; make them add up to 110 first.
  await office.getByLabel("第 3 项（面试）权重").fill("30");
  await expect(office.getByText("当前权重合计 110%（须为 100%）")).toBeVisible();
  await office.getByRole("button", { name: "创建遴选" }).click();
  await expect(office.getByRole("alert").filter({ hasText: "各项权重之和须为100%" })).toBeVisible();
  await expect(office).toHaveURL(/\/quota\/new$/);
  await office.getByLabel("第 3 项（面试）权重").fill("20");
  await office.getByRole("button", { name: "创建遴选" }).click();
  await office.waitForURL(/\/quota\/c[a-z0-9]+$/);
  const roundUrl = office.url();
  await expect(office.getByRole("heading", { name: title })).toBeVisible();
  await expect(office.getByRole("row", { name: /业绩考核 50%/ })).toBeVisible();

  // liaison1 registers from the rounds list.
  const candidate = await newUserPage(browser);
  await loginOk(candidate, "liaison1");
  await candidate.goto("/quota");
  await expect(candidate.getByText("您符合报名条件，可在报名期内报名。")).toBeVisible();
  const item = candidate.getByRole("row").filter({ hasText: title });
  await item.getByRole("button", { name: "报名" }).click();
  await expect(item.getByText("待定")).toBeVisible();
  await expect(item.getByRole("button", { name: "撤回报名" })).toBeVisible();

  // zzc ends the registration and enters scores.
  await office.reload();
  await office.getByRole("button", { name: "结束报名，开始评分" }).click();
  await confirmDialog(office, "结束报名，开始评分");
  await office.getByRole("link", { name: "录入成绩" }).click();
  await office.waitForURL(/\/scores$/);
  await office.getByLabel("赵雅琴 笔试成绩").fill("101");
  await office.getByLabel("赵雅琴 业绩考核成绩").fill("90");
  await office.getByLabel("赵雅琴 面试成绩").fill("86");
  await office.getByRole("button", { name: "保存本页成绩" }).click();
  await expect(
    office.getByRole("alert").filter({ hasText: "赵雅琴的「笔试」成绩须在 0–100 之间" }).first(),
  ).toBeVisible();
  await office.getByLabel("赵雅琴 笔试成绩").fill("88.5");
  await office.getByRole("button", { name: "保存本页成绩" }).click();
  await expect(office.getByText("成绩已保存")).toBeVisible();
  // 88.5×30% + 90×50% + 86×20% = 88.75
  await expect(office.getByRole("row", { name: /赵雅琴/ }).getByText("88.75")).toBeVisible();

  // …and publishes the 公示 (top 1 by default).
  await office.goto(roundUrl);
  await expect(office.getByLabel("公示人数")).toHaveValue("1");
  await office.getByRole("button", { name: "发布公示" }).click();
  await confirmDialog(office, "发布公示");
  // The page turns into the 公示 stage.
  await expect(office.getByText(/^公示期至 .+，期满后可确定入额结果。$/)).toBeVisible();
  await expect(office.getByRole("row", { name: /赵雅琴/ }).getByText("公示中")).toBeVisible();

  // staff1, already a prosecutor, has no register button and sees the 公示 list.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/quota");
  await expect(staff.getByText("您已是员额检察官，无需报名。")).toBeVisible();
  const staffItem = staff.getByRole("row").filter({ hasText: title });
  await expect(staffItem.getByRole("button", { name: "报名" })).toHaveCount(0);
  await staffItem.getByRole("link", { name: "公示名单" }).click();
  await staff.waitForURL(/\/publicity$/);
  const row = staff.getByRole("row", { name: /赵雅琴/ });
  await expect(row).toContainText("第一检察部");
  await expect(row).toContainText("88.75");
  await expect(row.getByRole("cell").first()).toHaveText("1");
  await expect(staff.locator("main")).not.toContainText("88.5 ");
  await expect(staff.locator("main")).not.toContainText("笔试");
  for (const path of ["/quota/new", `${new URL(roundUrl).pathname}/scores`]) {
    expect((await staff.goto(path))?.status()).toBe(404);
  }
  // The round page shows staff1 no registrant list.
  await staff.goto(roundUrl);
  await expect(staff.getByRole("heading", { name: title })).toBeVisible();
  await expect(staff.getByText(/^报名人员（/)).toHaveCount(0);
  await expect(staff.locator("main")).not.toContainText("赵雅琴");

  // liaison1 sees their own scores, total and rank, and the notification.
  await candidate.goto(roundUrl);
  await expect(candidate.getByText("88.5 / 100")).toBeVisible();
  await expect(candidate.getByText("第 1 名")).toBeVisible();
  await candidate.goto("/notifications");
  await expect(candidate.getByText(`「${title}」公示名单已发布，请查看。`)).toBeVisible();
});
