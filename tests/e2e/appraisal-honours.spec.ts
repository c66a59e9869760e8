// 评先评优 through the UI (issue 14 item 6): 政治处 (zzc) opens a 岗位能手
// batch with one place on the archived 2025 cycle; the head of 第一检察部
// (head1) nominates an eligible person of the department with 事迹, and a
// second nomination is refused over the quota, in Chinese; the nomination
// passes 部门 (head1) → 政治处 (zzc) → 党组 (the 检察长), and the nominee then
// appears on the honours wall; staff get 404 for both pages.
import { expect, test, type Page } from "@playwright/test";

import { stableId } from "../../prisma/seed/random";
import { loginOk, newUserPage } from "./helpers";

const CYCLE = stableId("appraisal-cycle:2025");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/honours-${name}.png`, fullPage: true });

const DEEDS =
  "全年办理审查逮捕、审查起诉案件六十余件，所办案件无一错案；牵头完成类案检察建议两份，均被采纳。";

/** Passes the named nominee's nomination at the viewer's stage, with an opinion. */
async function pass(page: Page, nominee: string, opinion: string, next: string) {
  const card = page.locator("section[id^=nomination-]").filter({ hasText: nominee });
  await card.getByLabel(/意见$/).fill(opinion);
  await card.getByRole("button", { name: "通过" }).click();
  await expect(card.getByText(next).first()).toBeVisible();
  await expect(card.getByText(opinion)).toBeVisible();
}

test("an honours batch approves a nominee, who then appears on the honours wall", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `年度院级岗位能手评选（${Date.now().toString(36)}）`;

  // 政治处 opens the batch: one place, 优秀 and 称职 eligible.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto(`/appraisal/${CYCLE}/honours`);
  await expect(office.getByRole("link", { name: "评先评优" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await office.getByLabel("批次名称").fill(title);
  await office.getByLabel("荣誉称号").fill("岗位能手");
  await office.getByLabel("名额", { exact: true }).fill("1");
  await office.getByLabel("称职", { exact: true }).check();
  await office.getByRole("button", { name: "开启评先评优" }).click();
  await office.waitForURL(/\/honours\/[a-z0-9]+$/);
  const batchUrl = office.url();
  await expect(office.getByRole("heading", { name: title })).toBeVisible();
  await expect(office.getByLabel("名额使用")).toHaveText(/0 \/ 1/);
  await office.goto(`/appraisal/${CYCLE}/honours`);
  await expect(office.getByRole("link", { name: title })).toBeVisible();
  await shot(office, "list");

  // head1 nominates an eligible person of 第一检察部 (not themselves: 回避 at 部门 stage).
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto(batchUrl);
  await expect(head.getByRole("heading", { name: "可推荐人员" })).toBeVisible();
  const eligible = head.getByRole("table", { name: "可推荐人员" }).locator("tbody tr");
  await expect(eligible.first()).toBeVisible();
  const depts = await eligible.locator("td:nth-child(3)").allTextContents();
  expect(new Set(depts)).toEqual(new Set(["第一检察部"]));
  const select = head.getByLabel("被推荐人");
  const options = (await select.locator("option").allTextContents()).filter(
    (o) => o !== "请选择" && !o.startsWith("王振华"),
  );
  expect(options.length).toBeGreaterThanOrEqual(2);
  const nominee = options[0].split("（")[0];
  await select.selectOption({ label: options[0] });
  await expect(head.getByLabel("材料 1 页面路径")).toHaveValue(/\/sheets\//);
  await head.getByLabel("主要事迹").fill(DEEDS);
  await head.getByRole("button", { name: "提交推荐" }).click();
  await expect(head.getByText("已推荐，等待部门审核。")).toBeVisible();
  await expect(head.getByLabel("名额使用")).toHaveText(/1 \/ 1/);
  const nominations = head.getByRole("table", { name: "推荐名单" });
  await expect(nominations.getByRole("row", { name: new RegExp(nominee) })).toContainText(
    "部门推荐",
  );

  // A second one is over the quota: the Chinese message, and nothing written.
  await head.getByLabel("被推荐人").selectOption({ label: options[1] });
  await head.getByLabel("主要事迹").fill(DEEDS);
  await head.getByRole("button", { name: "提交推荐" }).click();
  await expect(head.getByText("本批次名额为 1 名，已推荐满额")).toBeVisible();
  await head.getByRole("button", { name: "提交推荐" }).scrollIntoViewIfNeeded();
  await head.screenshot({ path: "/tmp/honours-quota.png" });
  await head.reload();
  await expect(nominations.locator("tbody tr")).toHaveCount(1);
  await shot(head, "batch-head");

  // 部门 → 政治处 → 党组.
  await pass(head, nominee, "同意推荐，事迹属实", "政治处审核");
  await office.goto(batchUrl);
  await pass(office, nominee, "符合评选条件", "党组审定");
  const leader = await newUserPage(browser);
  await loginOk(leader, "leader");
  await leader.goto(`/appraisal/${CYCLE}/honours`);
  await expect(leader.getByRole("heading", { name: /待我审核/ })).toBeVisible();
  await leader.getByRole("link", { name: nominee }).first().click();
  await leader.waitForURL(/\/honours\/[a-z0-9]+#nomination-/);
  await pass(leader, nominee, "党组审定同意", "已批准");
  const card = leader.locator("section[id^=nomination-]").filter({ hasText: nominee });
  await expect(card.getByRole("link", { name: "查看表彰记录" })).toBeVisible();
  await shot(leader, "batch-approved");

  // The honours wall shows the nominee with the new 岗位能手 title.
  await card.getByRole("link", { name: "荣誉墙" }).click();
  await leader.waitForURL(/\/conduct\/honours$/);
  const honour = leader.getByRole("listitem").filter({ hasText: title });
  await expect(honour).toContainText(nominee);
  await expect(honour).toContainText("岗位能手");

  // Staff have no part in 评先评优: the same 404 as for a page that does not exist.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  for (const path of [`/appraisal/${CYCLE}/honours`, new URL(batchUrl).pathname])
    expect((await staff.goto(path))?.status(), path).toBe(404);
});
