// Builds the production bundle when there is none, or when any source or
// configuration file is newer than the last build. Used by demo, e2e and bench.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const SOURCES = ["app", "components", "lib", "prisma", "public"];
const FILES = ["package-lock.json", "next.config.ts", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "generated" || e.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

export function buildIfStale(env = process.env) {
  const buildId = ".next/BUILD_ID";
  const newest = Math.max(...[...SOURCES, ...FILES].map(newestMtime));
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newest) return false;
  console.log("▶ 构建生产版本（约需 1–2 分钟）");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
