// Driver analysis on a real database (issue 17 item 4): the latest closed
// round's released responses, summed per pair of statements in SQL, give the
// hand-computed figures of tests/unit/dashboard-drivers.test.ts; groups under
// 25 respondents are not analysed.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { pulseDrivers } from "@/lib/dashboard/driver-queries";
import { db } from "@/lib/db";

import { A, B, office, setupDashboard } from "./fixtures/dashboard";

setupDashboard();
const NOW = new Date("2019-03-31T12:00:00+08:00");
let roundId = "";

// The unit test's five patterns (q1…q4), five respondents each: 25 in A, and 6 more in B.
const PATTERNS = [
  [2, 5, 2, 3],
  [3, 4, 3, 3],
  [4, 5, 4, 3],
  [5, 4, 5, 3],
  [1, 5, 1, 3],
];

beforeAll(async () => {
  const r = await db.pulseRound.create({
    data: {
      title: "驱动因素测试轮",
      opensAt: new Date("2019-03-10T09:00:00+08:00"),
      closesAt: new Date("2019-03-20T18:00:00+08:00"),
      eligibleCount: 40,
      createdById: office.id,
      questions: {
        create: ["工作状态", "对改革的信心", "团队氛围", "身体状况"].map((text, i) => ({
          position: i + 1,
          text,
        })),
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  roundId = r.id;
  const respond = (departmentId: string, values: number[]) =>
    db.pulseResponse.create({
      data: {
        id: randomUUID(),
        roundId,
        departmentId,
        ageLayer: null,
        answers: { create: values.map((value, i) => ({ questionId: r.questions[i].id, value })) },
      },
    });
  for (const p of PATTERNS) for (let k = 0; k < 5; k++) await respond(A.id, p);
  for (let k = 0; k < 6; k++) await respond(B.id, [3, 3, 3, 3]);
});
afterAll(async () => {
  await db.pulseRound.deleteMany({ where: { id: roundId } });
});

describe("pulseDrivers", () => {
  it("analyses the 院 (31) and A (25), not B (6), from sums in the database", async () => {
    const d = (await pulseDrivers(db, NOW))!;
    expect(d.round.id).toBe(roundId);
    expect(d.groups.map((g) => [g.name, g.n])).toEqual([
      ["全院", 31],
      [A.name, 25],
    ]);
    const a = d.groups[1].drivers;
    expect(a.map((x) => x.mean)).toEqual([3, 4.6, 3, 3]);
    expect(a[0].impact).toBeCloseTo(0.9428, 4);
    expect(a[1].impact).toBeCloseTo(-0.5774, 4);
    expect(a[3].impact).toBeNull();
  });
});
