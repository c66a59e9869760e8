// The release rule (lib/pulse/coarsen.ts), checked with fast-check over
// random rounds: every released (department, age layer) tuple holds at least
// 5 responses, nothing is lost, each response keeps its own department and
// layer or a coarser one (null), and rounds of fewer than 5 stay sealed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { AGE_LAYERS } from "@/lib/people/age";
import { MIN_GROUP_SIZE } from "@/lib/people/masking";
import { coarsen, type Attributes } from "@/lib/pulse/coarsen";

const key = (a: Attributes) => `${a.departmentId ?? "-"}|${a.ageLayer ?? "-"}`;

/** 0–60 responses over up to 8 departments (and no department), some already without age layer. */
const round = fc.array(
  fc.record({
    departmentId: fc.option(fc.constantFrom("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"), {
      freq: 6,
    }),
    ageLayer: fc.option(fc.constantFrom(...AGE_LAYERS), { freq: 10 }),
  }),
  { maxLength: 60 },
);

describe("coarsen properties", () => {
  it("releases nothing below 5 responses, and otherwise gives every tuple at least 5, losing nothing", () => {
    fc.assert(
      fc.property(round, (items) => {
        const out = coarsen(items);
        if (items.length < MIN_GROUP_SIZE) {
          expect(out).toBeNull();
          return;
        }
        expect(out).not.toBeNull();
        expect(out!.length).toBe(items.length);
        const tuples = new Map<string, number>();
        for (const a of out!) tuples.set(key(a), (tuples.get(key(a)) ?? 0) + 1);
        for (const [k, n] of tuples) expect(n, k).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        expect([...tuples.values()].reduce((s, n) => s + n, 0)).toBe(items.length);
        out!.forEach((a, i) => {
          // Same or coarser: a department only to null, a layer only to null.
          if (a.departmentId !== null) expect(a.departmentId).toBe(items[i].departmentId);
          if (a.ageLayer !== null) expect(a.ageLayer).toBe(items[i].ageLayer);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("is a fixed point: releasing released rows again changes nothing", () => {
    fc.assert(
      fc.property(round, (items) => {
        const out = coarsen(items);
        if (out) expect(coarsen(out)).toEqual(out);
      }),
      { numRuns: 1000 },
    );
  });

  it("treats a department as a whole: all its responses keep it or all go to 其他部门, with or without layers together", () => {
    fc.assert(
      fc.property(round, (items) => {
        const out = coarsen(items);
        if (!out) return;
        const fate = new Map<string, string>();
        items.forEach((it, i) => {
          if (it.departmentId === null || it.ageLayer === null) return;
          const f = `${out[i].departmentId ?? "-"}|${out[i].ageLayer === null ? "flat" : "layers"}`;
          expect(fate.get(it.departmentId) ?? f).toBe(f);
          fate.set(it.departmentId, f);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("coarsen examples", () => {
  const people = (
    departmentId: string | null,
    ageLayer: (typeof AGE_LAYERS)[number] | null,
    n: number,
  ): Attributes[] => Array.from({ length: n }, () => ({ departmentId, ageLayer }));

  it("keeps a department's layers only when every layer cell has 5", () => {
    const out = coarsen([
      ...people("a", "MIDDLE", 5),
      ...people("a", "YOUNG", 5),
      ...people("b", "MIDDLE", 5),
      ...people("b", "YOUNG", 1),
    ])!;
    expect(new Set(out.map(key))).toEqual(new Set(["a|MIDDLE", "a|YOUNG", "b|-"]));
  });

  it("sends small departments to 其他部门, and the smallest named department after them while 其他部门 has 1–4", () => {
    const out = coarsen([
      ...people("a", "MIDDLE", 6),
      ...people("b", "OLD", 5),
      ...people("c", "YOUNG", 3),
    ])!;
    // c (3) is too small; 其他部门 would hold 3, so b (5, the smallest) joins it.
    const counts = out.reduce<Record<string, number>>(
      (m, a) => ({ ...m, [key(a)]: (m[key(a)] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ "a|MIDDLE": 6, "-|-": 8 });
  });

  it("keeps a round of 4 sealed", () => {
    expect(coarsen(people("a", "OLD", 4))).toBeNull();
  });
});
