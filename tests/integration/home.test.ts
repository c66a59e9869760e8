// The home page's 待办 counts come from the database and follow the roles.
import { describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTodos } from "@/lib/home/todos";
import { participationToken } from "@/lib/pulse/participation";

import { actAs, makeDepartment, makeUser } from "./helpers";

describe("home 待办", () => {
  it("shows a head the reports waiting for review, and 政治处 the unassigned follow-ups", async () => {
    const dept = await makeDepartment();
    const head = await makeUser({ departmentId: dept.id, roles: ["DEPT_HEAD"] });
    const liaison = await makeUser({ departmentId: dept.id, roles: ["LIAISON"] });
    await db.department.update({
      where: { id: dept.id },
      data: { headId: head.id, liaisonId: liaison.id },
    });
    await db.liaisonReport.create({
      data: {
        departmentId: dept.id,
        kind: "ADHOC",
        title: "t",
        authorId: liaison.id,
        status: "SUBMITTED",
        mood: 3,
        stability: "STABLE",
      },
    });
    const headTodos = await listTodos((await loadSessionUser(await actAs(head)))!);
    expect(headTodos.find((t) => t.key === "report-review")?.count).toBe(1);
    expect(headTodos.find((t) => t.key === "followup-unassigned")).toBeUndefined();

    const office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
    const before =
      (await listTodos((await loadSessionUser(await actAs(office)))!)).find(
        (t) => t.key === "followup-unassigned",
      )?.count ?? 0;
    await db.followUp.create({ data: { title: "x", sourceType: "MANUAL" } });
    const after = (await listTodos((await loadSessionUser(await actAs(office)))!)).find(
      (t) => t.key === "followup-unassigned",
    )?.count;
    expect(after).toBe(before + 1);
    // A plain member of staff sees neither.
    const staff = await makeUser({ departmentId: dept.id });
    const staffKeys = (await listTodos((await loadSessionUser(await actAs(staff)))!)).map(
      (t) => t.key,
    );
    expect(staffKeys).not.toContain("report-review");
    expect(staffKeys).not.toContain("followup-unassigned");
  });

  it("lists the open pulse rounds a person has not answered, and forgets them once answered or closed", async () => {
    const staff = await makeUser({ departmentId: (await makeDepartment()).id });
    const creator = await makeUser({ roles: ["POLITICAL_OFFICE"] });
    const now = new Date();
    const key = async () =>
      (await listTodos((await loadSessionUser(await actAs(staff)))!, now)).find(
        (t) => t.key === "pulse-open",
      )?.count ?? 0;
    const before = await key();
    const round = await db.pulseRound.create({
      data: {
        title: "待办测试测评",
        opensAt: new Date(now.getTime() - 3600_000),
        closesAt: new Date(now.getTime() + 3600_000),
        eligibleCount: 1,
        createdById: creator.id,
      },
    });
    const closed = await db.pulseRound.create({
      data: {
        title: "已结束测评",
        opensAt: new Date(now.getTime() - 7200_000),
        closesAt: new Date(now.getTime() - 3600_000),
        eligibleCount: 1,
        createdById: creator.id,
      },
    });
    expect(await key()).toBe(before + 1);
    await db.pulseParticipation.create({
      data: { roundId: round.id, token: participationToken(round.id, staff.id) },
    });
    expect(await key()).toBe(before);
    await db.pulseRound.deleteMany({ where: { id: { in: [round.id, closed.id] } } });
  });
});
