// Production server: Next.js behind a thin Node HTTP server whose only job is
// to set X-Forwarded-For from the real connection (SECURITY.md 4, 20).
// `next start` keeps whatever X-Forwarded-For a client sends, which would let
// anyone forge the address that the login throttle and the audit log record.
//   - default: the header is replaced by the socket's address;
//   - TRUST_PROXY=1 (behind nginx etc.): the proxy must set the header itself
//     (`proxy_set_header X-Forwarded-For $remote_addr;`); it is kept.
//
// WEB_CONCURRENCY worker processes share the port (node:cluster), one per
// core by default, at most 4: one Node.js process renders on one core only.
// Everything the workers share lives in the database (sessions, throttles,
// the audit chain); their write transactions queue for each other (SQLite:
// BEGIN IMMEDIATE and the busy timeout; tests/integration/multi-process.test.ts).
// Only worker 0 runs the periodic jobs. A worker that dies is replaced.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: containers set that to their own name.
const hostname = process.env.LISTEN_HOST ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
const workers = Math.max(1, Math.min(16, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4)));

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  const stopAll = (code) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 10_000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    });
  };
  const fork = (index) => {
    const w = cluster.fork(index > 0 ? { DISABLE_SCHEDULERS: "1" } : {});
    let up = false;
    w.on("listening", () => (up = true));
    w.on("exit", (code, signal) => {
      if (stopping) return;
      // A worker that never started (e.g. [配置错误]) would fail again: stop.
      if (!up) return stopAll(code || 1);
      console.error(`[server] worker ${index} exited (${signal ?? code}); starting a new one`);
      setTimeout(() => fork(index), 1000);
    });
  };
  for (let i = 0; i < workers; i++) fork(i);
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === workers) console.log(`思政工作平台 listening on http://localhost:${port} (${workers} workers)${trustProxy ? " (trusting X-Forwarded-For from the proxy)" : ""}`);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stopAll(0));
} else {
  const { default: next } = await import("next");
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const app = next({ dev: false, dir, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    if (!trustProxy || !req.headers["x-forwarded-for"]) {
      req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    }
    handle(req, res);
  });
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`思政工作平台 listening on http://localhost:${port}${trustProxy ? " (trusting X-Forwarded-For from the proxy)" : ""}`);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => server.close(() => process.exit(0)));
  }
}
