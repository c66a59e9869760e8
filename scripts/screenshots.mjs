// Dev helper: screenshots of pages as given users, for looking at what we build.
//   BASE=http://localhost:3000 USERS=leader,admin PATHS=/,/account W=1366 H=768 node scripts/screenshots.mjs
import { chromium } from "@playwright/test";

const base = process.env.BASE ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
  ],
});
const users = (process.env.USERS ?? "admin").split(",");
const paths = (process.env.PATHS ?? "/").split(",");
const width = Number(process.env.W ?? 1366),
  height = Number(process.env.H ?? 768);
for (const u of users) {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: "zh-CN" });
  const page = await ctx.newPage();
  await page.goto(base + "/login");
  if (u !== "anon") {
    await page.getByLabel("用户名").fill(u);
    await page.getByLabel("密码").fill("Liangxi@2026!");
    await page.getByRole("button", { name: "登录" }).click();
    await page
      .waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15000 })
      .catch(() => {});
  }
  for (const p of paths) {
    await page.goto(base + p);
    const name = `/tmp/shot-${u}-${p.replace(/\W+/g, "_")}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name, page.url());
  }
  await ctx.close();
}
await browser.close();
