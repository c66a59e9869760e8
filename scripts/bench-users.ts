// npm run bench:users — concurrent virtual users, a benchmark, not a test
// (issue 18 item 2). Starts the production server on a fresh copy of the demo
// data, signs in twice the headcount as virtual users, each from its own
// address, over a ramp, and lets them work the portal for a while: reads of
// their role's pages and, about one step in eight, a write through the app's
// own server actions (scripts/bench/users.ts). Prints p50/p95/p99 and errors
// per step, and the totals against the targets: p95 < 500 ms, < 1 % errors.
//
//   npm run bench:users                               2 × headcount, 120 s, 5 s think time
//   npm run bench:users -- --users 100 --seconds 60 --think 3 --ramp 20
//   BENCH_DB=postgres npm run bench:users             on a fresh PostgreSQL database
import { spawn } from "node:child_process";
import os from "node:os";

import { createDbClient } from "../lib/db-client";
import { freshDatabase, waitForServer } from "./bench/server";
import { actionRefs, VirtualUser, type Account, type Sample } from "./bench/users";
import { buildIfStale } from "./build-if-stale.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
};
const SECONDS = arg("seconds") ?? 120;
const THINK_S = arg("think") ?? 5;
const RAMP_S = arg("ramp") ?? 30;
const POSTGRES = process.env.BENCH_DB === "postgres";
const PG_ADMIN = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BUSINESS = ["STAFF", "LIAISON", "DEPT_HEAD", "POLITICAL_OFFICE", "LEADER"];

const env = {
  ...process.env,
  AUTH_SECRET: "bench-only-auth-secret-0123456789abcdefghijklmnop",
  DATA_KEY: "YmVuY2gtb25seS1kYXRhLWtleS0zMi1ieXRlcy1vayE=",
  NEXTAUTH_URL: BASE,
  PORT: String(PORT),
  TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

function pct(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (x: number) => (Number.isNaN(x) ? "—" : `${x.toFixed(0)} ms`);

async function accounts(url: string): Promise<Account[]> {
  const { client } = createDbClient(url);
  try {
    const users = await client.user.findMany({
      where: {
        status: "ACTIVE",
        mustChangePassword: false,
        roles: { some: { role: { in: BUSINESS } } },
      },
      select: { username: true, roles: { select: { role: true } } },
      orderBy: { username: "asc" },
    });
    return users.map((u) => ({ username: u.username, roles: u.roles.map((r) => r.role) }));
  } finally {
    await client.$disconnect();
  }
}

function report(samples: (Sample & { at: number })[], from: number, to: number, users: number) {
  const steady = samples.filter((s) => s.at >= from && s.at <= to);
  const seconds = (to - from) / 1000;
  const groups = new Map<string, (Sample & { at: number })[]>();
  for (const s of steady) groups.set(s.step, [...(groups.get(s.step) ?? []), s]);
  const line = (name: string, xs: Sample[]) => {
    const t = xs.map((x) => x.ms).sort((a, b) => a - b);
    const errors = xs.filter((x) => x.error).length;
    return `| ${name} | ${xs.length} | ${ms(pct(t, 50))} | ${ms(pct(t, 95))} | ${ms(pct(t, 99))} | ${errors} (${((100 * errors) / Math.max(1, xs.length)).toFixed(2)} %) |`;
  };
  console.log(
    `\n${users} 个虚拟用户，稳定段 ${seconds.toFixed(0)} s（登录爬坡之后），思考时间均值 ${THINK_S} s\n`,
  );
  console.log("| 步骤 | 次数 | p50 | p95 | p99 | 错误 |\n|---|---|---|---|---|---|");
  for (const [name, xs] of [...groups].sort((a, b) => b[1].length - a[1].length))
    console.log(line(name, xs));
  console.log(
    line(
      "**读（页面）**",
      steady.filter((s) => !s.write && s.step !== "登录"),
    ),
  );
  console.log(
    line(
      "**写（服务端操作）**",
      steady.filter((s) => s.write),
    ),
  );
  console.log(line("**全部**", steady));
  const logins = samples.filter((s) => s.step === "登录");
  console.log(line("登录（爬坡段）", logins));
  const all = steady.map((s) => s.ms).sort((a, b) => a - b);
  const errorRate = steady.filter((s) => s.error).length / Math.max(1, steady.length);
  console.log(
    `\n${(steady.length / seconds).toFixed(1)} req/s；p95 ${ms(pct(all, 95))}（目标 < 500 ms）：${pct(all, 95) < 500 ? "达标" : "未达标"}；错误率 ${(100 * errorRate).toFixed(2)} %（目标 < 1 %）：${errorRate < 0.01 ? "达标" : "未达标"}`,
  );
  const reasons = new Map<string, number>();
  for (const s of samples) if (s.error) reasons.set(s.error, (reasons.get(s.error) ?? 0) + 1);
  if (reasons.size) console.log("错误原因：", Object.fromEntries([...reasons].slice(0, 8)));
}

async function main() {
  buildIfStale();
  const url = await freshDatabase("bench-users", 1, env, POSTGRES ? PG_ADMIN : undefined);
  const people = await accounts(url);
  const count = arg("users") ?? 2 * people.length;
  console.log(
    `在职业务人员 ${people.length} 人，虚拟用户 ${count} 个；${os.cpus().length} 核，负载 ${os.loadavg()[0].toFixed(1)}`,
  );
  const server = spawn("node", ["scripts/server.mjs"], {
    env: { ...env, DATABASE_URL: url },
    stdio: "ignore",
  });
  try {
    await waitForServer(BASE);
    const actions = actionRefs();
    const samples: (Sample & { at: number })[] = [];
    const record = (s: Sample) => samples.push({ ...s, at: Date.now() });
    const start = Date.now();
    const rampEnd = start + RAMP_S * 1000;
    const end = rampEnd + SECONDS * 1000;
    const think = () => THINK_S * 1000 * (0.5 + Math.random());
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const ip = `10.${(i >> 8) & 255}.${i & 255}.${1 + (i >> 16)}`;
        const vu = new VirtualUser(BASE, people[i % people.length], ip, actions, record);
        await new Promise((r) => setTimeout(r, (i * RAMP_S * 1000) / count));
        const t = performance.now();
        try {
          await vu.login();
          record({ step: "登录", write: false, ms: performance.now() - t, error: null });
        } catch (e) {
          record({
            step: "登录",
            write: false,
            ms: performance.now() - t,
            error: String(e).slice(0, 60),
          });
          return;
        }
        await vu.work(end, think);
      }),
    );
    report(samples, rampEnd, end, count);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
