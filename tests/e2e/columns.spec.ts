// 专栏 through the UI: 政治处 (zzc) publishes a Markdown article carrying a
// script tag and a javascript: link; staff1 sees it marked "新", opens it,
// sees the formatting but no script and no javascript: link, and is counted
// once. Staff cannot reach the maintenance pages; zzc finally deletes it.
import { expect, test } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

test("政治处 publishes a Markdown article; staff reads it safely and is counted once", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const title = `学习贯彻全会精神要点（${stamp}）`;

  const zzc = await newUserPage(browser);
  await loginOk(zzc, "zzc");
  await zzc.goto("/columns");
  await zzc.getByRole("link", { name: "两学一做", exact: true }).click();
  await zzc.getByRole("link", { name: "发布文章" }).click();

  // Bad input first: Chinese errors beside the fields.
  await zzc.getByRole("button", { name: "发布文章" }).click();
  await expect(zzc.getByText("请填写标题")).toBeVisible();
  await expect(zzc.getByText("请填写正文")).toBeVisible();

  await zzc.getByLabel("标题", { exact: true }).fill(title);
  await zzc.getByLabel("正文格式").selectOption({ label: "Markdown" });
  await zzc
    .getByLabel("正文", { exact: true })
    .fill(
      [
        "## 学习要点",
        "",
        "- **坚持党的绝对领导**",
        "- 坚持以人民为中心",
        "",
        "<script>alert(1)</script>",
        "",
        "[x](javascript:alert(1)) [FAQ](/consult/faq)",
      ].join("\n"),
    );
  await zzc.getByRole("button", { name: "发布文章" }).click();
  await expect(zzc.getByRole("heading", { name: title })).toBeVisible();
  await expect(zzc.getByTestId("read-count")).toHaveText("阅读 0 人次 / 0 人");
  const articleUrl = new URL(zzc.url()).pathname;

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/columns");
  const row = staff.getByRole("listitem").filter({ hasText: title });
  await expect(row.getByText("新", { exact: true })).toBeVisible();
  await expect(staff.getByRole("link", { name: "管理专栏" })).toHaveCount(0);
  await row.getByRole("link", { name: title }).click();

  const body = staff.getByTestId("article-body");
  await expect(body.getByRole("heading", { level: 2, name: "学习要点" })).toBeVisible();
  await expect(body.locator("strong")).toHaveText("坚持党的绝对领导");
  await expect(body.locator("li")).toHaveCount(2);
  await expect(staff.locator("article script")).toHaveCount(0);
  await expect(body).not.toContainText("alert(1)");
  await expect(body.getByText("x", { exact: true })).toBeVisible();
  await expect(body.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(body.getByRole("link", { name: "FAQ" })).toHaveAttribute("href", "/consult/faq");
  await expect(staff.getByTestId("read-count")).toHaveText("阅读 1 人次 / 1 人");
  await expect(staff.getByRole("button", { name: "删除" })).toHaveCount(0);

  // Read once more: a second view (人次), still one reader (人); no longer "新".
  await staff.reload();
  await expect(staff.getByTestId("read-count")).toHaveText("阅读 2 人次 / 1 人");
  await staff.goto("/columns/two-studies");
  await expect(
    staff.getByRole("listitem").filter({ hasText: title }).getByText("新", { exact: true }),
  ).toHaveCount(0);

  // Staff cannot reach the maintenance pages.
  for (const path of ["/columns/manage", "/columns/two-studies/new", `${articleUrl}/edit`]) {
    await staff.goto(path);
    await expect(staff.getByRole("heading", { name: /发布文章|编辑文章|管理专栏/ })).toHaveCount(0);
  }

  // The 司法责任制改革 column links to the consultation desk's FAQ.
  await staff.goto("/columns/judicial-reform");
  await expect(staff.getByRole("link", { name: "政策解读 FAQ" })).toHaveAttribute(
    "href",
    "/consult/faq",
  );

  // 政治处 deletes it after confirming.
  await zzc.goto(articleUrl);
  await expect(zzc.getByTestId("read-count")).toHaveText("阅读 2 人次 / 1 人");
  await zzc.getByRole("button", { name: "删除" }).click();
  await confirmDialog(zzc);
  await expect(zzc).toHaveURL(/\/columns\/two-studies$/);
  await expect(zzc.getByText(title)).toHaveCount(0);
});
