// The leadership dashboard on a real database: study and consultation volume
// per Shanghai month, and only LEADER and 政治处 open the page. Shared world:
// ./fixtures/dashboard.ts.
import { describe, expect, it } from "vitest";

import DashboardPage from "@/app/(portal)/dashboard/page";
import { getDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import {
  B,
  head,
  leader,
  NOW,
  office,
  session,
  setupDashboard,
  shanghai,
  staff,
} from "./fixtures/dashboard";
import { actAs, lastAudit, makeUser } from "./helpers";

setupDashboard();

describe("study and consultation volume", () => {
  it("counts activities held, 出席 recorded, approved self-study hours and consultations per Shanghai month", async () => {
    const before = (await getDashboard(await session(office), NOW))!.volume;
    expect(before.map((v) => v.month)).toEqual([
      "2020-03",
      "2020-04",
      "2020-05",
      "2020-06",
      "2020-07",
      "2020-08",
    ]);
    const people = [await makeUser({ departmentId: B.id }), await makeUser({ departmentId: B.id })];
    // 31 July 23:30 in Shanghai is still July; 1 August 00:10 is August.
    const act = await db.studyActivity.create({
      data: {
        type: "SEMINAR",
        title: "测试讲座",
        heldAt: shanghai("2020-07-31T23:30:00"),
        scopeType: "USERS",
        organiserId: office.id,
        createdById: office.id,
        attendance: {
          create: [
            { userId: people[0].id, status: "PRESENT" },
            { userId: people[1].id, status: "ABSENT" },
          ],
        },
      },
    });
    const logs = [
      await db.studyLog.create({
        data: {
          userId: people[0].id,
          kind: "READING",
          title: "读书",
          studiedOn: shanghai("2020-07-10T00:00:00"),
          tenths: 15,
          status: "APPROVED",
        },
      }),
      await db.studyLog.create({
        data: {
          userId: people[0].id,
          kind: "READING",
          title: "读书",
          studiedOn: shanghai("2020-07-11T00:00:00"),
          tenths: 20,
          status: "SUBMITTED",
        },
      }),
    ];
    const asks = [
      await db.consultation.create({
        data: {
          askerId: people[1].id,
          channel: "ONLINE",
          question: "入额问题",
          askedAt: shanghai("2020-07-31T23:59:00"),
        },
      }),
      await db.consultation.create({
        data: {
          askerId: people[1].id,
          channel: "ONLINE",
          question: "职级问题",
          askedAt: shanghai("2020-08-01T00:10:00"),
        },
      }),
    ];
    try {
      const after = (await getDashboard(await session(office), NOW))!.volume;
      const diff = (month: string) => {
        const a = after.find((v) => v.month === month)!,
          b = before.find((v) => v.month === month)!;
        return {
          activities: a.activities - b.activities,
          present: a.present - b.present,
          hours: a.hours - b.hours,
          consultations: a.consultations - b.consultations,
        };
      };
      expect(diff("2020-07")).toEqual({ activities: 1, present: 1, hours: 1.5, consultations: 1 });
      expect(diff("2020-08")).toEqual({ activities: 0, present: 0, hours: 0, consultations: 1 });
    } finally {
      await db.consultation.deleteMany({ where: { id: { in: asks.map((a) => a.id) } } });
      await db.studyLog.deleteMany({ where: { id: { in: logs.map((l) => l.id) } } });
      await db.studyActivity.delete({ where: { id: act.id } });
    }
  });
});

describe("the /dashboard page", () => {
  it("answers 404 to STAFF and DEPT_HEAD, audited, and renders for LEADER and 政治处", async () => {
    for (const u of [staff, head]) {
      await actAs(u);
      await expect(DashboardPage()).rejects.toThrow("NEXT_NOT_FOUND");
      expect(await lastAudit()).toMatchObject({
        action: "page.view",
        result: "DENIED",
        userId: u.id,
        objectId: "/dashboard",
      });
      expect(await getDashboard(await session(u))).toBeNull();
    }
    for (const u of [leader, office]) {
      await actAs(u);
      await expect(DashboardPage()).resolves.toBeTruthy();
    }
  });
});
