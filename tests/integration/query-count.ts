// Counts the SQL statements a piece of code sends through lib/db, from
// Prisma's "query" events (PRISMA_QUERY_EVENTS=1, set in setup.ts). Used to
// hold pages to a query budget that does not grow with the data (issue 18).
import { db } from "@/lib/db";

type QueryEvent = { query: string };
type WithEvents = { $on(event: "query", cb: (e: QueryEvent) => void): void };

let log: string[] | null = null;
let subscribed = false;

/** Transaction control statements are not queries of the page. */
const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)\b/i;

export async function countQueries<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number; statements: string[] }> {
  if (!subscribed) {
    (db as unknown as WithEvents).$on("query", (e) => {
      if (log && !CONTROL.test(e.query)) log.push(e.query);
    });
    subscribed = true;
  }
  if (log) throw new Error("countQueries does not nest");
  const mine: string[] = [];
  log = mine;
  try {
    const result = await fn();
    return { result, queries: mine.length, statements: mine };
  } finally {
    log = null;
  }
}
