// 谈心谈话 in the browser: a department head records a confidential talk;
// the interviewee cannot open it; 政治处 reads it and opens a follow-up.
import { expect, test } from "@playwright/test";

import { currentTalkCampaign } from "../../prisma/seed/titles";
import { confirmDialog, loginOk, newUserPage } from "./helpers";

test("a head records a talk; the interviewee gets 404; 政治处 reads it and opens a follow-up", async ({
  browser,
}) => {
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto("/talks/new");
  // Submitting empty shows Chinese errors next to the fields and saves nothing.
  await head.getByRole("button", { name: "保存谈话记录" }).click();
  await expect(head.getByText("请选择谈话对象")).toBeVisible();

  const notes = `E2E谈话内容-${Date.now()}：近期办案压力较大，家中老人住院。`;
  await head.getByLabel("谈话对象").selectOption({ label: "第一检察部 · 孙浩然（检察官）" });
  await head.getByLabel("谈话类型").selectOption({ label: "思想波动" });
  await head.getByLabel("谈话主题（可选）").fill("工作压力，家庭");
  await head.getByLabel("谈话内容").fill(notes);
  await head.getByLabel("需要后续跟进").check();
  await head.getByRole("button", { name: "保存谈话记录" }).click();
  await expect(head).toHaveURL(/\/talks\/[a-z0-9]+$/);
  await expect(head.getByRole("heading", { name: "谈心谈话：孙浩然" })).toBeVisible();
  await expect(head.getByText(notes)).toBeVisible();
  const url = new URL(head.url()).pathname;

  // The interviewee cannot open the record, nor the list.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  for (const path of [url, "/talks", "/talks/new"]) {
    expect((await staff.goto(path))?.status(), path).toBe(404);
  }
  await expect(staff.getByText(notes)).toHaveCount(0);

  // 政治处 reads it and opens a follow-up; the follow-up's title carries no notes.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto(url);
  await expect(office.getByText(notes)).toBeVisible();
  await office.getByRole("button", { name: "发起后续跟进" }).click();
  await confirmDialog(office);
  await expect(office.getByText("已发起督办事项。")).toBeVisible();
  await office.getByRole("link", { name: "查看督办事项" }).click();
  await expect(office.getByRole("heading", { name: "谈心谈话后续跟进" })).toBeVisible();
  await expect(office.getByText(notes)).toHaveCount(0);

  for (const p of [head, staff, office]) await p.context().close();
});

test("政治处 sees talk-campaign coverage and the people not yet talked to", async ({ browser }) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/talks/campaigns");
  await expect(office.getByText("100%").first()).toBeVisible();
  await office.getByRole("link", { name: currentTalkCampaign().title }).first().click();
  await expect(office.getByText(/^未谈人员（\d+）$/)).toBeVisible();
  await office.context().close();
});
