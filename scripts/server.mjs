// Production server: Next.js behind a thin Node HTTP server whose only job is
// to set X-Forwarded-For from the real connection (docs/security.md items 4, 20).
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
//
// It also checks the body of every server action request before Next.js
// parses it (scripts/action-guard.mjs): an empty, non-JSON, too deeply nested,
// oversized or broken multipart body gets a 400 (413) here, where Next.js
// would answer 500 and log a stack trace.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { checkActionBody, DRAIN_LIMIT, isGuardedRequest, sizeLimit } from "./action-guard.mjs";
import { registerServer } from "./build-if-stale.mjs";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: containers set that to their own name.
const hostname = process.env.LISTEN_HOST ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
const workers = Math.max(
  1,
  Math.min(16, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4)),
);

// While this server runs, a rebuild into its .next is refused (build-if-stale.mjs).
if (cluster.isPrimary)
  registerServer(port, path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));

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
    if (++listening === workers)
      console.log(
        `思政工作平台 listening on http://localhost:${port} (${workers} workers)${trustProxy ? " (trusting X-Forwarded-For from the proxy)" : ""}`,
      );
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
    if (isGuardedRequest(req.method, req.url, req.headers)) guardAction(req, res);
    else handle(req, res);
  });

  /** Buffers a server action's body, checks it, then answers or hands it on to Next.js. */
  function guardAction(req, res) {
    const limit = sizeLimit(req.headers["content-type"]);
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so that the client still
      // gets its answer; past DRAIN_LIMIT the connection is cut.
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on("error", () => req.destroy());
    req.on("end", () => {
      const body = size <= limit ? Buffer.concat(chunks, size) : Buffer.alloc(limit + 1);
      let refusal;
      try {
        refusal = checkActionBody(req.headers, body);
      } catch {
        refusal = { status: 400, message: "请求格式有误" };
      }
      if (refusal) {
        res.writeHead(refusal.status, {
          "content-type": "text/plain; charset=utf-8",
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        });
        res.end(refusal.message);
        return;
      }
      handle(replay(req, body), res);
    });
  }

  /**
   * A request equal to `req` whose body is `body` again (the original stream
   * has been read). Next.js reads the body as a stream from the request, so
   * a fresh IncomingMessage on the same socket, with the body pushed into it,
   * stands in for the original.
   */
  function replay(req, body) {
    const r = new http.IncomingMessage(req.socket);
    r.method = req.method;
    r.url = req.url;
    r.httpVersion = req.httpVersion;
    r.httpVersionMajor = req.httpVersionMajor;
    r.httpVersionMinor = req.httpVersionMinor;
    const headers = { ...req.headers, "content-length": String(body.length) };
    delete headers["transfer-encoding"];
    r.headers = headers;
    r.rawHeaders = Object.entries(headers).flatMap(([k, v]) =>
      Array.isArray(v) ? v.flatMap((x) => [k, x]) : [k, String(v)],
    );
    r.complete = true;
    r.push(body);
    r.push(null);
    return r;
  }
  server.listen(port, hostname, () => {
    if (cluster.isPrimary)
      console.log(
        `思政工作平台 listening on http://localhost:${port}${trustProxy ? " (trusting X-Forwarded-For from the proxy)" : ""}`,
      );
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => server.close(() => process.exit(0)));
  }
}
