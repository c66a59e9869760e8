// Builds the production bundle when there is none, or when the sources or
// configuration differ from those of the last build. Used by demo, e2e and
// bench.
//
// "Differ" is by content, not by file times: `npm install` (which `npm run
// demo` runs first) rewrites files without changing them, and a rebuild on
// every start costs minutes. The fingerprint of what was built is kept in
// .next/SOURCE_FINGERPRINT.
//
// A build replaces .next under any server that is serving it, and that
// server then fails on its next page. scripts/server.mjs leaves a pid file in
// .next/servers/ while it runs; with one alive, a needed build is refused
// with a message instead.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "prisma", "public"];
const FILES = [
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", "generated", "migrations"]);
const STAMP = ".next/SOURCE_FINGERPRINT";
export const SERVERS_DIR = ".next/servers";

function listFiles(p, out) {
  if (!fs.existsSync(p)) return out;
  if (!fs.statSync(p).isDirectory()) {
    out.push(p);
    return out;
  }
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith(".")) continue;
    listFiles(path.join(p, e.name), out);
  }
  return out;
}

/** sha-256 over the path and content of every file a build reads. */
export function sourceFingerprint() {
  const h = crypto.createHash("sha256");
  const files = [...SOURCES, ...FILES].flatMap((p) => listFiles(p, [])).sort();
  for (const f of files) {
    h.update(f);
    h.update("\0");
    h.update(fs.readFileSync(f));
    h.update("\0");
  }
  return h.digest("hex");
}

/** Live servers using .next, as { pid, port } (stale pid files are removed). */
export function liveServers() {
  if (!fs.existsSync(SERVERS_DIR)) return [];
  const live = [];
  for (const name of fs.readdirSync(SERVERS_DIR)) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      process.kill(pid, 0);
      live.push({ pid, port: fs.readFileSync(path.join(SERVERS_DIR, name), "utf8").trim() });
    } catch {
      fs.rmSync(path.join(SERVERS_DIR, name), { force: true });
    }
  }
  return live;
}

/** scripts/server.mjs: marks `root`/.next as in use by this process until it exits. */
export function registerServer(port, root = process.cwd()) {
  const dir = path.join(root, SERVERS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, String(process.pid));
  fs.writeFileSync(file, String(port));
  // A server killed outright leaves its file; liveServers() drops it then.
  process.on("exit", () => fs.rmSync(file, { force: true }));
}

export function isStale() {
  if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync(STAMP)) return true;
  return fs.readFileSync(STAMP, "utf8").trim() !== sourceFingerprint();
}

export function buildIfStale(env = process.env) {
  if (!isStale()) return false;
  const live = liveServers();
  if (live.length) {
    console.error(
      `[构建] 源代码已更改，需要重新构建，但门户服务器正在使用当前构建（进程 ${live.map((s) => s.pid).join("、")}）。请先停止它，再重新运行。`,
    );
    process.exit(1);
  }
  const fingerprint = sourceFingerprint();
  console.log("▶ 构建生产版本（约需 1–3 分钟）");
  execFileSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  fs.writeFileSync(STAMP, `${fingerprint}\n`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--stamp`: after a plain `next build` (npm run build), record what it built.
  if (process.argv.includes("--stamp")) fs.writeFileSync(STAMP, `${sourceFingerprint()}\n`);
  else buildIfStale();
}
