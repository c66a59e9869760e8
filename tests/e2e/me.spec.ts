// "我的" (/me): staff1 opens the page and sees their blocks, with the seed's
// 嘉奖 among their conduct records; every "查看全部" link opens a page that
// loads (status 200). A department head's page has the same blocks. Both are
// screenshotted into /tmp/me-*.png, desktop and phone width.
import { expect, test, type Page } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

const BLOCKS = [
  "近期活动",
  "我的学习",
  "我承办的督办",
  "我的咨询",
  "我的署名来信",
  "我的重大事项报告",
  "我的入额报名",
  "我的履职表现",
  "我的文化活动",
  "我的考评表",
];

async function openMe(page: Page) {
  const res = await page.goto("/me");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "我的", exact: true })).toBeVisible();
}

async function screenshots(page: Page, who: string) {
  await page.screenshot({ path: `/tmp/me-${who}.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `/tmp/me-${who}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
}

test("staff1 sees their own blocks on 我的, and every 查看全部 opens", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "staff1");
  await openMe(page);
  for (const name of BLOCKS) await expect(page.getByRole("region", { name })).toBeVisible();
  // staff1 holds the seed's 院级嘉奖 (prisma/seed/conduct.ts).
  const conduct = page.getByRole("region", { name: "我的履职表现" });
  await expect(conduct.getByRole("listitem").first()).toBeVisible();
  // The signed-letters block says anonymous letters are not linked to the account.
  await expect(
    page.getByRole("region", { name: "我的署名来信" }).getByText(/匿名来信不与账号关联/),
  ).toBeVisible();
  await screenshots(page, "staff1");

  const hrefs = await page
    .getByRole("link", { name: /^查看全部/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThanOrEqual(BLOCKS.length);
  for (const href of new Set(hrefs)) {
    const res = await page.goto(href);
    expect(res?.status(), href).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first(), href).toBeVisible();
  }

  // A row opens its record.
  await openMe(page);
  await conduct.getByRole("listitem").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/conduct\/c[a-z0-9]+$/);
  await expect(page.getByText("这是您本人的记录。")).toBeVisible();
});

test("a department head's 我的 has the same blocks", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "head1");
  await openMe(page);
  for (const name of BLOCKS) await expect(page.getByRole("region", { name })).toBeVisible();
  await screenshots(page, "head1");
});
