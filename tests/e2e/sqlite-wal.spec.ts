// The served SQLite database runs in write-ahead-log mode (scripts/server.mjs
// switches it on at start): the workers' readers don't wait for a writer, and
// a commit, such as an audited page view, is one append to the log.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

test("the e2e server's SQLite database is in WAL mode", () => {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  } finally {
    db.close();
  }
});
