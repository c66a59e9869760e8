// Conduct records through the UI: 政治处 (zzc) records a 嘉奖 for staff1 with
// a PDF as evidence, confirms it in the in-page dialog, and it shows on the
// honours wall (which also carries the seed's 11 provincial and municipal
// titles); staff1 finds it in 我的记录 and downloads the evidence; 政治处
// revokes it, a reason required; staff1 and a department head get the 404
// page for a seeded discipline record that is not theirs, which 政治处 reads.
import { expect, test } from "@playwright/test";

import { stableId } from "../../prisma/seed/random";
import { confirmDialog, dayFromToday, loginOk, newUserPage } from "./helpers";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);
const DISCIPLINE_ID = stableId("conduct:discipline:2");

test("政治处 records a commendation with evidence and confirms it; it is on the honours wall and in staff1's records; a revoke needs a reason", async ({
  browser,
}) => {
  const title = `办理重大案件成效突出，予以嘉奖-${Date.now().toString(36)}`;
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/conduct");
  await office.getByRole("link", { name: "新建记录" }).click();
  await expect(office.getByRole("heading", { name: "新建履职表现记录" })).toBeVisible();
  await office.getByLabel("类型").selectOption({ label: "嘉奖" });
  await office.getByLabel("级别").selectOption({ label: "院级" });
  await office.getByLabel("人员").selectOption({ label: "第一检察部 · 孙浩然" });
  await office.getByLabel("日期").fill(dayFromToday(0));
  await office.getByLabel("文号（可选）").fill("梁检政〔2026〕99号");
  await office.getByLabel("标题").fill(title);
  await office.getByRole("button", { name: "保存草稿" }).click();
  await office.waitForURL(/\/conduct\/c[a-z0-9]+$/);
  const url = new URL(office.url()).pathname;
  await expect(office.getByRole("heading", { name: title })).toBeVisible();
  await expect(office.getByText("草稿", { exact: true })).toBeVisible();

  await office
    .getByLabel("上传证明材料")
    .setInputFiles({ name: "嘉奖决定.pdf", mimeType: "application/pdf", buffer: PDF });
  await office.getByRole("button", { name: "上传", exact: true }).click();
  await expect(office.getByRole("link", { name: "嘉奖决定.pdf" })).toBeVisible();

  await office.getByRole("button", { name: "确认记录" }).click();
  await confirmDialog(office, "确认记录");
  await expect(office.getByText("已确认", { exact: true })).toBeVisible();
  await expect(office.getByRole("button", { name: "确认记录" })).toHaveCount(0);

  // The honours wall: the seed's figure and the new record.
  await office.goto("/conduct/honours");
  await expect(office.getByText(/其中\s*11\s*人次被授予省、市级/)).toBeVisible();
  await expect(office.getByText(title)).toBeVisible();

  // staff1: in 我的记录, with the evidence.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/conduct/mine");
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByText("这是您本人的记录。")).toBeVisible();
  await expect(staff.getByRole("button", { name: "撤销记录" })).toHaveCount(0);
  const [download] = await Promise.all([
    staff.waitForEvent("download"),
    staff.getByRole("link", { name: "嘉奖决定.pdf" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("嘉奖决定.pdf");

  // 政治处 revokes it: no reason is refused beside the box, then a reason goes through.
  await office.goto(url);
  await office.getByRole("button", { name: "撤销记录" }).click();
  await confirmDialog(office, "撤销记录");
  await expect(office.getByText("请填写撤销理由")).toBeVisible();
  await office.getByLabel("撤销理由").fill("与已登记的嘉奖重复");
  await office.getByRole("button", { name: "撤销记录" }).click();
  await confirmDialog(office, "撤销记录");
  await expect(office.getByText(/撤销理由：与已登记的嘉奖重复/)).toBeVisible();
  await expect(office.getByText("已撤销", { exact: true })).toBeVisible();
  await office.goto("/conduct/honours");
  await expect(office.getByText(title)).toHaveCount(0);
});

test("staff1 and a department head get 404 for someone else's discipline record; 政治处 reads it", async ({
  browser,
}) => {
  for (const username of ["staff1", "head1", "leader"]) {
    const page = await newUserPage(browser);
    await loginOk(page, username);
    const res = await page.goto(`/conduct/${DISCIPLINE_ID}`);
    if (username === "leader") {
      expect(res?.status()).toBe(200);
      await expect(page.getByText("纪律处分", { exact: true })).toBeVisible();
      continue;
    }
    expect(res?.status(), username).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
    await page.goto("/conduct?category=DISCIPLINE");
    await expect(page.getByText("没有符合条件的记录")).toBeVisible();
  }
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto(`/conduct/${DISCIPLINE_ID}`);
  await expect(office.getByRole("heading", { name: "诫勉" })).toBeVisible();
  await expect(office.getByText("违反办案纪律，经党组研究予以诫勉。")).toBeVisible();
});
