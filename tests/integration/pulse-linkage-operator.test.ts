// 思想状况测评 against the operator, who holds DATA_KEY (docs/security.md item
// 17): knowing exactly who answered a released round, they still cannot
// narrow any response to fewer than MIN_GROUP_SIZE people. The same
// population and rounds as pulse-linkage-reader.test.ts, built afresh.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import {
  candidateSets,
  expectAllHidden,
  makeLinkageRounds,
  MIN,
  type U,
} from "./fixtures/pulse-linkage";

let everyone: U[] = [];
let closedRound: string;

beforeAll(async () => {
  ({ everyone, closedRound } = await makeLinkageRounds());
});

describe("the operator, with DATA_KEY", () => {
  it("after release, can narrow no response to fewer than 5 people, knowing exactly who answered", async () => {
    const { participationToken } = await import("@/lib/pulse/participation");
    const tokens = new Set(
      (
        await db.pulseParticipation.findMany({
          where: { roundId: closedRound },
          select: { token: true },
        })
      ).map((p) => p.token),
    );
    const users = await db.user.findMany({ select: { id: true } });
    const answered = new Set(
      users.filter((u) => tokens.has(participationToken(closedRound, u.id))).map((u) => u.id),
    );
    expect(answered).toEqual(new Set(everyone.map((u) => u.id)));
    expectAllHidden(await candidateSets(closedRound, answered));
    // Every released (department, age layer) tuple holds at least 5 responses.
    const tuples = await db.pulseResponse.groupBy({
      by: ["departmentId", "ageLayer"],
      where: { roundId: closedRound },
      _count: { _all: true },
    });
    expect(tuples.every((t) => t._count._all >= MIN)).toBe(true);
    expect(tuples.reduce((s, t) => s + t._count._all, 0)).toBe(everyone.length);
  });
});
