// Which database the portal talks to. Plain module (no server-only) because
// the Prisma CLI config and the scripts use it too.
import fs from "node:fs";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export const DEFAULT_SQLITE_URL = "file:./data/app.db";

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL 格式不受支持：应以 file:、postgres:// 或 postgresql:// 开头`);
}

/** Absolute path of a `file:` URL's database, creating its folder. */
export function sqliteFilePath(url: string): string {
  const file = path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export function schemaPathFor(provider: Provider): string {
  return provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
}

export function migrationsPathFor(provider: Provider): string {
  return provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
}
