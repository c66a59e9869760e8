// 全站搜索 (issue 15 item 6) in the browser: 政治处 (zzc) puts the cursor in
// the header's box with "/", types a colleague's name, lands on /search with
// the results grouped by kind (counts, 保密 on talks) and opens a talk record
// from them; the "查看全部" link opens the talk list with the same keyword.
// staff1 searching the same name sees no confidential kind; an over-long
// keyword gets a Chinese message; AUDITOR has no box and /search is a 404.
import { expect, test } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

test("政治处 searches from the header and opens a talk; staff see no confidential kind", async ({
  browser,
}) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  // A name that 政治处's talk list holds.
  await office.goto("/talks");
  const name = (
    await office
      .getByRole("table", { name: "谈心谈话记录" })
      .locator("tbody tr td")
      .nth(1)
      .innerText()
  ).trim();
  expect(name.length).toBeGreaterThan(1);

  await office.goto("/me");
  await office.locator("body").press("/");
  const box = office.getByRole("searchbox", { name: "全站搜索" });
  await expect(box).toBeFocused();
  await box.fill(name);
  await box.press("Enter");
  await expect(office).toHaveURL(/\/search\?q=/);
  await expect(office.getByRole("heading", { name: "全站搜索" })).toBeVisible();

  const talks = office.locator("#search-talk");
  await expect(talks.getByRole("heading", { name: /谈心谈话记录/ })).toBeVisible();
  await expect(talks.getByText("保密", { exact: true })).toBeVisible();
  await expect(office.getByRole("navigation", { name: "结果分类" })).toContainText("谈心谈话记录");
  await office.screenshot({ path: "/tmp/search-office.png", fullPage: true });

  // 查看全部 opens the list with the same keyword.
  const more = talks.getByRole("link", { name: /在“谈心谈话”中查看全部/ });
  expect(await more.getAttribute("href")).toBe(`/talks?q=${encodeURIComponent(name)}`);

  // Click through to the record.
  const first = talks.getByRole("link", { name: `与${name}的谈话` }).first();
  await first.click();
  await expect(office).toHaveURL(/\/talks\/[a-z0-9]+$/);
  await expect(office.getByRole("heading", { name: `谈心谈话：${name}` })).toBeVisible();

  // staff1, the same name: no talk, letter or other confidential kind.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/");
  await staff.getByRole("searchbox", { name: "全站搜索" }).fill(name);
  await staff.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(staff).toHaveURL(/\/search\?q=/);
  await expect(staff.getByRole("heading", { name: "全站搜索" })).toBeVisible();
  await expect(staff.locator("#search-talk")).toHaveCount(0);
  await expect(staff.locator("#search-letter")).toHaveCount(0);
  await expect(staff.locator("#search-person")).toHaveCount(0);
  await expect(staff.getByText("保密", { exact: true })).toHaveCount(0);
  await staff.screenshot({ path: "/tmp/search-staff.png", fullPage: true });

  // An over-long keyword: a Chinese message, no error page.
  const res = await staff.goto(`/search?q=${"长".repeat(60)}`);
  expect(res?.status()).toBe(200);
  await expect(staff.locator("#search-error")).toHaveText("关键词不能超过 50 个字符");
  await staff.screenshot({ path: "/tmp/search-bad.png" });
});

test("AUDITOR has no search box, and /search is a 404", async ({ browser }) => {
  const auditor = await newUserPage(browser);
  await loginOk(auditor, "auditor");
  await expect(auditor.getByRole("searchbox", { name: "全站搜索" })).toHaveCount(0);
  expect((await auditor.goto("/search?q=张"))?.status()).toBe(404);
});
