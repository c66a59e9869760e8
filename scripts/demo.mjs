// `npm run demo`: one command from a fresh clone to a running demo portal on
// the embedded SQLite database at http://localhost:3000.
//   1. writes .env with fresh random secrets if there is none;
//   2. applies migrations (creating data/app.db on first start);
//   3. seeds the demo 院 (skipped when data exists);
//   4. builds when sources are newer than the last build;
//   5. starts the production server.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { execFileSync, spawn } from "node:child_process";

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
run("npx", ["tsx", "prisma/seed.ts"]);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}
const buildId = ".next/BUILD_ID";
const sources = Math.max(...["app", "components", "lib", "prisma"].map(newestMtime), fs.statSync("package-lock.json").mtimeMs);
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < sources) {
  console.log("▶ 构建（首次约需 1–2 分钟）");
  run("npx", ["next", "build"]);
}

console.log(`▶ 启动：http://localhost:${port}`);
const server = spawn("node", ["scripts/server.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" } });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
