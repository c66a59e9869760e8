// Each demo role logs in and sees exactly its navigation; roles without a
// permission get a 404 for the page family (and a denied audit row).
import { expect, test } from "@playwright/test";

import { loginOk, navLabels, newUserPage } from "./helpers";

const SANHAO = ["党组引航", "督办事项"];
const BAROMETER = ["检察长信箱", "个人重大事项", "思想状况测评"];
const STUDY = ["学习教育"];
const EXPECTED_NAV: Record<string, string[]> = {
  leader: [
    "首页",
    "我的",
    "部门看板",
    "通知",
    "党组引航",
    "思想动态报告",
    "督办事项",
    "晴雨表看板",
    "思想状况分析报告",
    ...BAROMETER,
    "谈心谈话",
    "改革咨询",
    "咨询统计",
    ...STUDY,
    "学习排名",
    "入额遴选",
    "专栏",
    "履职表现",
    "荣誉墙",
    "绩效考评",
    "检察文化",
    "账户安全",
  ],
  zzc: [
    "首页",
    "我的",
    "政治处工作台",
    "部门看板",
    "通知",
    "党组引航",
    "思想动态报告",
    "督办事项",
    "晴雨表看板",
    "思想状况分析报告",
    ...BAROMETER,
    "谈心谈话",
    "改革咨询",
    "咨询统计",
    ...STUDY,
    "学习排名",
    "入额遴选",
    "专栏",
    "履职表现",
    "荣誉墙",
    "绩效考评",
    "检察文化",
    "账户安全",
  ],
  head1: [
    "首页",
    "我的",
    "部门看板",
    "通知",
    "党组引航",
    "思想动态报告",
    "督办事项",
    ...BAROMETER,
    "谈心谈话",
    "改革咨询",
    ...STUDY,
    "入额遴选",
    "专栏",
    "履职表现",
    "荣誉墙",
    "绩效考评",
    "检察文化",
    "账户安全",
  ],
  liaison1: [
    "首页",
    "我的",
    "部门看板",
    "通知",
    "党组引航",
    "思想动态报告",
    "督办事项",
    ...BAROMETER,
    "改革咨询",
    ...STUDY,
    "入额遴选",
    "专栏",
    "履职表现",
    "荣誉墙",
    "绩效考评",
    "检察文化",
    "账户安全",
  ],
  staff1: [
    "首页",
    "我的",
    "通知",
    ...SANHAO,
    ...BAROMETER,
    "改革咨询",
    ...STUDY,
    "入额遴选",
    "专栏",
    "履职表现",
    "荣誉墙",
    "绩效考评",
    "检察文化",
    "账户安全",
  ],
  admin: ["首页", "通知", "用户管理", "部门管理", "信箱设置", "账户安全"],
  auditor: ["首页", "通知", "审计日志", "账户安全"],
};
const EXPECTED_ROLE_BADGE: Record<string, string> = {
  leader: "院领导",
  zzc: "政治处",
  head1: "部门负责人",
  liaison1: "信息员",
  staff1: "干警",
  admin: "系统管理员",
  auditor: "安全审计员",
};

for (const [username, nav] of Object.entries(EXPECTED_NAV)) {
  test(`${username} logs in and sees the right navigation`, async ({ browser }) => {
    const page = await newUserPage(browser);
    await loginOk(page, username);
    await expect(page).toHaveURL(/\/$/);
    expect(await navLabels(page)).toEqual(nav);
    await expect(page.getByRole("heading", { name: /^您好，/ })).toBeVisible();
    await expect(
      page
        .locator("dt:text-is('角色') + dd")
        .getByText(EXPECTED_ROLE_BADGE[username], { exact: true }),
    ).toBeVisible();
    await page.context().close();
  });
}

test("STAFF cannot open /admin or /audit", async ({ browser }) => {
  const page = await newUserPage(browser);
  await loginOk(page, "staff1");
  for (const path of [
    "/admin/users",
    "/admin/departments",
    "/admin/users/new",
    "/audit",
    "/reports",
    "/reports/new",
    "/reports/compliance",
    "/consult/log",
    "/consult/stats",
    "/follow-ups/new",
    "/direction/deployments/new",
    "/mailbox/inbox",
    "/major-matters/all",
    "/admin/mailbox",
    "/talks",
    "/talks/campaigns",
    "/columns/manage",
    "/workbench",
    "/department",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在或您无权访问" })).toBeVisible();
  }
  await page.context().close();
});

test("SYS_ADMIN cannot read the audit log and AUDITOR cannot administer", async ({ browser }) => {
  const admin = await newUserPage(browser);
  await loginOk(admin, "admin");
  expect((await admin.goto("/audit"))?.status()).toBe(404);
  expect((await admin.goto("/me"))?.status()).toBe(404);
  const auditor = await newUserPage(browser);
  await loginOk(auditor, "auditor");
  expect((await auditor.goto("/admin/users"))?.status()).toBe(404);
  // The auditor sees the admin's denied attempt.
  await auditor.goto("/audit?user=admin&result=DENIED");
  await expect(
    auditor
      .getByRole("row")
      .filter({ hasText: "page.view" })
      .filter({ hasText: "Page:/audit" })
      .first(),
  ).toBeVisible();
  await admin.context().close();
  await auditor.context().close();
});

test("anonymous visitors are sent to the login page", async ({ browser }) => {
  const page = await newUserPage(browser);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
  await expect(page.getByLabel("用户名")).toBeVisible();
  await page.context().close();
});

test("the portal works at phone width", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.240" },
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill("staff1");
  await page.getByLabel("密码").fill((await import("./helpers")).DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByText("菜单").click();
  await expect(page.getByRole("link", { name: "账户安全" }).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
