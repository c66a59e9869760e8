// The one database client of the app. SQLite (embedded file) by default;
// PostgreSQL when DATABASE_URL is a postgres:// URL (lib/db-url.ts).
import "server-only";

import { createDbClient } from "./db-client";
import { resolveDatabaseUrl } from "./db-url";

export type { Db, Tx } from "./db-client";

const globalForDb = globalThis as unknown as { __szDb?: ReturnType<typeof createDbClient> };
const instance = globalForDb.__szDb ?? createDbClient(resolveDatabaseUrl());
globalForDb.__szDb = instance;

export const db = instance.client;
export const dbProvider = instance.provider;
