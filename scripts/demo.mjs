// `npm run demo`: one command from a fresh clone to a running demo portal on
// the embedded SQLite database at http://localhost:3000.
//   1. writes .env with fresh random secrets if there is none;
//   2. applies migrations (creating data/app.db on first start, or the
//      PostgreSQL database that DATABASE_URL names when it does not exist);
//   3. seeds the demo 院 (skipped when data exists);
//   4. builds when sources or configuration are newer than the last build;
//   5. starts the production server.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";

import { buildIfStale, liveServers } from "./build-if-stale.mjs";
import { ensureDatabase } from "./ensure-database.mjs";

const port = process.env.PORT ?? "3000";
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });

if (!fs.existsSync(".env")) {
  const secret = crypto.randomBytes(48).toString("base64");
  const key = crypto.randomBytes(32).toString("base64");
  fs.writeFileSync(
    ".env",
    [
      '# Written by npm run demo. Keep private; see README "Configuration".',
      `AUTH_SECRET=${secret}`,
      `DATA_KEY=${key}`,
      `NEXTAUTH_URL=http://localhost:${port}`,
      "# DATABASE_URL=postgresql://user@127.0.0.1:5432/sizheng   (default: file:./data/app.db)",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  console.log("已生成 .env（随机 AUTH_SECRET 与 DATA_KEY）");
}

// A portal already serving this port from this folder: nothing to do.
const running = liveServers().filter((s) => s.port === port);
if (running.length) {
  console.log(
    `门户已在运行（进程 ${running.map((s) => s.pid).join("、")}）：http://localhost:${port}`,
  );
  process.exit(0);
}

// DATABASE_URL from the environment, else from .env (as prisma.config.ts reads it).
const fromEnvFile = fs
  .readFileSync(".env", "utf8")
  .match(/^\s*DATABASE_URL\s*=\s*"?([^"\n]+)"?\s*$/m)?.[1];
const databaseUrl = process.env.DATABASE_URL?.trim() || fromEnvFile?.trim() || "file:./data/app.db";
await ensureDatabase(databaseUrl);

console.log("▶ 数据库迁移");
run("npx", ["prisma", "migrate", "deploy"]);
console.log("▶ 演示数据");
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);

buildIfStale();

console.log(`▶ 启动：http://localhost:${port}`);
const server = spawn("node", ["scripts/server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
