// Lockout, throttling and revocation as a user meets them in the browser.
import { expect, test } from "@playwright/test";

import { confirmDialog, DEMO_PASSWORD, login, loginOk, newUserPage } from "./helpers";

const FAILED = "用户名或密码错误，或账户暂时不可用";

test("5 wrong passwords lock the account, with the same message as any failure", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  await login(page, "no-such-user", "Wrong-Password-1");
  await expect(page.locator("form").getByRole("alert")).toContainText(FAILED);
  for (let i = 0; i < 5; i++) {
    await login(page, "locktest", `Wrong-Password-${i}`);
    await expect(page.locator("form").getByRole("alert")).toContainText(FAILED);
  }
  // Locked: the right password is refused too, with the identical message.
  await login(page, "locktest", DEMO_PASSWORD);
  await expect(page.locator("form").getByRole("alert")).toContainText(FAILED);
  await expect(page).toHaveURL(/\/login/);

  // The administrator sees the lock and can lift it.
  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  await admin.goto("/admin/users?q=locktest");
  const row = admin.getByRole("row").filter({ hasText: "locktest" });
  await expect(row.getByText("已锁定")).toBeVisible();
  await admin.context().close();
  await page.context().close();
});

test("a hostile callbackUrl lands on the home page after login, never on another host", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  const offsite: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1") && !r.url().startsWith("http://localhost"))
      offsite.push(r.url());
  });
  for (const cb of ["/%5Cevil.invalid/x", "/%09/evil.invalid/x", "/.//evil.invalid/x"]) {
    await page.goto(`/login?callbackUrl=${cb}`);
    await page.getByLabel("用户名").fill("staff1");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("navigation", { name: "主导航" }).first()).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.context().clearCookies();
  }
  expect(offsite).toEqual([]);
  await page.context().close();
});

test("more than 25 login attempts from one address in 5 minutes get HTTP 429", async ({
  browser,
}) => {
  const page = await newUserPage(browser, "203.0.113.77");
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  const statuses: number[] = [];
  for (let i = 0; i < 26; i++) {
    const res = await page.request.post("/api/auth/callback/credentials", {
      form: {
        csrfToken: csrf.csrfToken,
        username: `nobody${i}`,
        password: "Wrong-Password-1",
        json: "true",
      },
      maxRedirects: 0,
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 25).every((s) => s !== 429)).toBe(true);
  expect(statuses[25]).toBe(429);
  // The login page says so in Chinese.
  await login(page, "staff1");
  await expect(page.locator("form").getByRole("alert")).toContainText("登录尝试过于频繁");
  await page.context().close();
});

test("a disabled user's open session is rejected on its next request", async ({ browser }) => {
  const victim = await newUserPage(browser);
  await loginOk(victim, "disabletest");

  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  await admin.goto("/admin/users?q=disabletest");
  const row = admin.getByRole("row").filter({ hasText: "disabletest" });
  await row.getByRole("button", { name: "停用" }).click();
  await confirmDialog(admin);
  await expect(row.getByText("停用", { exact: true }).first()).toBeVisible();
  await expect(row.getByRole("button", { name: "启用" })).toBeVisible();

  await victim.reload();
  await expect(victim).toHaveURL(/\/login/);
  await expect(victim.getByLabel("用户名")).toBeVisible();
  // And cannot sign in again.
  await login(victim, "disabletest");
  await expect(victim.locator("form").getByRole("alert")).toContainText(FAILED);
  await admin.context().close();
  await victim.context().close();
});

test("logging out ends the session and clears the cookie", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "head1");
  const before = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(before?.httpOnly).toBe(true);
  expect(before?.sameSite).toBe("Lax");
  // Page scripts learn nothing but the expiry: no session row id.
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(Object.keys(session)).toEqual(["expires"]);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(
    (await page.context().cookies()).find((c) => c.name.includes("session-token")),
  ).toBeUndefined();
  // Replaying the old cookie does not bring the session back.
  await page.context().addCookies([before!]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.context().close();

  // The auditor sees who logged out, not "（匿名）".
  const auditor = await newUserPage(browser);
  await loginOk(auditor, "auditor");
  await auditor.goto("/audit?action=auth.logout&user=head1");
  await expect(auditor.getByRole("row").filter({ hasText: "auth.logout" }).first()).toContainText(
    "head1",
  );
  await auditor.context().close();
});

test("a GET to the credentials callback is refused with 405, not a 500", async ({ request }) => {
  const res = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(res.status()).toBe(405);
  expect(res.headers()["allow"]).toBe("POST");
});
