// Study activities through the UI: the organiser (head1) opens the upcoming
// 第一检察部 activity from the seed, fills 全部出席, marks staff1 on leave,
// saves and sees the counts; uploads a PDF (and is refused a fake one);
// staff1 sees their status and downloads the PDF; someone outside the
// activity gets 404 for both the page and the file.
import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

const TITLE = "第一检察部专题学习：新修订《人民检察院刑事诉讼规则》辅导";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

test("organiser records attendance and uploads a PDF; staff1 sees their status and downloads it; outsiders get 404", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const fileName = `学习提纲-${stamp}.pdf`;

  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto("/study/activities");
  await expect(head.getByRole("heading", { name: "学习活动" })).toBeVisible();
  await head.getByRole("link", { name: TITLE }).click();
  await head.waitForURL(/\/study\/activities\/c[a-z0-9]+$/);
  const url = new URL(head.url()).pathname;
  await expect(head.getByRole("heading", { name: TITLE })).toBeVisible();

  // 全部出席, then staff1 (孙浩然) on leave, one save.
  const expected = Number(await head.locator("dt:text-is('应到') + dd").textContent());
  expect(expected).toBeGreaterThan(5);
  await head.getByRole("button", { name: "全部出席" }).click();
  const sun = head.getByRole("radiogroup", { name: "孙浩然 考勤" });
  await expect(sun.getByRole("radio", { name: "出席" })).toBeChecked();
  await sun.getByText("请假").click();
  await expect(sun.getByRole("radio", { name: "请假" })).toBeChecked();
  await head.getByRole("button", { name: "保存考勤" }).click();
  await expect(head.getByText("考勤已保存")).toBeVisible();
  await expect(head.locator("dt:text-is('出席') + dd")).toHaveText(String(expected - 1));
  await expect(head.locator("dt:text-is('请假') + dd")).toHaveText("1");
  await expect(head.locator("dt:text-is('缺席') + dd")).toHaveText("0");
  await expect(head.locator("dt:text-is('未记录') + dd")).toHaveText("0");

  // A text file dressed up as a PDF is refused; a real PDF is stored.
  await head.getByLabel("上传学习材料").setInputFiles({
    name: "假文件.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html>not a pdf</html>"),
  });
  await head.getByRole("button", { name: "上传", exact: true }).click();
  await expect(
    head.getByText("仅支持上传 PDF、Word（DOCX）文档和 JPEG、PNG、WebP 图片"),
  ).toBeVisible();
  await head
    .getByLabel("上传学习材料")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await head.getByRole("button", { name: "上传", exact: true }).click();
  await expect(head.getByRole("link", { name: fileName })).toBeVisible();
  const href = await head.getByRole("link", { name: fileName }).getAttribute("href");
  expect(href).toMatch(/^\/api\/attachments\/c[a-z0-9]+$/);

  // staff1: their own status, no attendance form, and the download.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/study/activities");
  await expect(staff.getByRole("row").filter({ hasText: TITLE }).getByText("请假")).toBeVisible();
  await staff.goto(url);
  await expect(staff.getByText("您是本次活动的应到人员，考勤：")).toContainText("请假");
  await expect(staff.getByRole("button", { name: "保存考勤" })).toHaveCount(0);
  await expect(staff.getByLabel("上传学习材料")).toHaveCount(0);
  const [download] = await Promise.all([
    staff.waitForEvent("download"),
    staff.getByRole("link", { name: fileName }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(fileName);
  const saved = await download.path();
  expect(await readFile(saved)).toEqual(PDF);

  // Someone from another department: the page and the file are both not found.
  const outsider = await newUserPage(browser);
  await loginOk(outsider, "lx0046");
  const page = await outsider.goto(url);
  expect(page?.status()).toBe(404);
  expect((await outsider.request.get(href!)).status()).toBe(404);
  await outsider.goto("/study/activities");
  await expect(outsider.getByRole("link", { name: TITLE })).toHaveCount(0);
});
