// Issue 17's December scenario on a real database: on 7 December one
// department of 14 has filed its December report (mood 3) and nobody filed
// November. The headline stays on the last complete month (October, compared
// with September), December shows as 进行中 with 1/14, and the department
// that filed early does not warn. Before the fix the headline was December's
// 50 "较上月 −25" against October, and that department warned at −25.
import { beforeAll, describe, expect, it } from "vitest";

import { getDashboard, loadSentiment } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import { leader, report, session, setupDashboard } from "./fixtures/dashboard";
import { makeDepartment } from "./helpers";

setupDashboard();

// Far from every other test's months: the 24-month window is 2018-01 … 2019-12.
const NOW = new Date("2019-12-07T10:00:00+08:00");
const filed = ["2019-06", "2019-07", "2019-08", "2019-09", "2019-10"];

describe("the first week of December", () => {
  let depts: { id: string; name: string }[] = [];

  beforeAll(async () => {
    depts = [];
    for (let i = 0; i < 14; i++) depts.push(await makeDepartment());
    for (const d of depts) for (const key of filed) await report(d.id, key, 4);
    // November: nothing. December: the first department, mood 3, submitted.
    await report(depts[0].id, "2019-12", 3, { status: "SUBMITTED" });
  });

  it("keeps October as the headline, compared with September, and shows December 进行中 1/14", async () => {
    const s = await loadSentiment(db, NOW);
    const ours = new Set(depts.map((d) => d.id));
    // The early department does not warn on an incomplete month.
    expect(s.warnings.filter((w) => ours.has(w.departmentId))).toEqual([]);
    expect(s.headline).toMatchObject({
      month: "2019-10",
      index: 75,
      previous: { month: "2019-09", index: 75 },
      change: 0,
      skipped: [],
    });
    expect(s.headline!.pending).toEqual([
      { month: "2019-12", closed: false, reported: 1, expected: 14, complete: false },
    ]);
    // November closed on its due day (12-05) with no reports: complete, but no value.
    expect(s.status.at(-2)).toMatchObject({ month: "2019-11", closed: true, reported: 0 });
    expect(s.overall.cells.at(-2)).toEqual({ kind: "empty" });
  });

  it("gives the page the same headline and status", async () => {
    const d = (await getDashboard(await session(leader), NOW))!;
    expect(d.headline).toMatchObject({ month: "2019-10", index: 75 });
    expect(d.status.at(-1)).toMatchObject({ month: "2019-12", complete: false, reported: 1 });
  });

  it("counts December once it has closed (after 5 January)", async () => {
    const s = await loadSentiment(db, new Date("2020-01-06T09:00:00+08:00"));
    expect(s.status.find((m) => m.month === "2019-12")).toMatchObject({
      closed: true,
      complete: true,
    });
    expect(s.headline).toMatchObject({
      month: "2019-12",
      index: 50,
      previous: { month: "2019-10", index: 75 },
      change: -25,
      skipped: ["2019-11"],
    });
  });
});
