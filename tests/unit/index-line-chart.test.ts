// The shared index line (components/charts/index-line-chart.tsx) of /dashboard
// and /department: complete months on the solid line, months in progress on
// the dashed one, joined to the last complete month only when they have a value.
import { describe, expect, it } from "vitest";

import { indexRows, type IndexMonth } from "@/components/charts/index-line-chart";

const m = (month: string, value: number | null, complete: boolean): IndexMonth => ({
  month,
  label: month.slice(5),
  value,
  complete,
  coverage: "已报 3/8 个部门",
});

describe("indexRows", () => {
  it("puts complete months on index, the months in progress on pending, joined by the last complete month", () => {
    const rows = indexRows([
      m("2026-10", 70, true),
      m("2026-11", 72, true),
      m("2026-12", 65, false),
    ]);
    expect(rows.map((r) => [r.index, r.pending, r.coverage])).toEqual([
      [70, null, null],
      [72, 72, null],
      [null, 65, "已报 3/8 个部门"],
    ]);
  });

  it("does not join a month in progress without a value", () => {
    const rows = indexRows([m("2026-11", 72, true), m("2026-12", null, false)]);
    expect(rows.map((r) => [r.index, r.pending])).toEqual([
      [72, null],
      [null, null],
    ]);
  });

  it("keeps the other series' values on each row", () => {
    const [row] = indexRows([{ ...m("2026-12", 60, true), extra: { mood: 4, overall: 68 } }]);
    expect(row).toMatchObject({ label: "12", mood: 4, overall: 68, index: 60 });
  });
});
