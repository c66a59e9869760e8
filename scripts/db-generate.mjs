// Generates both Prisma clients (SQLite and PostgreSQL). Each needs
// DATABASE_URL of its own provider so that prisma.config.ts picks the
// matching driver adapter (and the CLI never tries to download an engine).
import { execFileSync } from "node:child_process";

const runs = [
  { schema: "prisma/schema.prisma", url: "file:./data/app.db" },
  { schema: "prisma/postgres/schema.prisma", url: "postgresql://localhost:5432/unused" },
];
for (const r of runs) {
  execFileSync("npx", ["prisma", "generate", "--schema", r.schema], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: r.url },
  });
}
