// `--reset`: empties every application table (all but the append-only audit log) before
// reseeding. Tables are found by introspection rather than listed by hand, so
// models added later are emptied too. Runs inside the seed's transaction, so a
// failed reseed leaves the old data in place.
import type { Tx } from "../../lib/db-client";
import type { Provider } from "../../lib/db-url";

// The audit log is append-only: not even a reset deletes it (docs/security.md item 20).
const KEEP = new Set(["_prisma_migrations", "AuditLog"]);

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Deletes all rows from all tables; returns the tables it emptied. */
export async function wipeDatabase(db: Tx, provider: Provider): Promise<string[]> {
  return provider === "postgresql" ? wipePostgres(db) : wipeSqlite(db);
}

async function wipePostgres(db: Tx): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
  );
  const tables = rows.map((r) => r.tablename).filter((t) => !KEEP.has(t));
  // One TRUNCATE of every table at once needs no FK ordering.
  if (tables.length > 0)
    await db.$executeRawUnsafe(
      `TRUNCATE TABLE ${tables.map(quote).join(", ")} RESTART IDENTITY CASCADE`,
    );
  return tables;
}

async function wipeSqlite(db: Tx): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const tables = rows.map((r) => r.name).filter((t) => !KEEP.has(t));
  const order = await deletionOrder(db, tables);
  for (const t of order) await db.$executeRawUnsafe(`DELETE FROM ${quote(t)}`);
  return order;
}

/**
 * Children before parents, along foreign keys that would refuse the delete
 * (RESTRICT / NO ACTION). CASCADE and SET NULL keys need no ordering, which is
 * what breaks the User ⇄ Department cycle.
 */
async function deletionOrder(db: Tx, tables: string[]): Promise<string[]> {
  const blockers = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const child of tables) {
    const keys = await db.$queryRawUnsafe<{ parent: string; on_delete: string }[]>(
      `SELECT "table" AS parent, on_delete FROM pragma_foreign_key_list(${quoteLiteral(child)})`,
    );
    for (const key of keys) {
      const restricting = key.on_delete === "RESTRICT" || key.on_delete === "NO ACTION";
      if (restricting && key.parent !== child && blockers.has(key.parent))
        blockers.get(key.parent)!.add(child);
    }
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter(
      (t) => !done.has(t) && [...blockers.get(t)!].every((c) => done.has(c)),
    );
    if (ready.length === 0) {
      const stuck = tables.filter((t) => !done.has(t));
      throw new Error(`无法确定清空顺序（外键循环）：${stuck.join(", ")}`);
    }
    for (const t of ready) {
      done.add(t);
      order.push(t);
    }
  }
  return order;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
