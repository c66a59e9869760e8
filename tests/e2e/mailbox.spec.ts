// 检察长信箱 end to end: staff1 writes anonymously and gets a code; the
// 检察长 replies; the writer, signed out in a fresh browser, reads the reply
// with the code and posts a follow-up. Plus: nobody else reaches the inbox.
import { expect, test } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

test("anonymous letter → 检察长's reply → the writer reads it with the code and follows up", async ({
  browser,
}) => {
  const subject = `办案区停车位紧张-${Date.now().toString(36)}`;

  const writer = await newUserPage(browser);
  await loginOk(writer, "staff1");
  await writer.goto("/mailbox");
  await writer.getByRole("link", { name: "写信" }).click();
  // Bad input first: nothing filled → Chinese field errors, nothing sent.
  await writer.getByRole("checkbox", { name: "匿名来信" }).check();
  await writer.getByRole("button", { name: "匿名提交" }).click();
  await expect(writer.getByText("请选择来信类别")).toBeVisible();
  await expect(writer.getByText("请填写来信内容")).toBeVisible();

  await writer.getByRole("radio", { name: "反映问题" }).check();
  await writer.getByLabel("标题").fill(subject);
  await writer.getByLabel("来信内容").fill("地下停车位长期被外来车辆占用，干警上班经常无处停车。");
  await writer.getByRole("button", { name: "匿名提交" }).click();
  const codeBox = writer.getByTestId("access-code");
  await expect(codeBox).toBeVisible();
  const code = (await codeBox.textContent())!.trim();
  expect(code).toMatch(/^([2-9A-Z]{4}-){4}[2-9A-Z]{4}$/);
  // The code shows once: 复制访问码 puts exactly it on the clipboard.
  await writer.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await writer.getByRole("button", { name: "复制访问码" }).click();
  await expect(writer.getByText("已复制到剪贴板")).toBeVisible();
  expect(await writer.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(writer.getByRole("button", { name: "打印" })).toBeVisible();
  // Anonymous letters never show under "我的来信".
  await writer.goto("/mailbox");
  await expect(writer.getByRole("link", { name: subject })).toHaveCount(0);
  await writer.context().close();

  const chief = await newUserPage(browser);
  await loginOk(chief, "leader");
  // The 检察长 lands on the inbox when he opens 检察长信箱.
  await chief.goto("/mailbox");
  await expect(chief).toHaveURL(/\/mailbox\/inbox$/);
  await chief.getByRole("link", { name: subject }).click();
  await expect(chief.getByRole("heading", { name: subject })).toBeVisible();
  await expect(chief.getByText("匿名来信")).toBeVisible();
  await chief.getByRole("button", { name: "签收" }).click();
  await expect(chief.getByText("已签收").first()).toBeVisible();
  await chief.getByLabel("答复内容").fill("已请办公室加强车库管理，外来车辆登记后方可进入。");
  await chief.getByRole("button", { name: "发送答复" }).click();
  await expect(chief.getByText("答复已发送")).toBeVisible();
  await chief.context().close();

  // The writer, signed out, in a fresh context.
  const track = await newUserPage(browser);
  await track.goto("/mailbox/track");
  await expect(track).toHaveURL(/\/mailbox\/track$/);
  await track.getByLabel("访问码").fill("ABCD-EFGH-JKMN-PQRS-TUVW");
  await track.getByRole("button", { name: "查询" }).click();
  await expect(track.getByText("访问码不正确")).toBeVisible();
  await track.getByLabel("访问码").fill(code);
  await track.getByRole("button", { name: "查询" }).click();
  await expect(track.getByRole("heading", { name: subject })).toBeVisible();
  await expect(track.getByText("已请办公室加强车库管理")).toBeVisible();
  await expect(track.getByText("已答复")).toBeVisible();
  await track.getByLabel("追加留言").fill("谢谢答复，希望同时增设电动车充电桩。");
  await track.getByRole("button", { name: "提交留言" }).click();
  await expect(track.getByText("留言已送达")).toBeVisible();
  await track.getByRole("button", { name: "查询" }).click();
  await expect(track.getByText("希望同时增设电动车充电桩")).toBeVisible();
  await expect(track.getByText("办理中")).toBeVisible();
});

test("only the 检察长 reaches the inbox; others get 404", async ({ browser }) => {
  for (const username of ["staff1", "head1", "zzc"]) {
    const page = await newUserPage(browser);
    await loginOk(page, username);
    const res = await page.goto("/mailbox/inbox");
    expect(res?.status(), username).toBe(404);
    await page.context().close();
  }
});
