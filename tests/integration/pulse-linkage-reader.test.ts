// 思想状况测评 against a reader of the raw tables (docs/security.md item 17): someone with
// a copy of every table, but without DATA_KEY, tries to link each stored pulse
// response to the people who could have given it. They join participation to
// users and responses, search every column of every table for the answerers'
// ids, usernames and employee numbers next to the round's id (audit rows,
// notifications, anything), and use physical order: rowid on SQLite, xmin on
// PostgreSQL. For every response, the people consistent with all of that must
// number at least MIN_GROUP_SIZE. Then the same with the key (the operator):
// after release, still at least 5. The departments are built so that the
// department × age-layer cells hold one or two people. The operator's view is
// in pulse-linkage-operator.test.ts; the attacker is fixtures/pulse-linkage.ts.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import {
  candidateSets,
  dump,
  expectAllHidden,
  makeLinkageRounds,
  type U,
} from "./fixtures/pulse-linkage";

let everyone: U[] = [];
let openRound: string, closedRound: string, tinyRound: string;

beforeAll(async () => {
  ({ everyone, openRound, closedRound, tinyRound } = await makeLinkageRounds());
});

describe("a reader of every table, without DATA_KEY", () => {
  it("cannot narrow any response of an open round to fewer than 5 people", async () => {
    expectAllHidden(await candidateSets(openRound));
  });

  it("cannot narrow any response of a closed round to fewer than 5 people", async () => {
    const sets = await candidateSets(closedRound);
    expect(sets.length).toBe(everyone.length);
    expectAllHidden(sets);
  });

  it("cannot narrow any response of a round that fewer than 5 answered", async () => {
    expectAllHidden(await candidateSets(tinyRound));
  });

  it("finds none of the answerers next to the round in any table", async () => {
    const rows = (await dump()).filter((r) => r.table !== "User");
    for (const roundId of [openRound, closedRound, tinyRound]) {
      const beside = rows.filter((r) => r.text.includes(roundId));
      for (const u of everyone) {
        for (const n of [u.id, u.username, u.employeeNo!]) {
          const hit = beside.find((r) => r.text.includes(n));
          expect(hit, `${n} beside the round in ${hit?.table}`).toBeUndefined();
        }
      }
    }
    // Nor any audit row naming an answerer with a pulse action.
    const audit = await db.auditLog.findMany({
      where: { action: { startsWith: "pulse." }, userId: { in: everyone.map((u) => u.id) } },
    });
    expect(audit).toEqual([]);
  });
});
