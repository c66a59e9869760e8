// The reform consultation desk, through the UI: staff1 asks; 政治处 answers
// and publishes an anonymised FAQ entry; staff1 sees the answer and the FAQ
// entry, and the FAQ shows no trace of who asked.
import { expect, test } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

test("staff asks, 政治处 answers and publishes to the FAQ, staff sees both without their name in the FAQ", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const question = `我是孙浩然，入额后如果调整到综合部门，员额是否退出？（${stamp}）`;
  const answer = `您好：入额检察官调离办案岗位到综合部门任职的，应当退出员额。（${stamp}）`;
  const faqQuestion = `入额检察官调整到综合部门后员额是否退出？（${stamp}）`;

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/consult");
  await expect(staff.getByRole("heading", { name: "改革咨询" })).toBeVisible();

  // Bad input first: Chinese errors beside the fields, nothing written.
  await staff.getByRole("button", { name: "提交咨询" }).click();
  await expect(staff.getByText("请至少选择一个咨询主题")).toBeVisible();
  await expect(staff.getByText("请填写咨询内容")).toBeVisible();

  await staff.getByLabel("咨询渠道").selectOption({ label: "在线" });
  await staff.getByRole("checkbox", { name: "入额" }).check();
  await staff.getByRole("checkbox", { name: "员额退出" }).check();
  await staff.getByLabel("咨询内容").fill(question);
  await staff.getByRole("button", { name: "提交咨询" }).click();
  await expect(staff.getByText("咨询已提交，政治处将在 24 小时内答复")).toBeVisible();
  await expect(staff.getByText(question)).toBeVisible();

  // 政治处 finds it in the queue, with its timer, and answers.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/consult");
  await expect(office.getByRole("heading", { name: /待答复队列/ })).toBeVisible();
  const row = office.getByRole("row").filter({ hasText: question });
  await expect(row.getByText(/剩余 \d+ 小时/)).toBeVisible();
  await row.getByRole("link", { name: question }).click();
  await office.waitForURL(/\/consult\/c[a-z0-9]+$/);
  const url = office.url();
  await office.getByLabel("答复内容").fill(answer);
  await office.getByRole("button", { name: "提交答复" }).click();
  // The page refreshes into the answered state: the answer, then the publish form.
  await expect(office.locator("p", { hasText: answer })).toBeVisible();

  // Publishing: the text is pre-filled; the name must come out first.
  await expect(office.getByLabel("问题（发布文本）")).toHaveValue(question);
  await office.getByRole("button", { name: "发布到政策解读" }).click();
  await expect(office.getByText("问题中含有咨询人姓名，请删除后再发布")).toBeVisible();
  await office.getByLabel("问题（发布文本）").fill(faqQuestion);
  await office.getByRole("button", { name: "发布到政策解读" }).click();
  await expect(office.getByText(/^已于 .+ 发布。/)).toBeVisible();

  // 转督办: one follow-up, titled by topic, linked both ways.
  await office.getByRole("button", { name: "转督办" }).click();
  await confirmDialog(office);
  await office.reload();
  await office.getByRole("link", { name: "查看督办事项" }).click();
  await office.waitForURL(/\/follow-ups\/c[a-z0-9]+$/);
  await expect(office.getByRole("heading", { name: /^改革咨询督办/ })).toBeVisible();
  await expect(office.getByRole("link", { name: "查看改革咨询" })).toHaveAttribute(
    "href",
    new URL(url).pathname,
  );

  // staff1 sees the answer, in 我的咨询 and on the detail page.
  await staff.goto("/consult");
  await expect(staff.getByText(answer)).toBeVisible();
  await staff.goto(url);
  await expect(staff.getByText(answer)).toBeVisible();
  await expect(staff.getByLabel("答复内容")).toHaveCount(0);

  // …and the FAQ entry, which does not name them.
  await staff.goto("/consult/faq?tag=QUOTA");
  await expect(staff.getByText(`问：${faqQuestion}`)).toBeVisible();
  await expect(staff.getByText(`答：${answer}`)).toBeVisible();
  await expect(staff.locator("main")).not.toContainText("孙浩然");
  await office.goto("/consult/faq");
  await expect(office.getByText(`问：${faqQuestion}`)).toBeVisible();
  await expect(office.locator("main")).not.toContainText("孙浩然");

  // Staff cannot reach 政治处's pages.
  for (const path of ["/consult/log", "/consult/stats"]) {
    const res = await staff.goto(path);
    expect(res?.status()).toBe(404);
  }
});
