// Prisma CLI configuration. The provider follows DATABASE_URL: SQLite by
// default, PostgreSQL for postgres:// URLs. Both use driver adapters so that
// the JS schema engine is used and nothing is downloaded (see docs/database.md).
import nextEnv from "@next/env";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

import {
  migrationsPathFor,
  providerOf,
  resolveDatabaseUrl,
  schemaPathFor,
  sqliteFilePath,
} from "./lib/db-url";

nextEnv.loadEnvConfig(process.cwd());
// Air-gapped: the CLI's update check can only time out (≈10 s per command).
process.env.CHECKPOINT_DISABLE ??= "1";
const url = resolveDatabaseUrl();
process.env.DATABASE_URL = url;
const provider = providerOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaPathFor(provider),
  migrations: { path: migrationsPathFor(provider) },
  adapter: async () =>
    provider === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}` }),
});
