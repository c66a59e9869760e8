// lib/counts.ts: one grouped query gives the total and each status's count;
// a short list's total is its rows, and only a full first page is counted.
import { describe, expect, it } from "vitest";

import { firstRowsAndTotal, statusCounts } from "@/lib/counts";

describe("statusCounts", () => {
  it("sums the groups and looks up one status, 0 for an absent one", () => {
    const c = statusCounts([
      { status: "OPEN", _count: { _all: 3 } },
      { status: "ANSWERED", _count: { _all: 4 } },
    ]);
    expect(c.total).toBe(7);
    expect(c.of("OPEN")).toBe(3);
    expect(c.of("CLOSED")).toBe(0);
    expect(statusCounts([]).total).toBe(0);
  });
});

describe("firstRowsAndTotal", () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);
  const run = async (n: number, take = 5) => {
    let counted = 0;
    let asked = 0;
    const r = await firstRowsAndTotal(
      take,
      async (t) => {
        asked = t;
        return list(Math.min(n, t));
      },
      async () => {
        counted++;
        return n;
      },
    );
    return { ...r, counted, asked };
  };

  it("takes the rows as the total when they fit, without counting", async () => {
    expect(await run(0)).toEqual({ total: 0, rows: [], counted: 0, asked: 6 });
    expect(await run(5)).toEqual({ total: 5, rows: list(5), counted: 0, asked: 6 });
  });

  it("counts when there are more, and returns only `take` rows", async () => {
    expect(await run(6)).toEqual({ total: 6, rows: list(5), counted: 1, asked: 6 });
    expect(await run(40)).toEqual({ total: 40, rows: list(5), counted: 1, asked: 6 });
  });
});
