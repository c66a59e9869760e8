// `npm run lighthouse -- --all`: every page a set of demo users can reach,
// not only the five that Lighthouse scores. From each user's home page it
// follows the portal's own links (two clicks deep), one page per route
// pattern (ids replaced by [id]), and on each page it measures first-load JS
// (./first-load-js.ts) and runs axe-core — the engine of Lighthouse's
// accessibility category — after scrolling to the end, so that charts loaded
// near the viewport (components/charts/deferred.tsx) are checked too.
import { createRequire } from "node:module";

import { chromium, type Page } from "@playwright/test";

import { sessionCookie } from "../bench/server";
import { firstLoadJs } from "./first-load-js";

export type SweepRow = {
  route: string;
  url: string;
  as: string;
  jsKb: number;
  violations: { id: string; nodes: number; html: string[] }[];
};

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// Downloads and sign-out are not pages.
const SKIP = /\/(api|export)(\/|$)|\.(xlsx|docx|pdf|zip|csv)$|^\/logout/;

/** /reports/cmabc…/edit → /reports/[id]/edit */
export function routeOf(path: string): string {
  return path
    .split("/")
    .map((s) => (/^(?=.*\d)[a-z0-9]{20,}$/i.test(s) || /^\d+$/.test(s) ? "[id]" : s))
    .join("/");
}

export async function sweep(base: string, users: string[], depth = 2): Promise<SweepRow[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const seen = new Set<string>();
  const rows: SweepRow[] = [];
  try {
    for (const as of users) {
      const cookie = await sessionCookie(base, as);
      // The axe script is injected into pages whose CSP would refuse it.
      const context = await browser.newContext({
        extraHTTPHeaders: { cookie },
        bypassCSP: true,
        locale: "zh-CN",
        viewport: { width: 1366, height: 768 },
      });
      const page = await context.newPage();
      let frontier = ["/"];
      for (let level = 0; level <= depth && frontier.length; level++) {
        const next: string[] = [];
        for (const path of frontier) {
          const route = routeOf(path);
          // Each user's home page is read for its links even when already measured.
          const fresh = !seen.has(route);
          if (!fresh && level > 0) continue;
          seen.add(route);
          const res = await page.goto(base + path, { waitUntil: "load" });
          if (!res || res.status() >= 400 || new URL(page.url()).pathname !== path) continue;
          if (fresh) rows.push(await measure(page, base, path, as, await res.text(), cookie));
          if (level < depth)
            for (const href of await page.$$eval("a[href]", (as) =>
              as.map((a) => (a as HTMLAnchorElement).href),
            )) {
              const u = new URL(href);
              if (u.origin !== base || u.search || SKIP.test(u.pathname)) continue;
              if (!seen.has(routeOf(u.pathname))) next.push(u.pathname);
            }
        }
        frontier = [...new Set(next)];
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** One page: axe after scrolling to the end, and its first-load JS. */
async function measure(
  page: Page,
  base: string,
  path: string,
  as: string,
  html: string,
  cookie: string,
): Promise<SweepRow> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "best-practice"] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.length,
      html: [...new Set(v.nodes.map((n) => n.html.slice(0, 160)))],
    }));
  });
  const js = await firstLoadJs(html, base + path, { cookie });
  const route = routeOf(path);
  console.log(`swept ${route} (${as}): ${js.kb.toFixed(1)} kB, ${violations.length} rules`);
  return { route, url: path, as, jsKb: js.kb, violations };
}

type AxeLike = {
  run(
    ctx: Document,
    opts: object,
  ): Promise<{
    violations: { id: string; nodes: { html: string }[] }[];
  }>;
};
