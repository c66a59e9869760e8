// The department dashboard (/department, lib/department/queries.ts) on a real
// database: who opens which department (head, liaison, 分管院领导 by the
// department's posts; 政治处 any; anyone else 404), the figures against a hand
// count, and the pulse figures only as the dashboard's masked groups (a
// department with fewer than 5 respondents shows the merged 其他部门 group).
// The world is ./fixtures/department.ts.
import { describe, expect, it } from "vitest";

import DepartmentByIdPage from "@/app/(portal)/department/[id]/page";
import DepartmentPage from "@/app/(portal)/department/page";
import { db } from "@/lib/db";
import { listViewableDepartments } from "@/lib/department/queries";
import { loadRules } from "@/lib/study/points/queries";

import {
  dashboardOf,
  headX,
  headY,
  leaderX,
  liaisonX,
  liaisonY,
  office,
  report,
  round,
  session,
  setupDepartmentWorld,
  staff,
  X,
  Y,
  Z,
  type U,
} from "./fixtures/department";
import { seedRecords } from "./fixtures/department-records";
import { actAs, lastAudit } from "./helpers";

setupDepartmentWorld();

describe("who opens which department", () => {
  it("gives a head of another department 404 on /department/[id], and the same null as an unknown id", async () => {
    for (const u of [headY, liaisonY]) {
      expect(await dashboardOf(u, X.id)).toBeNull();
      await actAs(u);
      await expect(DepartmentByIdPage({ params: Promise.resolve({ id: X.id }) })).rejects.toThrow(
        "NEXT_NOT_FOUND",
      );
    }
    expect(await dashboardOf(headX, "no-such-department")).toBeNull();
    await actAs(headX);
    await expect(
      DepartmentByIdPage({ params: Promise.resolve({ id: X.id }) }),
    ).resolves.toBeTruthy();
  });

  it("lets the head, the liaison and the 分管院领导 open their department only, and 政治处 any", async () => {
    const ids = async (u: U) =>
      (await listViewableDepartments(await session(u)))
        .map((d) => d.id)
        .filter((id) => [X.id, Y.id, Z.id].includes(id));
    expect(await ids(headX)).toEqual([X.id]);
    expect(await ids(liaisonX)).toEqual([X.id]);
    expect(await ids(leaderX)).toEqual([X.id]);
    expect(await ids(headY)).toEqual([Y.id]);
    expect(await ids(office)).toEqual([X.id, Y.id, Z.id]);
    expect((await dashboardOf(leaderX, X.id))?.relation).toBe("LEADER");
    expect(await dashboardOf(leaderX, Y.id)).toBeNull();
    expect((await dashboardOf(office, Y.id))?.relation).toBe("OFFICE");
  });

  it("lists every department to 政治处, however many the 院 has (no silent cut at 200)", async () => {
    // A 市院 at 100× has over a thousand departments; the chooser and the
    // people search both take their scope from this list.
    const tag = `cut${Date.now().toString(36)}`;
    const many = Array.from({ length: 205 }, (_, i) => ({
      name: `${tag}-${i}`,
      code: `${tag}-${i}`,
      sortOrder: -1,
    }));
    await db.department.createMany({ data: many });
    try {
      const all = await listViewableDepartments(await session(office));
      expect(all.filter((d) => d.name.startsWith(tag))).toHaveLength(205);
      expect(all.map((d) => d.id).filter((id) => [X.id, Y.id, Z.id].includes(id))).toEqual([
        X.id,
        Y.id,
        Z.id,
      ]);
    } finally {
      await db.department.deleteMany({ where: { code: { startsWith: tag } } });
    }
  });

  it("shows a liaison's /department as their own department, never another's", async () => {
    await actAs(liaisonX);
    const page = JSON.stringify(await DepartmentPage({ searchParams: Promise.resolve({}) }));
    expect(page).toContain(X.name);
    expect(page).not.toContain(Y.name);
  });

  it("answers 404 to staff without a post, audited", async () => {
    expect(await listViewableDepartments(await session(staff))).toEqual([]);
    expect(await dashboardOf(staff, X.id)).toBeNull();
    await actAs(staff);
    await expect(DepartmentPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    expect(await lastAudit()).toMatchObject({
      action: "page.view",
      result: "DENIED",
      objectId: "/department",
    });
  });
});

describe("the figures", () => {
  it("equal a hand count of the department's records, and leave the other department's out", async () => {
    const cycleId = await seedRecords();
    const d = (await dashboardOf(headX, X.id))!;
    expect(d.department.people).toBe(4); // the head, the liaison, 甲干警 and the staff member
    expect(d.periods.map((p) => [p.key, p.compliance, p.filed])).toEqual([
      ["2018-05", "ON_TIME", true],
      ["2018-06", "PENDING", false],
    ]);
    expect(d.followUps).toMatchObject({ active: 3, overdue: 1, resolved: 1, closed: 1 });
    expect(d.followUps.open).toHaveLength(3);
    // The head reads the department's reports, so the concern's title is theirs to see.
    expect(d.followUps.open[0]).toMatchObject({
      overdue: true,
      title: "关注人员跟进：某某（家庭困难）",
    });
    expect(d.deployments).toMatchObject({ total: 2, done: 1, open: 1, inProgress: 0, overdue: 1 });
    expect(d.deployments.active.map((a) => a.title)).toEqual(["部署一"]);
    const rules = await loadRules();
    const byName = new Map(d.study.map((r) => [r.realName, r]));
    expect(d.study).toHaveLength(4);
    expect(byName.get("甲干警")).toMatchObject({
      present: 1,
      recorded: 1,
      counts: { presentCore: 1, absent: 0, approvedTenths: 15 },
      points: rules.ATTEND_PRESENT_CORE * 10 + 15 * rules.LOG_HOUR,
    });
    expect(byName.get("甲负责人")).toMatchObject({
      present: 0,
      recorded: 1,
      points: rules.ATTEND_ABSENT * 10,
    });
    expect(d.talks).toHaveLength(1);
    expect(d.talks[0]).toMatchObject({ members: 3, covered: 1, percent: 33.3, open: true });
    expect(d.appraisal).toMatchObject({
      cycle: { id: cycleId },
      sheets: { total: 2, scored: 1 },
      tasks: { total: 4, scored: 3 },
    });
    // The liaison is offered to file June; the head is not. The leader gets no concern name, no report link.
    expect(d.may.fileReport).toBe(false);
    expect((await dashboardOf(liaisonX, X.id))!.may.fileReport).toBe(true);
    const asLeader = (await dashboardOf(leaderX, X.id))!;
    expect(asLeader.followUps.open[0].title).toBe("关注人员跟进");
    expect(asLeader.periods[0].reportId).toBeNull();
    expect(asLeader.followUps.open.every((f) => !f.linkable)).toBe(true);
  });
});

describe("pulse figures", () => {
  it("show only the dashboard's masked groups: fewer than 5 of the department merge into 其他部门", async () => {
    // March: X 3 respondents (merged), Y 6, Z 7. April: X 5, Y 6, Z 6.
    await round("2018-03-20T12:00:00", [
      [X.id, 3],
      [Y.id, 6],
      [Z.id, 7],
    ]);
    await round("2018-04-20T12:00:00", [
      [X.id, 5],
      [Y.id, 6],
      [Z.id, 6],
    ]);
    await report(X.id, "2018-03", 3);
    const d = (await dashboardOf(headX, X.id))!;
    const march = d.trend.find((r) => r.month === "2018-03")!;
    const april = d.trend.find((r) => r.month === "2018-04")!;
    // March: X's 3 went into 其他部门 with Y (the smaller shown department): 9 people, never 3.
    expect(march).toMatchObject({
      masked: true,
      index: null,
      mood: 3,
      pulse: { group: "OTHER", n: 9 },
    });
    expect(march.pulse!.mean).toBeCloseTo((2 * 4 + 1 * 2 + 3 * 4 + 3 * 2) / 9, 6);
    // April: X's own group of 5 is shown.
    expect(april).toMatchObject({ masked: false, pulse: { group: "OWN", n: 5 } });
    expect(april.pulse!.mean).toBeCloseTo((3 * 4 + 2 * 2) / 5, 6);
    const ns = d.trend.flatMap((r) => (r.pulse ? [r.pulse.n] : []));
    expect(ns.every((n) => n >= 5)).toBe(true);
  });
});
