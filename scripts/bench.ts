// npm run bench — a benchmark, not a test. Starts the production server on a
// fresh copy of the demo data, then drives each target (scripts/bench/targets.ts)
// with autocannon and prints requests/s, p50, p95, p99, errors, the server's
// peak RSS during that target, and the target's req/s as a % of the server's
// own static floor (a static JS chunk, measured first in the same run).
//
//   npm run bench                       the demo data (1×) on SQLite
//   npm run bench -- --data 1,10        the same set on 1× and 10× data
//                                       (db:seed --scale 10), then each page's
//                                       p95 ratio 10× / 1× (target ≤ 1.5)
//   BENCH_DB=postgres npm run bench     on a fresh PostgreSQL database
//                                       (BENCH_PG_ADMIN_URL, default the local
//                                       postgres superuser)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

import autocannon from "autocannon";

import { freshDatabase, sessionCookie, waitForServer } from "./bench/server";
import { FLOOR, resolvePath, TARGETS } from "./bench/targets";
import { buildIfStale } from "./build-if-stale.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// Seconds of unmeasured load per target first: V8 needs some 20 s of render
// work before a fresh server reaches its steady speed (BENCH_WARMUP=0 measures it cold).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 15);
const POSTGRES = process.env.BENCH_DB === "postgres";
const PG_ADMIN = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dataArg = process.argv.indexOf("--data");
const SCALES = (dataArg >= 0 ? process.argv[dataArg + 1] : "1")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 1);
// BENCH_ONLY=/dashboard,/follow-ups limits the run to those paths.
const ONLY = process.env.BENCH_ONLY
  ? process.env.BENCH_ONLY.split(",")
      .map((p) => p.trim())
      .filter(Boolean)
  : undefined;

const baseEnv = {
  ...process.env,
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

type Row = {
  name: string;
  path: string;
  rps: number;
  p50: string;
  p95: string;
  p99: string;
  peak: string;
  status: string;
};

async function measure(url: string): Promise<Row[]> {
  const env = { ...baseEnv, DATABASE_URL: url };
  const server = spawn("node", ["scripts/server.mjs"], { env, stdio: "ignore" });
  const rows: Row[] = [];
  try {
    await waitForServer(BASE);
    for (const target of TARGETS.filter(
      (t) => t.path === FLOOR || !ONLY || ONLY.includes(t.path),
    )) {
      const t = { ...target, path: await resolvePath(url, target.path) };
      const headers: Record<string, string> = t.as
        ? { cookie: await sessionCookie(BASE, t.as) }
        : {};
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
      rows.push({
        name: t.name,
        path: target.path,
        rps: r.requests.average,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        peak: `${(peak / 1024).toFixed(0)} MiB`,
        status: r.non2xx === 0 && r.errors === 0 ? "ok" : `non2xx=${r.non2xx} errors=${r.errors}`,
      });
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
  }
  return rows;
}

function print(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)) + 2);
  for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join(""));
}

async function main() {
  buildIfStale(baseEnv);
  const workers = process.env.WEB_CONCURRENCY
    ? `WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY}`
    : `default workers (one per core, ≤ 4; ${os.availableParallelism()} cores)`;
  const results = new Map<number, Row[]>();
  for (const scale of SCALES) {
    const name = POSTGRES ? `sz_bench_${scale}` : `bench-${scale}`;
    const rows = await measure(
      await freshDatabase(name, scale, baseEnv, POSTGRES ? PG_ADMIN : undefined),
    );
    results.set(scale, rows);
    const floor = rows.find((r) => r.path === FLOOR)!.rps;
    console.log(
      `\n${scale}× data, ${POSTGRES ? "PostgreSQL" : "SQLite"}: ${CONNECTIONS} connections × ${DURATION} s per target after ${WARMUP} s of warm-up, production build, ${workers}\n`,
    );
    print(
      ["target", "req/s", "% floor", "p50 ms", "p95 ms", "p99 ms", "errors", "peak RSS"],
      rows.map((r) => [
        r.name,
        r.rps.toFixed(1),
        `${((r.rps / floor) * 100).toFixed(1)} %`,
        r.p50,
        r.p95,
        r.p99,
        r.status,
        r.peak,
      ]),
    );
  }
  if (SCALES.length > 1) {
    const [base, ...others] = SCALES;
    const first = results.get(base)!;
    console.log(`\np95 at each scale ÷ p95 at ${base}× (target ≤ 1.5)\n`);
    print(
      ["target", ...others.map((s) => `${s}×/${base}×`)],
      first.map((r) => [
        r.name,
        ...others.map((s) => {
          const o = results.get(s)!.find((x) => x.path === r.path);
          return o ? (Number(o.p95) / Number(r.p95)).toFixed(2) : "?";
        }),
      ]),
    );
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
