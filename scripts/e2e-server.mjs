// The server the e2e suite runs against: a fresh SQLite database, migrated
// and seeded, served by scripts/server.mjs (building first if stale).
// TRUST_PROXY=1 lets each test present its own client address, so the
// per-address login throttle can be tested without tests tripping it.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";

import { buildIfStale } from "./build-if-stale.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dbFile = "data/e2e.db";
const env = {
  ...process.env,
  DATABASE_URL: `file:./${dbFile}`,
  AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdefghijklmnop",
  DATA_KEY: "ZTJlLW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=",
  NEXTAUTH_URL: `http://localhost:${port}`,
  TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`])
  fs.rmSync(f, { force: true });
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "inherit" });
execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
  env,
  stdio: "inherit",
});
buildIfStale(env);
const server = spawn("node", ["scripts/server.mjs"], {
  env: { ...env, PORT: port },
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
