// The analysis report's periods and number diffs (issue 16): quarters and
// ranges in the Shanghai calendar, "longer than a year" at the day, and the
// diff that pairs figures by section and key.
import { describe, expect, it } from "vitest";

import type { ReportContent, ReportFigure } from "@/lib/analysis-report/content";
import { diffFigures } from "@/lib/analysis-report/diff";
import {
  longerThanAYear,
  previousBounds,
  quarterBounds,
  quarterOf,
  rangeBounds,
} from "@/lib/analysis-report/period";

describe("periods", () => {
  it("a quarter covers its three months, Shanghai midnight to midnight", () => {
    const q = quarterBounds(2026, 4);
    expect(q.period).toMatchObject({
      from: "2026-10-01",
      to: "2026-12-31",
      label: "2026年第四季度",
      months: ["2026-10", "2026-11", "2026-12"],
    });
    expect(q.start.toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(q.end.toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(quarterOf(new Date("2026-12-31T16:30:00Z"))).toEqual({ year: 2027, quarter: 1 });
    expect(previousBounds(quarterBounds(2026, 1)).start).toEqual(quarterBounds(2025, 4).start);
  });

  it("a range that is a quarter becomes the quarter; others are labelled by their days", () => {
    expect(rangeBounds("2025-04-01", "2025-06-30").period.quarter).toEqual({
      year: 2025,
      quarter: 2,
    });
    const r = rangeBounds("2026-10-15", "2026-11-14");
    expect(r.period).toMatchObject({
      label: "2026年10月15日至2026年11月14日",
      quarter: null,
      months: ["2026-10", "2026-11"],
    });
    expect(rangeBounds("2026-10-15", "2026-10-15").period.label).toBe("2026年10月15日");
  });

  it("refuses a reversed range and one longer than a year", () => {
    expect(() => rangeBounds("2026-06-02", "2026-06-01")).toThrow("结束日期不能早于开始日期");
    expect(() => rangeBounds("2025-01-01", "2026-01-01")).toThrow("统计区间不能超过一年");
    expect(longerThanAYear("2025-01-01", "2025-12-31")).toBe(false);
    expect(longerThanAYear("2024-03-01", "2025-02-28")).toBe(false);
    expect(longerThanAYear("2024-03-01", "2025-03-01")).toBe(true);
  });
});

describe("diffFigures", () => {
  const content = (figures: ReportFigure[]): ReportContent =>
    ({
      sections: [{ key: "overview", figures }],
    }) as unknown as ReportContent;
  const f = (key: string, value: number | null): ReportFigure => ({
    key,
    label: key,
    value,
    unit: "分",
    href: null,
  });

  it("lists changed, added and removed figures; unchanged ones are left out", () => {
    const d = diffFigures(
      content([f("a", 70), f("b", 1), f("c", 5)]),
      content([f("a", 72.5), f("b", 1), f("d", null)]),
    );
    expect(d).toEqual([
      expect.objectContaining({ key: "a", before: 70, after: 72.5, delta: 2.5, change: "changed" }),
      expect.objectContaining({ key: "d", before: null, after: null, change: "added" }),
      expect.objectContaining({ key: "c", before: 5, after: null, change: "removed" }),
    ]);
  });
});
