// npx tsx scripts/cluster/bench.ts — the figures in docs/deployment.md: req/s
// and latency of two pages through nginx with one instance and with two
// (WEB_CONCURRENCY=1 each), and one instance without nginx, on a seeded
// copy of the demo 院 in PostgreSQL. A measurement, not a test.
import os from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { sessionCookie } from "../bench/server";
import { dropDatabase, freshSeededDatabase, startCluster } from "./cluster";

const DB = "sz_cluster_bench";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PAGES = [
  { path: "/", as: "staff1" },
  { path: "/dashboard", as: "leader" },
];

type Row = { setup: string; page: string; rps: number; p50: number; p99: number; errors: number };

async function measure(url: string, cookie: string, seconds: number) {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie },
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

const url = await freshSeededDatabase(DB);
const rows: Row[] = [];
const loads: string[] = [];
const setups = [
  { name: "1 个实例，经 nginx", ports: [3201], direct: false },
  { name: "1 个实例，直连（无 nginx）", ports: [3201], direct: true },
  { name: "2 个实例，经 nginx", ports: [3201, 3202], direct: false },
];
try {
  for (const s of setups) {
    const cluster = await startCluster({
      databaseUrl: url,
      ports: s.ports,
      nginxPort: 8088,
      uploadDir: path.join(os.tmpdir(), "sz-cluster-bench-uploads"),
    });
    const base = s.direct ? "http://localhost:3201" : cluster.url;
    try {
      for (const p of PAGES) {
        const cookie = await sessionCookie(base, p.as);
        if (WARMUP) await measure(`${base}${p.path}`, cookie, WARMUP);
        const m = await measure(`${base}${p.path}`, cookie, SECONDS);
        rows.push({ setup: s.name, page: `${p.path}（${p.as}）`, ...m });
        console.log(JSON.stringify(rows.at(-1)));
      }
      loads.push(
        `${s.name}: load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
      );
    } finally {
      await cluster.stop();
    }
  }
} finally {
  await dropDatabase(DB);
}

console.log(
  `\n${os.cpus().length} cores, ${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP} s warm-up\n`,
);
console.log("| 部署 | 页面 | req/s | p50 ms | p99 ms | 错误 |\n|---|---|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.setup} | ${r.page} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} |`,
  );
console.log(`\n${loads.join("\n")}`);
