// Administration through the UI, and the server action refusing a direct post.
import fs from "node:fs";

import { expect, test } from "@playwright/test";

import { confirmDialog, DEMO_PASSWORD, login, loginOk, newUserPage } from "./helpers";

test("an admin-reset account is forced to change its password", async ({ browser }) => {
  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  await admin.goto("/admin/users?q=resettest");
  const row = admin.getByRole("row").filter({ hasText: "resettest" });
  await row.getByRole("button", { name: "重置密码" }).click();
  await confirmDialog(admin);
  const temp = (await admin.getByTestId("temporary-password").textContent())!.trim();
  expect(temp).toHaveLength(16);

  const user = await newUserPage(browser);
  await login(user, "resettest", DEMO_PASSWORD);
  await expect(user.locator("form").getByRole("alert")).toBeVisible(); // old password no longer works
  await login(user, "resettest", temp);
  await expect(user).toHaveURL(/\/change-password/);
  await expect(user.getByRole("heading", { name: "请先修改密码" })).toBeVisible();
  // Every other page sends them back here.
  await user.goto("/notifications");
  await expect(user).toHaveURL(/\/change-password/);

  await user.getByLabel("当前密码").fill(temp);
  await user.getByLabel("新密码", { exact: true }).fill("short");
  await user.getByLabel("确认新密码").fill("short");
  await user.getByRole("button", { name: "修改密码" }).click();
  await expect(user.getByText("密码至少 12 个字符")).toBeVisible();

  await user.getByLabel("当前密码").fill(temp);
  await user.getByLabel("新密码", { exact: true }).fill("Orchid-Lantern-2027");
  await user.getByLabel("确认新密码").fill("Orchid-Lantern-2027");
  await user.getByRole("button", { name: "修改密码" }).click();
  await expect(user).toHaveURL(/\/login\?changed=1/);
  await expect(user.getByText("密码已修改，请使用新密码重新登录")).toBeVisible();
  await loginOk(user, "resettest", "Orchid-Lantern-2027");
  await expect(user).toHaveURL(/\/$/);
  await admin.context().close();
  await user.context().close();
});

test("creating a user shows Chinese field errors, a duplicate conflict, then the temporary password", async ({
  browser,
}) => {
  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  await admin.goto("/admin/users/new");
  await admin.getByLabel("姓名").fill("测试新人");
  await admin.getByLabel("用户名").fill("staff1");
  await admin.getByLabel("工号").fill("E2E-0001");
  await admin.getByLabel("出生年份").fill("1995");
  await admin.getByLabel("邮箱").fill("not-an-email");
  await admin.getByRole("button", { name: "创建账户" }).click();
  await expect(admin.getByText("邮箱格式不正确")).toBeVisible();
  await admin.getByLabel("邮箱").fill("");
  await admin.getByRole("button", { name: "创建账户" }).click();
  await expect(admin.getByText("该用户名已被使用")).toBeVisible();
  await admin.getByLabel("用户名").fill("e2enewcomer");
  await admin.getByRole("checkbox", { name: "系统管理员" }).check();
  await admin.getByRole("button", { name: "创建账户" }).click();
  await expect(admin.getByText(/三权分立/).first()).toBeVisible();
  await admin.getByRole("checkbox", { name: "系统管理员" }).uncheck();
  await admin.getByRole("button", { name: "创建账户" }).click();
  await expect(admin.getByTestId("temporary-password")).toHaveText(/^.{16}$/);
  await admin.context().close();
});

test("posting the admin action directly, without the page, is refused and audited", async ({
  browser,
}) => {
  const manifest = JSON.parse(
    fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const actionId = Object.entries(manifest.node).find(
    ([, v]) => v.filename === "lib/admin/actions.ts" && v.exportedName === "createUser",
  )?.[0];
  expect(actionId).toBeTruthy();

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  const baseURL = new URL(staff.url()).origin;
  const res = await staff.request.post("/admin/users/new", {
    headers: {
      "Next-Action": actionId!,
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL,
      Accept: "text/x-component",
    },
    data: JSON.stringify([
      {
        realName: "越权创建",
        username: "sneaky",
        employeeNo: "SNEAKY-1",
        birthYear: 1990,
        roles: ["SYS_ADMIN"],
      },
    ]),
  });
  const body = await res.text();
  expect(body).toContain("您没有执行此操作的权限");

  // The auditor sees the denied attempt, and no account "sneaky" exists.
  const auditor = await newUserPage(browser);
  await loginOk(auditor, "auditor");
  await auditor.goto("/audit?action=admin.user.create&user=staff1&result=DENIED");
  await expect(
    auditor.getByRole("row").filter({ hasText: "admin.user.create" }).first(),
  ).toBeVisible();
  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  await admin.goto("/admin/users?q=sneaky");
  await expect(admin.getByText("没有符合条件的用户")).toBeVisible();
  for (const p of [staff, auditor, admin]) await p.context().close();
});
