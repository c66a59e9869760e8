// 思想状况测评 on a real database, results: answers sealed while the round is
// open and released coarsened when it closes, results hide small groups and
// show the response rate, and staff cannot open the results or management
// pages. Shared people and builders: ./fixtures/pulse.ts.
import { beforeAll, describe, expect, it } from "vitest";

import PulseResultsPage from "@/app/(portal)/pulse/[id]/results/page";
import NewPulseRoundPage from "@/app/(portal)/pulse/new/page";
import PulsePage from "@/app/(portal)/pulse/page";
import { db } from "@/lib/db";
import { activeBusinessUser } from "@/lib/people/active";
import { OTHER_GROUP } from "@/lib/people/masking";
import { closePulseRound } from "@/lib/pulse/actions";
import { getRoundResults, listPulseRounds } from "@/lib/pulse/queries";

import {
  answer,
  big,
  bigDept,
  counts,
  head,
  leader,
  mid,
  midDept,
  newRound,
  office,
  session,
  setupPulse,
  staff,
  tiny,
} from "./fixtures/pulse";
import { actAs } from "./helpers";

setupPulse();

describe("results", () => {
  let roundId: string;
  beforeAll(async () => {
    roundId = await newRound();
    // big: 4 middle-aged answer 4,4,4 and 3 young answer 2,3,5; mid: 3 old answer 1,2,3; tiny: 2 young answer 5,5,5.
    for (const u of big.slice(0, 4))
      expect(await answer(u, roundId, [4, 4, 4], "希望多组织业务培训")).toMatchObject({ ok: true });
    for (const u of big.slice(4))
      expect(await answer(u, roundId, [2, 3, 5])).toMatchObject({ ok: true });
    for (const u of mid.slice(0, 3))
      expect(await answer(u, roundId, [1, 2, 3], "加班太多")).toMatchObject({ ok: true });
    for (const u of tiny) expect(await answer(u, roundId, [5, 5, 5])).toMatchObject({ ok: true });
  });

  it("keeps every answer sealed while the round is open", async () => {
    expect(await counts(roundId)).toEqual({
      participations: 12,
      sealed: 12,
      responses: 0,
      answers: 0,
    });
  });

  it("shows only the response rate while the round is open", async () => {
    const r = (await getRoundResults(await session(office), roundId, "10.1.2.3"))!;
    const round = await db.pulseRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(r).toMatchObject({ status: "OPEN", responses: 12, results: null });
    expect(r.rate).toBe(Math.round((12 / round.eligibleCount) * 100));
    const list = await listPulseRounds(await session(office), 1);
    expect(list.current.find((x) => x.id === roundId)).toMatchObject({
      responses: 12,
      eligible: round.eligibleCount,
      rate: r.rate,
    });
  });

  it("after closing, shows groups of 5 or more only: the small departments merge into 其他部门", async () => {
    await actAs(office);
    expect(await closePulseRound({ id: roundId })).toMatchObject({ ok: true });
    // Released on closing, coarsened: every stored (department, age layer) tuple holds 5 or more.
    // big (7: 4 middle, 3 young) keeps its department but not its layers; mid (3) and tiny (2) are 其他部门, without layers.
    expect(await counts(roundId)).toEqual({
      participations: 12,
      sealed: 0,
      responses: 12,
      answers: 36,
    });
    const tuples = await db.pulseResponse.groupBy({
      by: ["departmentId", "ageLayer"],
      where: { roundId },
      _count: { _all: true },
    });
    expect(
      Object.fromEntries(
        tuples.map((t) => [`${t.departmentId ?? "null"}|${t.ageLayer ?? "null"}`, t._count._all]),
      ),
    ).toEqual({ [`${bigDept.id}|null`]: 7, "null|null": 5 });
    const r = (await getRoundResults(await session(leader), roundId, "10.1.2.3"))!;
    expect(r.status).toBe("CLOSED");
    const res = r.results!;
    expect(res.masked.total).toBe(12);
    // mid (3 answered) and tiny (2, stored without department) are one 5-person group.
    expect(res.departments.map((d) => [d.key, d.n])).toEqual([
      [bigDept.id, 7],
      [OTHER_GROUP, 5],
    ]);
    expect(res.departmentNames[midDept.id]).toBeUndefined();
    const mean = (xs: number[]) =>
      Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
    expect(res.departments[0].means).toEqual([
      mean([4, 4, 4, 4, 2, 2, 2]),
      mean([4, 4, 4, 4, 3, 3, 3]),
      mean([4, 4, 4, 4, 5, 5, 5]),
    ]);
    expect(res.departments[1].means).toEqual([
      mean([1, 1, 1, 5, 5]),
      mean([2, 2, 2, 5, 5]),
      mean([3, 3, 3, 5, 5]),
    ]);
    // No age layer survived the release, so there is no age breakdown.
    expect(res.ageGroups).toBeNull();
    expect(res.masked.ageWithheld).toBe("TOO_FEW");
    // Per-group rates: the department groups' populations when the round was released.
    const big = await db.user.count({
      where: { AND: [activeBusinessUser, { departmentId: bigDept.id }] },
    });
    const all = await db.user.count({ where: activeBusinessUser });
    expect(res.departmentPopulations).toEqual({ [bigDept.id]: big, [OTHER_GROUP]: all - big });
    expect(res.overall[0].counts).toEqual([3, 3, 0, 4, 2]);
    expect(res.comments.sort()).toEqual(
      [...Array(4).fill("希望多组织业务培训"), ...Array(3).fill("加班太多")].sort(),
    );
    expect(res.commentTotal).toBe(7);
    const audit = await db.auditLog.findFirst({
      where: { action: "pulse.results.read", objectId: roundId },
      orderBy: { seq: "desc" },
    });
    expect(audit).toMatchObject({ userId: leader.id, result: "SUCCESS" });
  });

  it("shows nothing, not even comments, when fewer than 5 answered", async () => {
    const small = await newRound();
    for (const u of mid.slice(3))
      expect(await answer(u, small, [5, 1, 5], "只有三个人")).toMatchObject({ ok: true });
    await actAs(office);
    expect(await closePulseRound({ id: small })).toMatchObject({ ok: true });
    const r = (await getRoundResults(await session(office), small, "10.1.2.3"))!;
    expect(r).toMatchObject({ status: "CLOSED", responses: 3 });
    expect(r.results).toMatchObject({
      masked: { showTotal: false },
      overall: [],
      departments: [],
      ageGroups: null,
      comments: [],
      commentTotal: 0,
    });
    // Never released: the three answers stay sealed.
    expect(await counts(small)).toEqual({ participations: 3, sealed: 3, responses: 0, answers: 0 });
  });

  it("keeps staff, heads and liaisons out of results and set-up: 404, and no figures from the query", async () => {
    for (const u of [staff, head]) {
      await actAs(u);
      await expect(
        PulseResultsPage({
          params: Promise.resolve({ id: roundId }),
          searchParams: Promise.resolve({}),
        }),
      ).rejects.toThrow("NEXT_NOT_FOUND");
      await expect(NewPulseRoundPage()).rejects.toThrow("NEXT_NOT_FOUND");
      expect(await getRoundResults(await session(u), roundId, "10.1.2.3")).toBeNull();
      // The list itself is theirs to see, without response rates.
      await actAs(u);
      await expect(PulsePage({ searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
      const list = await listPulseRounds(await session(u), 1);
      expect(
        [...list.current, ...list.closed].every((r) => r.responses === null && r.rate === null),
      ).toBe(true);
    }
    const denied = await db.auditLog.findFirst({
      where: { action: "page.view", userId: head.id, objectId: "/pulse/new" },
      orderBy: { seq: "desc" },
    });
    expect(denied).toMatchObject({ result: "DENIED" });
    // 院领导 and 政治处 may open the results page; only 政治处 the set-up page.
    await actAs(leader);
    await expect(
      PulseResultsPage({
        params: Promise.resolve({ id: roundId }),
        searchParams: Promise.resolve({}),
      }),
    ).resolves.toBeTruthy();
    await expect(NewPulseRoundPage()).rejects.toThrow("NEXT_NOT_FOUND");
    await actAs(office);
    await expect(NewPulseRoundPage()).resolves.toBeTruthy();
    await expect(
      PulseResultsPage({
        params: Promise.resolve({ id: "cnotarealround00000000000" }),
        searchParams: Promise.resolve({}),
      }),
    ).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
