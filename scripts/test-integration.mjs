// npm run test:integration — the integration suite once on SQLite and once on
// PostgreSQL; each run creates a fresh database and drops it afterwards.
import { execFileSync } from "node:child_process";

for (const db of ["sqlite", "postgres"]) {
  console.log(`\n=== integration on ${db}`);
  execFileSync("npx", ["vitest", "run", "--project", "integration", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TEST_DB: db },
  });
}
