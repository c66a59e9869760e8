// Everything a scaled organisation records over its periods, by Prisma model
// name, in the order the rows must be written (parents first): the history
// (./history.ts, with the culture life of ./culture.ts), its own study
// activities with attendance (./study.ts), and its mailbox letters and
// major-matter reports (./letters.ts). Also the batch writer both the copies
// and the demo's earlier years (./demo-years.ts) write through.
import type { Tx } from "../../../lib/db-client";
import { buildHistory, type Rows } from "./history";
import { letterRows, majorMatterRows, type LetterInput } from "./letters";
import { studyActivityRows } from "./study";

export const BATCH = 1000;

type Row = Record<string, unknown>;
type Delegate = { createMany(args: { data: Row[] }): Promise<unknown> };
export type Write = (model: string, rows: Row[]) => Promise<void>;

export function buildRecords(x: LetterInput): Rows {
  const rows = buildHistory(x);
  studyActivityRows(x, rows);
  letterRows(x, rows);
  majorMatterRows(x, rows);
  return rows;
}

/** Writes rows in batches of BATCH, counting them per model into `counts`. */
export function batchWriter(tx: Tx, counts: Map<string, number>): Write {
  return async (model, rows) => {
    const delegate = (tx as unknown as Record<string, Delegate>)[model];
    for (let i = 0; i < rows.length; i += BATCH)
      await delegate.createMany({ data: rows.slice(i, i + BATCH) });
    counts.set(model, (counts.get(model) ?? 0) + rows.length);
  };
}
