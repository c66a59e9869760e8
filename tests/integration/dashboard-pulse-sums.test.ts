// Issue 18: the index's pulse sums hash instead of sorting every answer of
// the window. Responses are counted apart from the answers' sums, so no
// statement of loadSentiment counts DISTINCT over the join (PostgreSQL sorted
// all 47,000 answers of the 10× window for it, on disk). A response without
// answers still counts as a respondent, as before.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadSentiment } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import { makeDepartment, makeUser } from "./helpers";
import { countQueries } from "./query-count";

// Far from every other test's months: the 24-month window is 2012-01 … 2013-12.
const NOW = new Date("2013-12-20T10:00:00+08:00");

describe("the index's pulse sums", () => {
  let roundId = "";
  let dept = { id: "" };

  beforeAll(async () => {
    dept = await makeDepartment();
    const office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
    const round = await db.pulseRound.create({
      data: {
        title: "思想状况测评",
        opensAt: new Date("2013-11-01T00:00:00+08:00"),
        closesAt: new Date("2013-11-10T00:00:00+08:00"),
        eligibleCount: 10,
        createdById: office.id,
        questions: { create: [{ position: 1, text: "工作状态" }] },
      },
      include: { questions: true },
    });
    roundId = round.id;
    // Six respondents: five answered 4, one left the statement blank.
    for (let i = 0; i < 6; i++)
      await db.pulseResponse.create({
        data: {
          id: randomUUID(),
          roundId,
          departmentId: dept.id,
          ageLayer: "MIDDLE",
          answers:
            i < 5 ? { create: [{ questionId: round.questions[0].id, value: 4 }] } : undefined,
        },
      });
  });

  afterAll(async () => {
    await db.pulseRound.delete({ where: { id: roundId } });
    await db.department.delete({ where: { id: dept.id } });
  });

  it("counts six respondents and five answers, without COUNT(DISTINCT …)", async () => {
    const { result: s, statements } = await countQueries(() => loadSentiment(db, NOW));
    const nov = s.months.indexOf("2013-11");
    // Pulse only (no reports): mean 4 → 100 × 3/4 = 75, n = 6 respondents.
    expect(s.overall.cells[nov]).toMatchObject({ kind: "value", index: 75, pulse: 4, n: 6 });
    expect(s.departments.find((r) => r.key === dept.id)!.cells[nov]).toMatchObject({ n: 6 });
    expect(statements.filter((q) => /COUNT\s*\(\s*DISTINCT/i.test(q))).toEqual([]);
  });
});
