// Creates one named migration for both providers from the change between the
// schema snapshot (the model as of the last migration) and prisma/schema.prisma.
//   npm run db:migration -- <name>
// `prisma migrate dev` cannot be used here (see docs/database.md).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { derivePostgresSchema } from "./db-derive";

const SNAPSHOT = "prisma/schema.snapshot.prisma";
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}

const source = fs.readFileSync("prisma/schema.prisma", "utf8");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sz-migration-"));
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const targets = [
  {
    provider: "sqlite",
    dir: "prisma/migrations",
    url: "file:./data/migration-scratch.db",
    to: source,
    from: fs.existsSync(SNAPSHOT) ? fs.readFileSync(SNAPSHOT, "utf8") : null,
  },
  {
    provider: "postgresql",
    dir: "prisma/postgres/migrations",
    url: "postgresql://postgres@127.0.0.1:5432/postgres",
    to: derivePostgresSchema(source),
    from: fs.existsSync(SNAPSHOT) ? derivePostgresSchema(fs.readFileSync(SNAPSHOT, "utf8")) : null,
  },
];

let wrote = 0;
for (const t of targets) {
  const toFile = path.join(tmp, `${t.provider}-to.prisma`);
  fs.writeFileSync(toFile, t.to);
  const fromArgs =
    t.from === null
      ? ["--from-empty"]
      : (() => {
          const f = path.join(tmp, `${t.provider}-from.prisma`);
          fs.writeFileSync(f, t.from);
          return ["--from-schema-datamodel", f];
        })();
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", toFile, "--script"],
    {
      env: { ...process.env, DATABASE_URL: t.url },
      encoding: "utf8",
    },
  );
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
    console.log(`${t.provider}: no changes`);
    continue;
  }
  const dir = path.join(t.dir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.writeFileSync(
    path.join(t.dir, "migration_lock.toml"),
    `# Written by scripts/db-migration.ts\nprovider = "${t.provider}"\n`,
  );
  console.log(`wrote ${dir}/migration.sql`);
  wrote++;
}
if (wrote > 0) fs.copyFileSync("prisma/schema.prisma", SNAPSHOT);
fs.rmSync(tmp, { recursive: true, force: true });
