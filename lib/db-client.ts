// Builds a Prisma client for a database URL. lib/db.ts holds the app's one
// instance; scripts (seed, audit:verify, backup) and test set-up call this.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient as PgPrismaClient } from "@/prisma/generated/postgres/client";
import { PrismaClient } from "@/prisma/generated/sqlite/client";

import { installPlanCache } from "./db-plan-cache";
import { providerOf, sqliteFilePath, type Provider } from "./db-url";

// One compiled plan per query shape (lib/db-plan-cache.ts); PRISMA_PLAN_CACHE=0 turns it off.
if (process.env.PRISMA_PLAN_CACHE !== "0") installPlanCache();

export type Db = PrismaClient;
/** What an interactive transaction hands its callback. */
export type Tx = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;

/**
 * PRISMA_QUERY_EVENTS=1 (the integration tests) makes the client emit a
 * "query" event per SQL statement, which tests/integration/query-count.ts
 * counts; off otherwise, as the events cost a little per query.
 */
const queryEvents = () =>
  process.env.PRISMA_QUERY_EVENTS === "1"
    ? [{ emit: "event" as const, level: "query" as const }]
    : [];

export function createDbClient(url: string): { client: PrismaClient; provider: Provider } {
  const provider = providerOf(url);
  if (provider === "postgresql") {
    const client = new PgPrismaClient({
      adapter: new PrismaPg({ connectionString: url, max: 10 }),
      log: queryEvents(),
    });
    return { client: client as unknown as PrismaClient, provider };
  }
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}` }),
    log: queryEvents(),
  });
  return { client, provider };
}
