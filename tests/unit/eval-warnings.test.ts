// The early-warning evaluation (npm run eval:warnings, issue 17 item 6) on a
// small configuration: 400 synthetic departments, seed 17. It fails when the
// app's warning rule (lib/dashboard/warnings.ts) falls below the recall, or
// rises above the false-alarm rate, documented in docs/sentiment-index.md
// ("Evaluation") for this configuration, and when it stops beating the old
// fixed 8-point rule on false alarms. The histories are deterministic, so the
// figures are exact; the bounds leave a little room for deliberate tuning.
import { describe, expect, it } from "vitest";

import { falseAlarmRate, recallOf, score } from "@/scripts/eval/score";
import { generateHistories } from "@/scripts/eval/synthetic";

describe("warning evaluation, 400 departments, seed 17", () => {
  it("generates the same histories for the same seed", () => {
    const a = generateHistories({ seed: 17, departments: 20 });
    const b = generateHistories({ seed: 17, departments: 20 });
    expect(a).toEqual(b);
    expect(a.every((d) => d.size >= 5 && d.size <= 40 && d.months.length === 36)).toBe(true);
    expect(generateHistories({ seed: 18, departments: 20 })).not.toEqual(a);
  });

  // Documented: monthly pulse 69.2% / 89.7% / 0.078; quarterly 51.0% / 76.7% / 0.088.
  it.each([
    { pulseEvery: 1, recall10: 0.67, recall20: 0.87, falseAlarms: 0.1 },
    { pulseEvery: 3, recall10: 0.49, recall20: 0.74, falseAlarms: 0.1 },
  ])(
    "pulse every $pulseEvery month(s): recall ≥ $recall10 (drops ≥ 10) and ≥ $recall20 (20), ≤ $falseAlarms false alarms per department-year",
    ({ pulseEvery, recall10, recall20, falseAlarms }) => {
      const histories = generateHistories({ seed: 17, departments: 400, pulseEvery });
      const s = score(histories, "new");
      expect(recallOf(s, 10)).toBeGreaterThanOrEqual(recall10);
      expect(recallOf(s, 20)).toBeGreaterThanOrEqual(recall20);
      expect(falseAlarmRate(s)).toBeLessThanOrEqual(falseAlarms);
      // The old rule cries wolf at several times the rate.
      expect(falseAlarmRate(score(histories, "old"))).toBeGreaterThan(5 * falseAlarmRate(s));
    },
  );
});
