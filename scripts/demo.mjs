// `npm run demo`: one command from a fresh clone to a running demo portal on
// the embedded SQLite database at http://localhost:3000.
//   1. writes .env with fresh random secrets if there is none;
//   2. applies migrations (creating data/app.db on first start);
//   3. seeds the demo 院 (skipped when data exists);
//   4. builds when sources or configuration are newer than the last build;
//   5. starts the production server.
import fs from "node:fs";
import crypto from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { buildIfStale } from "./build-if-stale.mjs";

const port = process.env.PORT ?? "3000";
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });

if (!fs.existsSync(".env")) {
  const secret = crypto.randomBytes(48).toString("base64");
  const key = crypto.randomBytes(32).toString("base64");
  fs.writeFileSync(
    ".env",
    [
      "# Written by npm run demo. Keep private; see README \"Configuration\".",
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

console.log("▶ 数据库迁移");
run("npx", ["prisma", "migrate", "deploy"]);
console.log("▶ 演示数据");
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);

buildIfStale();

console.log(`▶ 启动：http://localhost:${port}`);
const server = spawn("node", ["scripts/server.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" } });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
