// Small-group masking for pulse results (docs/security.md item 18), checked as
// properties over random populations with fast-check. Groups are compared by
// cell membership (department group × age layer): whatever can be subtracted
// from what is shown must never be 1–4 people. Worked examples are in
// pulse-masking-examples.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { AGE_LAYERS } from "@/lib/people/age";
import {
  LAYER_KEYS,
  maskDepartments,
  maskGroups,
  MIN_GROUP_SIZE,
  NO_LAYER,
  OTHER_GROUP,
  type LayerKey,
  type MaskedGroups,
  type PulseCell,
} from "@/lib/people/masking";

const key = (c: { departmentId: string | null; ageLayer: LayerKey }) =>
  `${c.departmentId ?? OTHER_GROUP}|${c.ageLayer ?? NO_LAYER}`;
const small = (d: number) => d > 0 && d < MIN_GROUP_SIZE;

/** Counts per cell, summing duplicates, only cells with people. */
function cellCounts(cells: PulseCell[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cells) if (c.n > 0) m.set(key(c), (m.get(key(c)) ?? 0) + c.n);
  return m;
}

type Group = { name: string; members: Set<string> };

/** Every shown group as a set of cells: the whole 院, the departments, the age groups. */
function shownGroups(r: MaskedGroups, counts: Map<string, number>) {
  const all = [...counts.keys()];
  const depts: Group[] = r.departments.map((g) => ({
    name: `dept:${g.key}`,
    members: new Set(
      all.filter((k) => g.departmentIds.some((id) => k.startsWith(`${id ?? OTHER_GROUP}|`))),
    ),
  }));
  const ages: Group[] = (r.ageGroups ?? []).map((g) => ({
    name: `age:${g.key}`,
    members: new Set(all.filter((k) => g.layers.some((l) => k.endsWith(`|${l ?? NO_LAYER}`)))),
  }));
  const total: Group[] = r.showTotal ? [{ name: "total", members: new Set(all) }] : [];
  return { total, depts, ages };
}

const size = (m: Set<string>, counts: Map<string, number>) =>
  [...m].reduce((s, k) => s + (counts.get(k) ?? 0), 0);
const subset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));
const subsets = <T>(xs: T[]): T[][] =>
  xs
    .reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]])
    .filter((s) => s.length > 0);

/** A population: 1–10 departments plus, sometimes, already-merged (null) cells; 0–12 people per cell. */
const population = fc
  .record({
    depts: fc.array(fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)), { minLength: 1, maxLength: 10 }),
    other: fc.option(fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)), { freq: 2 }),
  })
  .map(({ depts, other }) => {
    const cells: PulseCell[] = [];
    depts.forEach((ns, i) =>
      ns.forEach((n, j) => cells.push({ departmentId: `d${i}`, ageLayer: AGE_LAYERS[j], n })),
    );
    if (other)
      other.forEach((n, j) => cells.push({ departmentId: null, ageLayer: AGE_LAYERS[j], n }));
    return cells;
  });

/** Small counts are where the leaks hide: bias towards 0–6. Some cells have no age layer (released as 不分年龄层). */
const smallPopulation = fc
  .array(
    fc.record({
      dept: fc.option(fc.integer({ min: 0, max: 9 }), { freq: 4 }),
      layer: fc.constantFrom(...LAYER_KEYS),
      n: fc.integer({ min: 0, max: 6 }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r): PulseCell => ({
      departmentId: r.dept === null ? null : `d${r.dept}`,
      ageLayer: r.layer,
      n: r.n,
    })),
  );

const RUNS = { numRuns: 500 };

describe("maskGroups properties", () => {
  for (const [name, arb] of [
    ["full grids", population],
    ["sparse small cells", smallPopulation],
  ] as const) {
    describe(name, () => {
      it("never shows a group with fewer than 5 people, and shows nothing when the whole round has fewer", () => {
        fc.assert(
          fc.property(arb, (cells) => {
            const r = maskGroups(cells);
            const counts = cellCounts(cells);
            const total = [...counts.values()].reduce((s, n) => s + n, 0);
            expect(r.total).toBe(total);
            expect(r.showTotal).toBe(total >= MIN_GROUP_SIZE);
            if (!r.showTotal) expect(r.departments).toEqual([]);
            if (!r.showTotal) expect(r.ageGroups).toBeNull();
            const g = shownGroups(r, counts);
            for (const x of [...g.total, ...g.depts, ...g.ages])
              expect(size(x.members, counts), x.name).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
            // The stated n of each group is the sum of its cells.
            r.departments.forEach((d, i) => expect(d.n).toBe(size(g.depts[i].members, counts)));
            (r.ageGroups ?? []).forEach((a, i) =>
              expect(a.n).toBe(size(g.ages[i].members, counts)),
            );
          }),
          RUNS,
        );
      }, 60_000);

      it("covers every respondent with the shown departments (total − their sum = 0), each department in exactly one group", () => {
        fc.assert(
          fc.property(arb, (cells) => {
            const r = maskGroups(cells);
            if (!r.showTotal) return;
            expect(r.total - r.departments.reduce((s, d) => s + d.n, 0)).toBe(0);
            const ids = r.departments.flatMap((d) =>
              d.departmentIds.map((id) => id ?? OTHER_GROUP),
            );
            expect(new Set(ids).size).toBe(ids.length);
            const present = new Set(
              cells.filter((c) => c.n > 0).map((c) => c.departmentId ?? OTHER_GROUP),
            );
            expect(new Set(ids)).toEqual(present);
            if (r.ageGroups) expect(r.total - r.ageGroups.reduce((s, a) => s + a.n, 0)).toBe(0);
          }),
          RUNS,
        );
      }, 60_000);

      it("for every pair of shown groups where one contains the other, the difference is 0 or at least 5", () => {
        fc.assert(
          fc.property(arb, (cells) => {
            const counts = cellCounts(cells);
            const g = shownGroups(maskGroups(cells), counts);
            const all = [...g.total, ...g.depts, ...g.ages];
            for (const a of all) {
              for (const b of all) {
                if (a === b || !subset(a.members, b.members)) continue;
                const diff = size(b.members, counts) - size(a.members, counts);
                expect(small(diff), `${b.name} − ${a.name} = ${diff}`).toBe(false);
              }
            }
          }),
          RUNS,
        );
      }, 60_000);

      it("leaves 0 or at least 5 people outside any union of shown departments", () => {
        fc.assert(
          fc.property(arb, (cells) => {
            const counts = cellCounts(cells);
            const r = maskGroups(cells);
            if (!r.showTotal) return;
            // The groups partition the respondents (checked above), so a union's size is the sum of its groups'.
            const sizes = shownGroups(r, counts).depts.map((g) => size(g.members, counts));
            for (const s of subsets(sizes)) {
              const rest = r.total - s.reduce((a, n) => a + n, 0);
              expect(small(rest), `total − (${s.join(" + ")}) = ${rest}`).toBe(false);
            }
          }),
          { numRuns: 250 },
        );
      }, 60_000);

      it("maskDepartments (the dashboard's, without the age check) shows exactly maskGroups' departments", () => {
        fc.assert(
          fc.property(arb, (cells) => {
            const { total, showTotal, departments } = maskGroups(cells);
            expect(maskDepartments(cells)).toEqual({ total, showTotal, departments });
          }),
          RUNS,
        );
      });

      it("never lets a union of departments and a union of age groups that nest differ by 1–4", () => {
        fc.assert(
          fc.property(arb, (cells) => {
            const counts = cellCounts(cells);
            const { depts, ages } = shownGroups(maskGroups(cells), counts);
            // Cells as bits; the departments (and the ages) are disjoint, so a union's size is a sum.
            const bit = new Map([...counts.keys()].map((k, i) => [k, 1n << BigInt(i)]));
            const mask = (g: Group) => [...g.members].reduce((m, k) => m | bit.get(k)!, 0n);
            const unions = (gs: Group[]) =>
              subsets(gs.map((g) => ({ m: mask(g), n: size(g.members, counts) }))).map((s) => ({
                m: s.reduce((a, x) => a | x.m, 0n),
                n: s.reduce((a, x) => a + x.n, 0),
              }));
            const du = unions(depts);
            for (const a of unions(ages)) {
              for (const d of du) {
                if ((d.m & ~a.m) === 0n) expect(small(a.n - d.n)).toBe(false);
                if ((a.m & ~d.m) === 0n) expect(small(d.n - a.n)).toBe(false);
              }
            }
          }),
          { numRuns: 250 },
        );
      }, 60_000);
    });
  }
});
