// docs/security.md item 16: every page carries a strict CSP whose scripts run only with
// a fresh per-request nonce, plus the other security headers.
import { expect, test } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

function scriptSrc(csp: string): string {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? ""
  );
}

test("pages carry a nonce CSP without 'unsafe-inline' scripts, and every script has the nonce", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/login");
    expect(res.status()).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"];
    for (const d of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ])
      expect(csp).toContain(d);
    const src = scriptSrc(csp);
    expect(src).not.toContain("unsafe-inline");
    expect(src).not.toContain("unsafe-eval");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(src)?.[1];
    expect(nonce, src).toBeTruthy();
    nonces.add(nonce!);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["cache-control"]).toContain("no-store");
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
});

test("a signed-in page works under the policy, and an injected inline event handler does not run", async ({
  browser,
}) => {
  const page = await newUserPage(browser);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await loginOk(page, "staff1");
  await page.goto("/notifications");
  await expect(page.getByRole("navigation", { name: "主导航" }).first()).toBeVisible();
  expect(violations).toEqual([]);
  // What injected markup would try: an inline event handler. Without
  // 'unsafe-inline' the browser refuses to run it.
  const ran = await page.evaluate(async () => {
    const div = document.createElement("div");
    div.innerHTML = '<img src="/favicon-missing.png" onerror="window.__injected = true">';
    document.body.appendChild(div);
    await new Promise((r) => setTimeout(r, 300));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.some((v) => /inline event handler|script-src/i.test(v))).toBe(true);
  await page.context().close();
});

test("the favicon and robots.txt are served to anonymous visitors, and robots are kept out", async ({
  request,
}) => {
  const icon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/icon/);
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /");
  const login = await request.get("/login");
  expect(await login.text()).toContain('rel="icon"');
});
