// npm run bench — a benchmark, not a test. Starts the production server on a
// fresh copy of the demo data, then drives each target with autocannon and
// prints requests/s, p50, p95 and the server's peak RSS during that target.
// Later issues add their pages to TARGETS.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

import autocannon from "autocannon";

import { buildIfStale } from "./build-if-stale.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// Seconds of unmeasured load per target first: V8 needs some 20 s of render
// work before a fresh server reaches its steady speed (BENCH_WARMUP=0 measures it cold).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 15);
const DB = "data/bench.db";
// BENCH_ONLY=/dashboard,/follow-ups limits the run to those paths.
const ONLY = process.env.BENCH_ONLY
  ? process.env.BENCH_ONLY.split(",")
      .map((p) => p.trim())
      .filter(Boolean)
  : undefined;

// A path may name seeded records by placeholder, resolved from the bench
// database after seeding: {cycle:2026}, {sheet:staff1:2025}, {auto:staff1:2026}.
type Target = { name: string; path: string; as?: string };
const TARGETS: Target[] = [
  { name: "登录页 /login（匿名）", path: "/login" },
  { name: "首页 /（已登录：staff1）", path: "/", as: "staff1" },
  { name: "报告列表 /reports（zzc）", path: "/reports", as: "zzc" },
  { name: "报送情况 /reports/compliance（zzc）", path: "/reports/compliance", as: "zzc" },
  { name: "督办列表 /follow-ups（zzc）", path: "/follow-ups", as: "zzc" },
  { name: "晴雨表看板 /dashboard（leader）", path: "/dashboard", as: "leader" },
  { name: "分析报告列表 /analysis-reports（leader）", path: "/analysis-reports", as: "leader" },
  { name: "部门看板 /department（head1）", path: "/department", as: "head1" },
  { name: "我的 /me（staff1）", path: "/me", as: "staff1" },
  { name: "政治处工作台 /workbench（zzc）", path: "/workbench", as: "zzc" },
  { name: "考评控制台 /appraisal/[id]（zzc，打分中）", path: "/appraisal/{cycle:2026}", as: "zzc" },
  {
    name: "考评表 /appraisal/[id]/sheets/[id]（staff1，打分中·实时计算）",
    path: "/appraisal/{cycle:2026}/sheets/{sheet:staff1:2026}",
    as: "staff1",
  },
  {
    name: "考评表（staff1，已归档·快照）",
    path: "/appraisal/{cycle:2025}/sheets/{sheet:staff1:2025}",
    as: "staff1",
  },
  {
    name: "考评依据记录 evidence（staff1，打分中）",
    path: "/appraisal/{cycle:2026}/sheets/{sheet:staff1:2026}/evidence/{auto:2026}",
    as: "staff1",
  },
  {
    name: "导出 Excel：考评结果 XLSX（zzc，2025）",
    path: "/appraisal/{cycle:2025}/export/sheets",
    as: "zzc",
  },
];

/** Replaces the placeholders of a target's path with ids read from the seeded bench database. */
async function resolvePath(path: string): Promise<string> {
  if (!path.includes("{")) return path;
  const { default: Database } = await import("better-sqlite3");
  const sql = new Database(DB, { readonly: true });
  try {
    const cycle = (year: string) =>
      (
        sql
          .prepare(`SELECT id FROM AppraisalCycle WHERE year = ? ORDER BY createdAt LIMIT 1`)
          .get(Number(year)) as { id: string }
      ).id;
    return path.replace(/\{(cycle|sheet|auto):([^}:]+)(?::([^}]+))?\}/g, (_m, kind, a, b) => {
      if (kind === "cycle") return cycle(a);
      if (kind === "auto")
        return (
          sql
            .prepare(
              `SELECT id FROM AppraisalIndicator WHERE cycleId = ? AND type = 'AUTO' ORDER BY position LIMIT 1`,
            )
            .get(cycle(a)) as { id: string }
        ).id;
      return (
        sql
          .prepare(
            `SELECT s.id FROM AppraisalSheet s JOIN User u ON u.id = s.userId WHERE s.cycleId = ? AND u.username = ?`,
          )
          .get(cycle(b), a) as { id: string }
      ).id;
    });
  } finally {
    sql.close();
  }
}

const env = {
  ...process.env,
  DATABASE_URL: `file:./${DB}`,
  AUTH_SECRET: "bench-only-auth-secret-0123456789abcdefghijklmnop",
  DATA_KEY: "YmVuY2gtb25seS1kYXRhLWtleS0zMi1ieXRlcy1vayE=",
  NEXTAUTH_URL: BASE,
  PORT: String(PORT),
  NEXT_TELEMETRY_DISABLED: "1",
};

/** Resident memory of the server: the primary and its workers (WEB_CONCURRENCY). */
function rssKb(pid: number): number {
  let kb = 0;
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
    kb = m ? Number(m[1]) : 0;
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    for (const c of children ? children.split(/\s+/) : []) kb += rssKb(Number(c));
  } catch {}
  return kb;
}

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function sessionCookie(username: string): Promise<string> {
  const { DEMO_PASSWORD } = await import("../prisma/seed/accounts");
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const jar = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`login as ${username} failed (${res.status})`);
  return session;
}

async function main() {
  buildIfStale(env);
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env });
  execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    stdio: "ignore",
    env,
  });

  const server = spawn("node", ["scripts/server.mjs"], { env, stdio: "ignore" });
  try {
    await waitForServer();
    const rows: string[][] = [];
    for (const target of TARGETS.filter((t) => !ONLY || ONLY.includes(t.path))) {
      const t = { ...target, path: await resolvePath(target.path) };
      const headers: Record<string, string> = t.as ? { cookie: await sessionCookie(t.as) } : {};
      // Warm-up, so that first-request compilation and JIT tiering are not measured.
      for (let i = 0; i < 5; i++) await fetch(BASE + t.path, { headers });
      if (WARMUP > 0)
        await new Promise((resolve, reject) =>
          autocannon(
            { url: BASE + t.path, connections: CONNECTIONS, duration: WARMUP, headers },
            (err, res) => (err ? reject(err) : resolve(res)),
          ),
        );
      let peak = rssKb(server.pid!);
      const sampler = setInterval(() => (peak = Math.max(peak, rssKb(server.pid!))), 100);
      const times: number[] = [];
      const r = await new Promise<autocannon.Result>((resolve, reject) => {
        const inst = autocannon(
          { url: BASE + t.path, connections: CONNECTIONS, duration: DURATION, headers },
          (err, res) => (err ? reject(err) : resolve(res)),
        );
        inst.on("response", (_c, _status, _bytes, ms) => times.push(ms));
      });
      clearInterval(sampler);
      const ok = r.non2xx === 0 && r.errors === 0;
      rows.push([
        t.name,
        r.requests.average.toFixed(1),
        `${percentile(times, 50)} ms`,
        `${percentile(times, 95)} ms`,
        `${(peak / 1024).toFixed(0)} MiB`,
        ok ? "ok" : `non2xx=${r.non2xx} errors=${r.errors}`,
      ]);
    }
    const workers = process.env.WEB_CONCURRENCY
      ? `WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY}`
      : `default workers (one per core, ≤ 4; ${os.availableParallelism()} cores)`;
    console.log(
      `\n${CONNECTIONS} connections × ${DURATION} s per target after ${WARMUP} s of warm-up, SQLite demo data, production build, ${workers}\n`,
    );
    const head = ["target", "req/s", "p50", "p95", "peak RSS", "status"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)) + 2);
    for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join(""));
  } finally {
    server.kill("SIGTERM");
  }
}

// autocannon's summary has p90 and p97.5 but no p95: compute it from every response time.
function percentile(values: number[], p: number): string {
  if (values.length === 0) return "?";
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
