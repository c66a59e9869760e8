// Production server: Next.js behind a thin Node HTTP server whose only job is
// to set X-Forwarded-For from the real connection (SECURITY.md 4, 20).
// `next start` keeps whatever X-Forwarded-For a client sends, which would let
// anyone forge the address that the login throttle and the audit log record.
//   - default: the header is replaced by the socket's address;
//   - TRUST_PROXY=1 (behind nginx etc.): the proxy must set the header itself
//     (`proxy_set_header X-Forwarded-For $remote_addr;`); it is kept.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: containers set that to their own name.
const hostname = process.env.LISTEN_HOST ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";

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
  console.log(`思政工作平台 listening on http://localhost:${port}${trustProxy ? " (trusting X-Forwarded-For from the proxy)" : ""}`);
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => server.close(() => process.exit(0)));
}
