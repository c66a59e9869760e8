// The geometry of the index line of /dashboard and /department
// (components/charts/index-line-geometry.ts), drawn on the server as SVG:
// scales and ticks, lines with gaps for missing months, the dashed join and
// hollow points of months in progress, milestone bands and their labels, and
// which month labels fit at which width.
import { describe, expect, it } from "vitest";

import {
  indexLines,
  labelTiers,
  lineSegments,
  milestoneBand,
  milestoneLabels,
  monthTitle,
  placeSegments,
  ticks,
  xAt,
  yAt,
  type IndexMonth,
} from "@/components/charts/index-line-geometry";

const m = (month: string, value: number | null, complete: boolean): IndexMonth => ({
  month,
  label: month.slice(2).replace("-", "."),
  value,
  complete,
  coverage: complete ? null : "已报 3/8 个部门",
});

describe("scales and ticks", () => {
  it("ticks the index every 20 from 0 to 100, and the mood 1 to 5", () => {
    expect(ticks(0, 100, 20)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(1, 5, 1)).toEqual([1, 2, 3, 4, 5]);
    expect(ticks(0, 1, 0.25)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(5, 1, 1)).toEqual([]);
  });

  it("puts months at the centres of equal slots and values from the top of the plot", () => {
    expect([0, 1, 3].map((i) => xAt(i, 4))).toEqual([12.5, 37.5, 87.5]);
    expect(xAt(0, 24)).toBe(2.08);
    expect([0, 100, 72].map((v) => yAt(v, [0, 100]))).toEqual([100, 0, 28]);
    expect([1, 5, 4].map((v) => yAt(v, [1, 5]))).toEqual([100, 0, 25]);
  });
});

describe("lines", () => {
  it("breaks the line at a missing month, and bridges it with connectNulls", () => {
    const values = [70, 72, null, 68, 66, null];
    expect(lineSegments(values)).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(lineSegments(values, true)).toEqual([
      [0, 1],
      [1, 3],
      [3, 4],
    ]);
    expect(lineSegments([null, 50, null])).toEqual([]);
  });

  it("places segments from month centre to month centre", () => {
    expect(placeSegments([80, 60, null, 40], [0, 100])).toEqual([
      { from: 12.5, to: 37.5, y1: 20, y2: 40 },
    ]);
  });

  it("puts complete months on the solid line, months in progress on the dashed one joined by the last complete month, hollow", () => {
    const lines = indexLines([
      m("2026-10", 70, true),
      m("2026-11", 72, true),
      m("2026-12", 65, false),
    ]);
    expect(lines).toEqual({ solid: [70, 72, null], dashed: [null, 72, 65], hollow: [2] });
    expect(lineSegments(lines.dashed)).toEqual([[1, 2]]);
  });

  it("does not join or mark a month in progress without a value", () => {
    const lines = indexLines([m("2026-11", 72, true), m("2026-12", null, false)]);
    expect(lines).toEqual({ solid: [72, null], dashed: [null, null], hollow: [] });
  });

  it("leaves a gap for a complete month without a value", () => {
    const lines = indexLines([
      m("2026-09", 70, true),
      m("2026-10", null, true),
      m("2026-11", 71, true),
    ]);
    expect(lineSegments(lines.solid)).toEqual([]);
  });
});

describe("milestones", () => {
  const months = ["2025-01", "2025-02", "2025-03", "2025-04"];

  it("shades a milestone's months from the first's left edge to the last's right edge", () => {
    expect(milestoneBand({ from: "2025-02", to: "2025-03", label: "入额" }, months)).toEqual({
      x: 25,
      width: 50,
    });
    expect(milestoneBand({ from: "2025-04", to: "2025-04", label: "部署" }, months)).toEqual({
      x: 75,
      width: 25,
    });
    expect(milestoneBand({ from: "2024-12", to: "2025-01", label: "合并" }, months)).toBeNull();
  });

  it("puts labels that would meet on separate rows, and ends one at its band when it would run off the plot", () => {
    // The demo's two: 区院合并 (2 months) right before 司法责任制改革 · 入额 (4), on a phone.
    const bands = [
      { x: 0, width: 8.33, label: "区院合并" },
      { x: 12.5, width: 16.67, label: "司法责任制改革 · 入额" },
      { x: 91.67, width: 8.33, label: "部署" },
    ];
    expect(milestoneLabels(bands, 258, 11)).toEqual([
      { anchor: "start", row: 0 },
      { anchor: "start", row: 1 },
      { anchor: "end", row: 0 },
    ]);
    // With room, all on one row.
    expect(milestoneLabels(bands, 1000, 11).map((l) => l.row)).toEqual([0, 0, 0]);
  });
});

describe("month labels", () => {
  it("shows every month where they fit, and every k-th, ending on the latest, where they do not", () => {
    // 24 months: 10.5 px a month on a phone (every 4th), 30 px (every 2nd), 40 px (all).
    const tiers = labelTiers(24, [252, 720, 960], 34);
    expect(tiers[23]).toEqual([true, true, true]);
    expect(tiers[22]).toEqual([false, false, true]);
    expect(tiers[21]).toEqual([false, true, true]);
    expect(tiers[19]).toEqual([true, true, true]);
    expect(tiers.filter((t) => t[0]).length).toBe(6);
    expect(tiers.filter((t) => t[1]).length).toBe(12);
  });
});

describe("monthTitle", () => {
  it("names the month, each value, a month in progress's coverage and the milestones over it", () => {
    const month = { ...m("2025-03", 65, false), extra: { mood: 4, overall: null } };
    const series = [
      { key: "mood", name: "报告情绪（1–5）", color: "#2563eb", width: 2, dot: 3 as const },
      { key: "overall", name: "全院指数", color: "#94a3b8", width: 1.5, dot: false as const },
    ];
    expect(
      monthTitle(month, "本部门指数", series, [
        { from: "2025-03", to: "2025-06", label: "入额" },
        { from: "2024-12", to: "2025-01", label: "合并" },
      ]),
    ).toBe(
      "2025年3月\n本部门指数 65（进行中，已报 3/8 个部门）\n报告情绪（1–5） 4\n改革节点：入额",
    );
    expect(monthTitle(m("2025-02", null, true), "思想状况指数", [], [])).toBe(
      "2025年2月\n思想状况指数 —",
    );
  });
});
