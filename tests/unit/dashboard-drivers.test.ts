// Issue 17 item 4: the driver computation against a hand-computed fixture.
import { describe, expect, it } from "vitest";

import { DRIVER_MIN_GROUP, driverAnalysis, type DriverInput } from "@/lib/dashboard/drivers";

/** Sums and cross-products of answer rows (one row per respondent), as the query returns them. */
function inputOf(rows: number[][], texts: string[]): DriverInput {
  const ids = texts.map((_, i) => `q${i + 1}`);
  const sum: Record<string, number> = {};
  const cross: Record<string, number> = {};
  for (const r of rows)
    ids.forEach((a, i) => {
      sum[a] = (sum[a] ?? 0) + r[i];
      ids.forEach((b, j) => (cross[`${a}|${b}`] = (cross[`${a}|${b}`] ?? 0) + r[i] * r[j]));
    });
  return { questions: ids.map((id, i) => ({ id, text: texts[i] })), n: rows.length, sum, cross };
}

// Five answer patterns, each given by five respondents (n = 25):
//          q1 q2 q3 q4
//   P1      2  5  2  3
//   P2      3  4  3  3
//   P3      4  5  4  3
//   P4      5  4  5  3
//   P5      1  5  1  3
// Means: q1 = 3, q2 = 4.6, q3 = 3, q4 = 3 (q4 never varies).
// q1 against the mean of q2, q3, q4 (equivalently their sum q2+q3+q4 = 10, 10, 12, 12, 9):
//   q1 deviations −1, 0, 1, 2, −2; rest deviations −0.6, −0.6, 1.4, 1.4, −1.6
//   Σ products = 0.6 + 0 + 1.4 + 2.8 + 3.2 = 8.0; Σ q1² dev = 10; Σ rest² dev = 0.36·2 + 1.96·2 + 2.56 = 7.2
//   r = 8 / √(10 × 7.2) = 8 / 8.485 = 0.943
// q2 against q1+q3+q4 = 7, 9, 11, 13, 5: q2 dev 0.4, −0.6, 0.4, −0.6, 0.4; rest dev −2, 0, 2, 4, −4
//   Σ = −0.8 + 0 + 0.8 − 2.4 − 1.6 = −4; Σ q2² = 0.16·3 + 0.36·2 = 1.2; Σ rest² = 4+0+4+16+16 = 40
//   r = −4 / √48 = −0.577
// q3 is q1's twin: r = 0.943. q4 does not vary: no impact.
// Median mean = 3 (of 3, 3, 3, 4.6): nothing is strictly below it, so no priority.
const rows = [
  [2, 5, 2, 3],
  [3, 4, 3, 3],
  [4, 5, 4, 3],
  [5, 4, 5, 3],
  [1, 5, 1, 3],
].flatMap((r) => Array.from({ length: 5 }, () => r));
const texts = ["工作状态", "对改革的信心", "团队氛围", "身体状况"];

describe("driverAnalysis", () => {
  it("computes each statement's mean and its correlation with the rest", () => {
    const d = driverAnalysis(inputOf(rows, texts))!;
    expect(d.map((x) => x.mean)).toEqual([3, 4.6, 3, 3]);
    expect(d[0].impact).toBeCloseTo(0.9428, 4);
    expect(d[1].impact).toBeCloseTo(-0.5774, 4);
    expect(d[2].impact).toBeCloseTo(0.9428, 4);
    expect(d[3].impact).toBeNull();
    expect(d.filter((x) => x.priority)).toEqual([]);
  });

  it("lists low-scoring, high-impact statements as priorities", () => {
    // Every q3 answer one lower (P5's 1 stays 1): q3 = 1, 2, 3, 4, 1 → mean 2.2.
    // q3 dev −1.2, −0.2, 0.8, 1.8, −1.2 against the same rest (q1+q2+q4 = 10, 10, 12, 12, 9;
    // dev −0.6, −0.6, 1.4, 1.4, −1.6): Σ = 0.72 + 0.12 + 1.12 + 2.52 + 1.92 = 6.4;
    // Σ q3² = 1.44 + 0.04 + 0.64 + 3.24 + 1.44 = 6.8; Σ rest² = 7.2 → r = 6.4/√48.96 = 0.915.
    // q1's rest changes with q3: q2+q3+q4 = 9, 9, 11, 11, 9 (dev −0.8, −0.8, 1.2, 1.2, −0.8):
    //   Σ = 0.8 + 0 + 1.2 + 2.4 + 1.6 = 6; Σ rest² = 0.64·3 + 1.44·2 = 4.8 → r = 6/√48 = 0.866.
    // Means 3, 4.6, 2.2, 3 → median 3: only q3 is below. Impacts 0.866, −0.574, 0.915 → median
    // 0.866: q3 is above → the one priority.
    const lowered = rows.map((r) => [r[0], r[1], r[2] - 1 || 1, r[3]]);
    const d = driverAnalysis(inputOf(lowered, texts))!;
    expect(d[2].mean).toBeCloseTo(2.2, 10);
    expect(d[2].impact).toBeCloseTo(0.9147, 4);
    expect(d[0].impact).toBeCloseTo(0.866, 3);
    expect(d.filter((x) => x.priority).map((x) => x.text)).toEqual(["团队氛围"]);
  });

  it(`shows nothing for fewer than ${DRIVER_MIN_GROUP} respondents or fewer than 3 statements`, () => {
    expect(driverAnalysis(inputOf(rows.slice(0, 24), texts))).toBeNull();
    expect(
      driverAnalysis(
        inputOf(
          rows.map((r) => r.slice(0, 2)),
          texts.slice(0, 2),
        ),
      ),
    ).toBeNull();
  });
});
