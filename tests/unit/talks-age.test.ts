import { describe, expect, it } from "vitest";

import { shanghaiYear } from "@/lib/dates";
import { AGE_LAYERS, ageLayerOf, birthYearRange } from "@/lib/people/age";

describe("talk campaign age layers (age = year − birthYear)", () => {
  it("puts the boundaries where the rule says: 老 ≥ 50, 中 35–49, 青 < 35", () => {
    expect(ageLayerOf(1976, 2026)).toBe("OLD"); // 50
    expect(ageLayerOf(1977, 2026)).toBe("MIDDLE"); // 49
    expect(ageLayerOf(1991, 2026)).toBe("MIDDLE"); // 35
    expect(ageLayerOf(1992, 2026)).toBe("YOUNG"); // 34
    expect(ageLayerOf(1950, 2026)).toBe("OLD");
    expect(ageLayerOf(2004, 2026)).toBe("YOUNG");
  });

  it("gives birth-year ranges that agree with ageLayerOf for every year of birth", () => {
    for (let birth = 1940; birth <= 2010; birth++) {
      for (const layer of AGE_LAYERS) {
        const r = birthYearRange(layer, 2026);
        const inRange =
          (r.gte === undefined || birth >= r.gte) && (r.lte === undefined || birth <= r.lte);
        expect(inRange, `${birth} ${layer}`).toBe(ageLayerOf(birth, 2026) === layer);
      }
    }
  });

  it("takes the year in Asia/Shanghai", () => {
    expect(shanghaiYear(new Date("2026-12-31T16:30:00Z"))).toBe(2027);
    expect(shanghaiYear(new Date("2026-12-31T15:30:00Z"))).toBe(2026);
  });
});
