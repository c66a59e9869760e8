// npm run lighthouse — Lighthouse (mobile preset: simulated slow 4G and a 4×
// slower CPU) on the main pages as their users see them, with each page's
// first-load JS (./lighthouse/first-load-js.ts). A measurement, not a test:
// the figures go in the README.
//
//   npm run lighthouse                  builds if stale, seeds data/lighthouse.db
//                                       with the demo, serves it on port 3300
//   LH_URL=http://host:port npm run lighthouse
//                                       measures a running server with the demo
//                                       seed (DATABASE_URL: its database, for the
//                                       appraisal sheet's ids)
//   npm run lighthouse -- --all         then every page the demo users reach:
//                                       first-load JS and axe-core's findings
//                                       (./lighthouse/sweep.ts); --sweep: only that
//   npm run lighthouse -- --check       exits 1 when a page misses a target
//   LH_RUNS=3                           runs per page; the median performance run
//                                       is shown (default 3)
//   LH_ONLY=/dashboard,/login           only those pages
//
// Targets: performance ≥ 95, accessibility ≥ 95, first-load JS ≤ 200 kB gzip
// on every page, and (--all) no colour-contrast or aria-hidden-focus finding.
// The median runs' JSON reports are kept in data/lighthouse/.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

import { freshDatabase, sessionCookie, waitForServer } from "./bench/server";
import { resolvePath } from "./bench/targets";
import { buildIfStale } from "./build-if-stale.mjs";
import { firstLoadJs } from "./lighthouse/first-load-js";
import { sweep, type SweepRow } from "./lighthouse/sweep";

const PORT = Number(process.env.LH_PORT ?? 3300);
const BASE = process.env.LH_URL?.replace(/\/$/, "") ?? `http://127.0.0.1:${PORT}`;
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const CHECK = process.argv.includes("--check");
const SWEEP_ONLY = process.argv.includes("--sweep");
const SWEEP = SWEEP_ONLY || process.argv.includes("--all");
const SWEEP_USERS = ["staff1", "zzc", "leader", "head1", "liaison1", "admin", "auditor"];
const SWEEP_FAIL = ["color-contrast", "aria-hidden-focus"];
const ONLY = process.env.LH_ONLY?.split(",").map((p) => p.trim());
const OUT = "data/lighthouse";
const TARGET = { performance: 95, accessibility: 95, jsKb: 200 };
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

type Page = { name: string; path: string; as?: string };
const PAGES: Page[] = [
  { name: "登录 /login（匿名）", path: "/login" },
  { name: "首页 /（staff1）", path: "/", as: "staff1" },
  { name: "晴雨表看板 /dashboard（leader）", path: "/dashboard", as: "leader" },
  { name: "报告列表 /reports（zzc）", path: "/reports", as: "zzc" },
  {
    name: "考评表 /appraisal/[id]/sheets/[id]（staff1）",
    path: "/appraisal/{cycle:2026}/sheets/{sheet:staff1:2026}",
    as: "staff1",
  },
];

const env = {
  ...process.env,
  AUTH_SECRET: "lighthouse-only-auth-secret-0123456789abcdefghij",
  DATA_KEY: "bGlnaHRob3VzZS1vbmx5LWRhdGEta2V5LTMyLWJ5dGU=",
  NEXTAUTH_URL: BASE,
  PORT: String(PORT),
  NEXT_TELEMETRY_DISABLED: "1",
};

type Result = {
  page: Page;
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  js: { files: number; kb: number };
  failing: string[];
};

async function audit(page: Page, port: number, url: string, cookie?: string): Promise<Result> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await lighthouse(
      url,
      {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: headers,
      },
      undefined,
    );
    if (!r) throw new Error(`no Lighthouse result for ${url}`);
    if (r.lhr.runtimeError) throw new Error(`${url}: ${r.lhr.runtimeError.message}`);
    if (new URL(r.lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${url} ended on ${r.lhr.finalDisplayedUrl} (not signed in?)`);
    runs.push(r);
  }
  // The median run by performance score.
  runs.sort((a, b) => score(a.lhr, "performance") - score(b.lhr, "performance"));
  const { lhr, report } = runs[Math.floor(runs.length / 2)];
  fs.mkdirSync(OUT, { recursive: true });
  const file = `${OUT}/${page.path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "home"}.json`;
  fs.writeFileSync(file, Array.isArray(report) ? report[0] : report);
  const a11y = lhr.categories.accessibility.auditRefs.map((ref) => lhr.audits[ref.id]);
  return {
    page,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    lcp: lhr.audits["largest-contentful-paint"].numericValue ?? NaN,
    tbt: lhr.audits["total-blocking-time"].numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"].numericValue ?? NaN,
    js: await firstLoadJs(await (await fetch(url, { headers })).text(), url, headers),
    failing: a11y.filter((a) => a.score !== null && a.score < 1).map((a) => a.id),
  };
}

function score(lhr: { categories: Record<string, { score: number | null }> }, cat: string) {
  return Math.round((lhr.categories[cat].score ?? 0) * 100);
}

/** A table in the terminal, where Chinese characters take two columns. */
function table(head: string[], rows: string[][]) {
  const width = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))) + 2);
  for (const r of [head, ...rows])
    console.log(r.map((c, i) => c + " ".repeat(widths[i] - width(c))).join(""));
}

/** Lighthouse's five pages: their scores, and what they miss. */
function report(results: Result[]): string[] {
  table(
    ["page", "perf", "a11y", "LCP", "TBT", "CLS", "first-load JS (gzip)"],
    results.map((r) => [
      r.page.name,
      String(r.performance),
      String(r.accessibility),
      `${(r.lcp / 1000).toFixed(1)} s`,
      `${r.tbt.toFixed(0)} ms`,
      r.cls.toFixed(3),
      `${r.js.kb.toFixed(1)} kB (${r.js.files} files)`,
    ]),
  );
  for (const r of results)
    if (r.failing.length) console.log(`${r.page.path}: accessibility audits failing: ${r.failing}`);
  return results
    .filter(
      (r) =>
        r.performance < TARGET.performance ||
        r.accessibility < TARGET.accessibility ||
        r.js.kb > TARGET.jsKb,
    )
    .map((r) => r.page.path);
}

/** Every page swept: first-load JS and axe findings; what misses. */
function reportSweep(rows: SweepRow[]): string[] {
  console.log(`\n${rows.length} pages (one per route) as ${SWEEP_USERS.join(", ")}\n`);
  table(
    ["route", "as", "first-load JS", "axe findings (rule: elements)"],
    rows.map((r) => [
      r.route,
      r.as,
      `${r.jsKb.toFixed(1)} kB`,
      r.violations.map((v) => `${v.id}: ${v.nodes}`).join(", ") || "—",
    ]),
  );
  // Each offending element once, with the pages it is on.
  const where = new Map<string, string[]>();
  for (const r of rows)
    for (const v of r.violations)
      for (const html of v.html) {
        const key = `${v.id}  ${html}`;
        where.set(key, [...(where.get(key) ?? []), r.url]);
      }
  for (const [what, urls] of where)
    console.log(`${what}\n    on ${urls.length} page(s): ${urls.slice(0, 3).join(" ")}`);
  return rows
    .filter((r) => r.jsKb > TARGET.jsKb || r.violations.some((v) => SWEEP_FAIL.includes(v.id)))
    .map((r) => r.route);
}

async function main() {
  let server: ReturnType<typeof spawn> | undefined;
  let dbUrl = process.env.DATABASE_URL ?? "";
  if (!process.env.LH_URL) {
    buildIfStale(env);
    dbUrl = await freshDatabase("lighthouse", 1, env);
    server = spawn("node", ["scripts/server.mjs"], {
      env: { ...env, DATABASE_URL: dbUrl },
      stdio: "ignore",
    });
  }
  const results: Result[] = [];
  let swept: SweepRow[] = [];
  try {
    await waitForServer(BASE);
    if (!SWEEP_ONLY) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
        chromeFlags: CHROME_FLAGS,
      });
      try {
        for (const page of PAGES.filter((p) => !ONLY || ONLY.includes(p.path))) {
          const path = await resolvePath(dbUrl, page.path);
          const cookie = page.as ? await sessionCookie(BASE, page.as) : undefined;
          // One unmeasured load, so that the server's first render of the page is not scored.
          await fetch(BASE + path, { headers: cookie ? { cookie } : {} });
          results.push(await audit(page, chrome.port, BASE + path, cookie));
          console.log(`measured ${page.path}`);
        }
      } finally {
        chrome.kill();
      }
    }
    if (SWEEP) swept = await sweep(BASE, SWEEP_USERS);
  } finally {
    server?.kill("SIGTERM");
  }
  const [l1, l5, l15] = os.loadavg().map((l) => l.toFixed(2));
  const missed: string[] = [];
  if (!SWEEP_ONLY) {
    console.log(
      `\nLighthouse 12.2.3, mobile preset, ${RUNS} run(s) per page (median by performance); ` +
        `${new Date().toISOString().slice(0, 16)}Z; load average ${l1} ${l5} ${l15} on ${os.availableParallelism()} cores\n`,
    );
    missed.push(...report(results));
  }
  if (SWEEP) missed.push(...reportSweep(swept));
  if (missed.length)
    console.log(
      `\nBelow the targets (performance ≥ ${TARGET.performance}, accessibility ≥ ${TARGET.accessibility}, first-load JS ≤ ${TARGET.jsKb} kB, no ${SWEEP_FAIL.join(" or ")}): ${missed.join(", ")}`,
    );
  if (CHECK && missed.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
