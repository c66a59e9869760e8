// Low department scores on pulse results (issue 15 item 7): a group's mean is
// highlighted below 3 or 0.3 under the respondent-weighted mean of all groups.
import { describe, expect, it } from "vitest";

import { isLow, pooledMeans, type GroupFigures } from "@/lib/pulse/aggregate";

const g = (key: string, n: number, means: (number | null)[]) =>
  ({ key, n, means }) as unknown as GroupFigures;

describe("pooledMeans / isLow", () => {
  it("weights each group's mean by its respondents", () => {
    const pooled = pooledMeans([g("a", 10, [4, null]), g("b", 30, [3.6, 2])], 2);
    expect(pooled[0]).toBeCloseTo(3.7, 10);
    expect(pooled[1]).toBe(2);
  });
  it("flags a mean below 3, or 0.3 or more under the pooled mean, and nothing else", () => {
    expect(isLow(2.99, 3.1)).toBe(true);
    expect(isLow(3.4, 3.7)).toBe(true);
    expect(isLow(3.41, 3.7)).toBe(false);
    expect(isLow(3.8, 3.7)).toBe(false);
    expect(isLow(null, 3.7)).toBe(false);
  });
});
