// Which departments the dashboard's heatmap draws (lib/dashboard/heatmap.ts).
import { describe, expect, it } from "vitest";

import { allComplete, type MonthStatus } from "@/lib/dashboard/completeness";
import { heatmapRows } from "@/lib/dashboard/heatmap";
import type { Cell, HeatRow } from "@/lib/dashboard/index";

const months = ["2026-08", "2026-09", "2026-10"];
const value = (index: number): Cell => ({
  kind: "value",
  index,
  pulse: null,
  mood: null,
  n: null,
  roundIds: [],
  reportId: null,
});
const row = (key: string, ...cells: (number | null)[]): HeatRow => ({
  key,
  name: key,
  cells: cells.map((c) => (c === null ? { kind: "empty" } : value(c))),
});
const keys = (rows: HeatRow[]) => rows.map((r) => r.key);

describe("heatmapRows", () => {
  const rows = [
    row("a", 70, 70, 70),
    row("b", 60, 60, 40),
    row("c", 50, 50, null), // latest value 50 (September)
    row("d", 80, 80, 80),
    row("e", null, null, null),
    row("f", 40, 40, 40),
  ];

  it("draws every row in the usual order when they fit, or on request", () => {
    const s = allComplete(months);
    expect(heatmapRows(rows, [], s, { limit: 6 })).toEqual({ rows, total: 6, bounded: false });
    expect(heatmapRows(rows, [], s, { limit: 2, all: true }).rows).toBe(rows);
  });

  it("puts warnings first in their order, then the lowest latest index, ties in the usual order", () => {
    const s = allComplete(months);
    const r = heatmapRows(rows, [{ departmentId: "d" }, { departmentId: "a" }], s, { limit: 5 });
    expect(r).toMatchObject({ total: 6, bounded: true });
    // b and f tie at 40 (usual order: b first); c's latest is September's 50; e has none.
    expect(keys(r.rows)).toEqual(["d", "a", "b", "f", "c"]);
  });

  it("reads the latest complete month, not one still 进行中", () => {
    const s: MonthStatus[] = allComplete(months).map((m, i) =>
      i === 2 ? { ...m, complete: false } : m,
    );
    // October is pending: b's latest is 60, f's 40, c's 50.
    expect(keys(heatmapRows(rows, [], s, { limit: 3 }).rows)).toEqual(["f", "c", "b"]);
  });
});
