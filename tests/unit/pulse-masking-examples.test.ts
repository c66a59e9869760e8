// Small-group masking for pulse results (docs/security.md item 18): worked
// examples of maskGroups, and summarise, which reports only the groups that
// maskGroups shows. The properties are in pulse-masking-properties.test.ts.
import { describe, expect, it } from "vitest";

import { AGE_LAYERS, type AgeLayer } from "@/lib/people/age";
import { maskGroups, OTHER_GROUP, type PulseCell } from "@/lib/people/masking";
import { summarise, type AnswerCell } from "@/lib/pulse/aggregate";

const cell = (departmentId: string | null, ageLayer: AgeLayer, n: number): PulseCell => ({
  departmentId,
  ageLayer,
  n,
});

describe("maskGroups examples", () => {
  it("shows nothing at all below 5 respondents", () => {
    expect(maskGroups([cell("a", "YOUNG", 2), cell("b", "OLD", 2)])).toEqual({
      total: 4,
      showTotal: false,
      departments: [],
      ageGroups: null,
      ageWithheld: "TOO_FEW",
    });
  });

  it("merges small departments into 其他部门, and 其他部门 absorbs the smallest department while it is too small", () => {
    // a 8, b 6, c 3, merged 1 → 其他 4 is too small; b (the smallest shown) joins it.
    const r = maskGroups([
      cell("a", "MIDDLE", 8),
      cell("b", "MIDDLE", 6),
      cell("c", "MIDDLE", 3),
      cell(null, "MIDDLE", 1),
    ]);
    expect(r.departments.map((d) => [d.key, d.n])).toEqual([
      ["a", 8],
      [OTHER_GROUP, 10],
    ]);
    expect(r.departments[1].departmentIds.sort()).toEqual(["b", "c", null].sort());
  });

  it("keeps every department of 5 or more on its own when 其他部门 is empty or large enough", () => {
    const r = maskGroups([
      cell("a", "YOUNG", 3),
      cell("a", "OLD", 4),
      cell("b", "MIDDLE", 5),
      cell("c", "YOUNG", 2),
      cell("d", "OLD", 3),
    ]);
    expect(r.departments.map((d) => [d.key, d.n])).toEqual([
      ["a", 7],
      ["b", 5],
      [OTHER_GROUP, 5],
    ]);
  });

  it("merges an age layer under 5 with another, and shows the age breakdown when nothing can be derived", () => {
    const r = maskGroups([
      cell("a", "YOUNG", 4),
      cell("a", "MIDDLE", 4),
      cell("a", "OLD", 1),
      cell("b", "YOUNG", 4),
      cell("b", "MIDDLE", 4),
      cell("b", "OLD", 2),
    ]);
    expect(r.ageWithheld).toBeNull();
    expect(r.ageGroups?.map((g) => [g.key, g.n])).toEqual([
      ["OLD+MIDDLE", 11],
      ["YOUNG", 8],
    ]);
  });

  it("withholds ages when a department sits inside an age layer with 1–4 others", () => {
    // Department a is all young (6); the young layer has 8: young − a = 2 people in b.
    const r = maskGroups([cell("a", "YOUNG", 6), cell("b", "YOUNG", 2), cell("b", "OLD", 6)]);
    expect(r.departments.map((d) => d.key)).toEqual(["b", "a"]);
    expect(r.ageGroups).toBeNull();
    expect(r.ageWithheld).toBe("DERIVABLE");
  });

  it("withholds ages when two departments together sit inside an age layer with 1–4 others (each pair alone is safe)", () => {
    // young = 12 = a (5) + b (5) + 2 in c; young − a = 7 and young − b = 7 are safe, young − a − b = 2 is not.
    const r = maskGroups([
      cell("a", "YOUNG", 5),
      cell("b", "YOUNG", 5),
      cell("c", "YOUNG", 2),
      cell("c", "OLD", 8),
      cell("d", "OLD", 6),
    ]);
    expect(r.departments.map((d) => d.key)).toEqual(["c", "d", "a", "b"]);
    expect(r.ageWithheld).toBe("DERIVABLE");
  });

  it("withholds ages when an age layer sits inside a department with 1–4 others", () => {
    // Every old respondent is in a (6); a has 8: a − old = 2 young people in a.
    const r = maskGroups([cell("a", "OLD", 6), cell("a", "YOUNG", 2), cell("b", "YOUNG", 6)]);
    expect(r.ageWithheld).toBe("DERIVABLE");
  });

  it("shows departments and age layers together in an ordinary round", () => {
    const cells: PulseCell[] = [];
    ["a", "b", "c"].forEach((d) => AGE_LAYERS.forEach((l) => cells.push(cell(d, l, 4))));
    const r = maskGroups(cells);
    expect(r.departments.map((d) => d.n)).toEqual([12, 12, 12]);
    expect(r.ageGroups?.map((g) => [g.key, g.n])).toEqual([
      ["OLD", 12],
      ["MIDDLE", 12],
      ["YOUNG", 12],
    ]);
  });
});

describe("summarise", () => {
  it("gives means and 1–5 counts per question for the whole round and only for shown groups", () => {
    const cells = [
      cell("a", "YOUNG", 5),
      cell("a", "OLD", 1),
      cell("b", "OLD", 5),
      cell("c", "YOUNG", 2),
    ];
    const masked = maskGroups(cells);
    // c (2) alone would be a 2-person 其他部门, so b, the smallest shown department, joins it.
    expect(masked.departments.map((d) => [d.key, d.n])).toEqual([
      ["a", 6],
      [OTHER_GROUP, 7],
    ]);
    const rows: AnswerCell[] = [
      { departmentId: "a", ageLayer: "YOUNG", questionId: "q", value: 4, n: 5 },
      { departmentId: "a", ageLayer: "OLD", questionId: "q", value: 2, n: 1 },
      { departmentId: "b", ageLayer: "OLD", questionId: "q", value: 5, n: 5 },
      { departmentId: "c", ageLayer: "YOUNG", questionId: "q", value: 1, n: 2 },
    ];
    const s = summarise(masked, rows, ["q"]);
    expect(s.overall).toEqual([
      {
        questionId: "q",
        mean: Math.round(((4 * 5 + 2 + 25 + 2) / 13) * 100) / 100,
        counts: [2, 1, 0, 5, 5],
      },
    ]);
    const byKey = Object.fromEntries(s.departments.map((d) => [d.key, d]));
    expect(byKey.a).toEqual({ key: "a", n: 6, means: [Math.round((22 / 6) * 100) / 100] });
    expect(byKey[OTHER_GROUP]).toEqual({
      key: OTHER_GROUP,
      n: 7,
      means: [Math.round((27 / 7) * 100) / 100],
    });
    // Ages: old 6 (a 1, b 5) and young 7 (a 5, c 2); no shown department nests in a layer.
    expect(s.ageGroups).toEqual([
      { key: "OLD", n: 6, means: [Math.round((27 / 6) * 100) / 100] },
      { key: "YOUNG", n: 7, means: [Math.round((22 / 7) * 100) / 100] },
    ]);
  });

  it("returns nothing when the round is too small", () => {
    const masked = maskGroups([cell("a", "YOUNG", 4)]);
    expect(
      summarise(
        masked,
        [{ departmentId: "a", ageLayer: "YOUNG", questionId: "q", value: 3, n: 4 }],
        ["q"],
      ),
    ).toEqual({ overall: [], departments: [], ageGroups: null });
  });
});
