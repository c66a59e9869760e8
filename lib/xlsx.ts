// XLSX exports (server-only), with exceljs's streaming writer: Chinese
// headers, a title row naming the list, who exported it, when and with which
// filter, Shanghai wall-clock dates that stay real dates (sortable in Excel),
// scores with two decimals, and column widths measured from the content (a
// CJK character is two units wide). Rows may come as an array or as batches
// from an async iterable, so a long list streams without being held in memory.
//
// After each batch the writer waits until the zip has compressed what was
// written and the reader has taken it (flowThrough): exceljs compresses on
// zlib's thread pool, whose results reach the zip only when the event loop
// turns, and on SQLite a page of rows is read without the loop turning (the
// driver is synchronous). Without the wait a long export sent nothing until
// its last row and held the whole sheet's XML in memory (docs/architecture.md
// "Lists: sort, search, export", scripts/export-timing.ts).
import "server-only";

import { Readable, Transform } from "node:stream";
import { setImmediate, setTimeout as sleep } from "node:timers/promises";

import ExcelJS from "exceljs";

import { shanghaiWallClock } from "./dates";
import { formatDateTime } from "./format";

export type XlsxCell = string | number | Date | null | undefined;

export type XlsxColumn<T> = {
  header: string;
  value: (row: T) => XlsxCell;
  /**
   * text (default); int; centi: hundredths shown as 12.34; percent: a 0–100
   * number shown as 12.3%; date / datetime: Shanghai YYYY-MM-DD [HH:mm].
   */
  format?: "text" | "int" | "centi" | "percent" | "date" | "datetime";
};

export type XlsxSheet<T> = {
  /** The worksheet's tab name (Excel allows 31 characters). */
  name: string;
  /** The title line above the table, e.g. "2026 年度考评 · 考评表". */
  title: string;
  columns: readonly XlsxColumn<T>[];
  rows: readonly T[] | AsyncIterable<readonly T[]>;
};

export type XlsxMeta = {
  /** Who exported, when, and the filter in words, printed under the title. */
  exportedBy: string;
  exportedAt: Date;
  filter?: string;
};

const NUM_FMT: Partial<Record<NonNullable<XlsxColumn<unknown>["format"]>, string>> = {
  int: "0",
  centi: "0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** The rows used to size the columns when rows stream in batches. */
const SAMPLE_ROWS = 500;
/** Rows written between two waits for the zip to catch up (an array of rows is cut into slices this long). */
const SLICE_ROWS = 1000;

/** Display width of a text: a CJK or full-width character counts two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/** The cell as it is written: numbers and dates converted, empty as null. */
export function cellValue(value: XlsxCell, format: XlsxColumn<unknown>["format"]): XlsxCell {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date)
    return format === "date" || format === "datetime"
      ? shanghaiWallClock(value)
      : formatDateTime(value);
  if (typeof value === "number") {
    if (format === "centi") return value / 100;
    if (format === "percent") return value / 100;
  }
  return value;
}

function shownWidth(value: XlsxCell, format: XlsxColumn<unknown>["format"]): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return format === "date" ? 10 : 16;
  if (typeof value === "number")
    return format === "centi" ? String(value / 100).length + 3 : String(value).length + 1;
  return displayWidth(value);
}

export function columnWidths<T>(columns: readonly XlsxColumn<T>[], sample: readonly T[]): number[] {
  return columns.map((c) => {
    const widest = sample.reduce(
      (w, row) => Math.max(w, shownWidth(c.value(row), c.format)),
      displayWidth(c.header),
    );
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

async function* batches<T>(rows: readonly T[] | AsyncIterable<readonly T[]>) {
  if (Array.isArray(rows))
    for (let i = 0; i === 0 || i < rows.length; i += SLICE_ROWS)
      yield (rows as readonly T[]).slice(i, i + SLICE_ROWS);
  else yield* rows as AsyncIterable<readonly T[]>;
}

/**
 * The output stream, counting the bytes that reach it, and a wait until what
 * was written so far has been compressed and taken by the reader: it lets
 * the event loop turn until a millisecond passes with no new byte and nothing
 * waiting for the reader. A reader that stops reading holds the writer here
 * (so memory stays bounded): read the body while awaiting the row count. It
 * returns at once when the stream is destroyed (the download was cancelled).
 */
function countingOutput() {
  let flowed = 0;
  const out = new Transform({
    transform(chunk: Buffer, _enc, done) {
      flowed += chunk.length;
      done(null, chunk);
    },
  });
  const drainedOrClosed = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off("drain", done);
        out.off("close", done);
        resolve();
      };
      out.on("drain", done);
      out.on("close", done);
    });
  const flowThrough = async () => {
    for (;;) {
      if (out.destroyed) return;
      if (out.writableNeedDrain) await drainedOrClosed();
      const before = flowed;
      // One turn of the loop while bytes keep coming; a millisecond to be sure they stopped.
      await setImmediate();
      if (flowed !== before) continue;
      await sleep(1);
      if (flowed === before && out.writableLength === 0) return;
    }
  };
  return { out, flowThrough };
}

/** Up to SAMPLE_ROWS rows to size the columns with, and the iterator to go on with. */
async function sampled<T>(rows: readonly T[] | AsyncIterable<readonly T[]>) {
  const it = batches(rows)[Symbol.asyncIterator]();
  const head: (readonly T[])[] = [];
  let n = 0;
  while (n < SAMPLE_ROWS) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
    n += next.value.length;
  }
  return { sample: head.flat(), head, it };
}

async function writeSheet<T>(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  s: XlsxSheet<T>,
  meta: XlsxMeta,
  flowThrough: () => Promise<void>,
) {
  const ws = wb.addWorksheet(s.name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 3 }],
  });
  const { sample, head, it } = await sampled(s.rows);
  const widths = columnWidths(s.columns, sample);
  ws.columns = s.columns.map((c, i) => ({ key: String(i), width: widths[i] }));
  const title = ws.addRow([s.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const by = `导出人：${meta.exportedBy}　导出时间：${formatDateTime(meta.exportedAt)}${meta.filter ? `　筛选：${meta.filter}` : ""}`;
  const sub = ws.addRow([by]);
  sub.font = { color: { argb: "FF64748B" }, size: 9 };
  sub.commit();
  const header = ws.addRow(s.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
    cell.border = { bottom: { style: "thin", color: { argb: "FF94A3B8" } } };
  });
  header.commit();
  let count = 0;
  const put = (batch: readonly T[]) => {
    for (const r of batch) {
      const row = ws.addRow(s.columns.map((c) => cellValue(c.value(r), c.format)));
      s.columns.forEach((c, i) => {
        const fmt = c.format && NUM_FMT[c.format];
        if (fmt) row.getCell(i + 1).numFmt = fmt;
      });
      row.commit();
      count++;
    }
  };
  for (const b of head) {
    put(b);
    await flowThrough();
  }
  for (let next = await it.next(); !next.done; next = await it.next()) {
    put(next.value);
    await flowThrough();
  }
  if (s.columns.length > 0)
    ws.autoFilter = {
      from: { row: 3, column: 1 },
      to: { row: 3 + count, column: s.columns.length },
    };
  ws.commit();
  return count;
}

/**
 * The workbook as a byte stream, and the number of data rows once it is
 * written. A failure while writing ends the stream with an error, so the
 * browser never saves half a file as if it were whole.
 */
export function xlsxStream(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
  sheets: readonly XlsxSheet<any>[],
  meta: XlsxMeta,
): { body: ReadableStream<Uint8Array>; rows: Promise<number> } {
  const { out, flowThrough } = countingOutput();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  wb.creator = meta.exportedBy;
  wb.created = meta.exportedAt;
  const rows = (async () => {
    let total = 0;
    for (const s of sheets) total += await writeSheet(wb, s, meta, flowThrough);
    await wb.commit();
    return total;
  })();
  rows.catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return { body: Readable.toWeb(out) as ReadableStream<Uint8Array>, rows };
}

/** A list's filter in words for the file and the audit row: "类型：入职谈话；关键词：张" (empty parts left out). */
export function filterText(
  parts: Readonly<Record<string, string | null | undefined>>,
): string | undefined {
  const text = Object.entries(parts)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}：${v}`)
    .join("；");
  return text || undefined;
}
