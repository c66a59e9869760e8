// Issue 17 item 1: an incomplete month never becomes the headline, and
// "较上月" compares complete months only, naming them. The rules are in
// lib/dashboard/completeness.ts; docs/sentiment-index.md explains them.
import { describe, expect, it } from "vitest";

import { headlineOf, monthStatuses } from "@/lib/dashboard/completeness";
import { buildSentiment, type MoodAggregate } from "@/lib/dashboard/index";
import { monthsEnding } from "@/lib/dates";

const months = monthsEnding("2026-12", 6); // 2026-07 … 2026-12
const departments = Array.from({ length: 14 }, (_, i) => ({ id: `D${i}`, name: `部门${i}` }));
const mood = (departmentId: string, month: string, m: number): MoodAggregate => ({
  departmentId,
  month,
  sum: m,
  count: 1,
  reportId: null,
});
const reportersOf = (moods: MoodAggregate[]) => {
  const out = new Map<string, Set<string>>();
  for (const m of moods) out.set(m.month, (out.get(m.month) ?? new Set()).add(m.departmentId));
  return out;
};

describe("the December scenario: 1 of 14 departments has filed on 7 December", () => {
  // Every department filed mood 4 (75) for July…October; November is missing
  // entirely; on 2026-12-07 one department has filed December with mood 3 (50).
  const moods = [
    ...months.slice(0, 4).flatMap((m) => departments.map((d) => mood(d.id, m, 4))),
    mood("D0", "2026-12", 3),
  ];
  // Due day 5: November closed on 12-05, December is due 2027-01-05.
  const closed = (m: string) => m <= "2026-11";
  const status = monthStatuses(months, closed, reportersOf(moods));
  const s = buildSentiment({ months, departments, rounds: [], pulse: [], moods, status });

  it("shows December as 进行中 with its coverage, and October as the headline", () => {
    expect(status.at(-1)).toEqual({
      month: "2026-12",
      closed: false,
      reported: 1,
      expected: 14,
      complete: false,
    });
    expect(s.overall.cells.at(-1)).toMatchObject({ kind: "value", index: 50 }); // computed, not used
    expect(s.headline).toMatchObject({ month: "2026-10", index: 75 });
    expect(s.headline!.pending.map((p) => p.month)).toEqual(["2026-12"]);
  });

  it("compares October with September, the complete months, and skips nothing between them", () => {
    expect(s.headline).toMatchObject({
      previous: { month: "2026-09", index: 75 },
      change: 0,
      skipped: [],
    });
  });

  it("never warns on the incomplete month", () => {
    expect(s.warnings).toEqual([]);
  });

  it("lets a month count before its due day once 80% of the departments have reported", () => {
    const early = [...moods, ...departments.slice(1, 12).map((d) => mood(d.id, "2026-12", 4))];
    const st = monthStatuses(months, closed, reportersOf(early));
    expect(st.at(-1)).toMatchObject({ reported: 12, expected: 14, complete: true }); // 12 ≥ 11.2
    const st11 = monthStatuses(months, closed, reportersOf(early.slice(0, -1)));
    expect(st11.at(-1)).toMatchObject({ reported: 11, complete: false }); // 11 < 11.2
  });
});

describe("较上月", () => {
  const value = (index: number) => ({ kind: "value" as const, index });
  const ms = monthsEnding("2026-12", 5); // 08 … 12
  const status = (complete: boolean[]) =>
    ms.map((month, i) => ({
      month,
      closed: complete[i],
      reported: 0,
      expected: 0,
      complete: complete[i],
    }));

  it("skips an incomplete month between two complete ones and names both months and the skipped one", () => {
    const cells = [value(70), value(72), value(40), value(74), value(50)];
    // 10 is incomplete (say, a month re-opened with few reports), 12 is in progress.
    const h = headlineOf(ms, cells, status([true, true, false, true, false]));
    expect(h).toMatchObject({
      month: "2026-11",
      index: 74,
      previous: { month: "2026-09", index: 72 },
      change: 2,
      skipped: ["2026-10"],
    });
    expect(h!.pending.map((p) => p.month)).toEqual(["2026-12"]);
  });

  it("skips months without a value, and has no comparison with only one complete month", () => {
    const h = headlineOf(
      ms,
      [value(70), { kind: "empty" }, value(60.4), value(1), value(2)],
      status([true, true, true, false, false]),
    );
    expect(h).toMatchObject({ month: "2026-10", change: -9.6, skipped: ["2026-09"] });
    const one = headlineOf(
      ms,
      [value(70), value(1), value(1), value(1), value(1)],
      status([true, false, false, false, false]),
    );
    expect(one).toMatchObject({ month: "2026-08", previous: null, change: null, skipped: [] });
    expect(
      headlineOf(
        ms,
        ms.map(() => value(1)),
        status(ms.map(() => false)),
      ),
    ).toBeNull();
  });
});
