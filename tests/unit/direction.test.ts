// 党组引航's pure rules with fixed dates: overdue is derived from the due date
// (end of that day, Asia/Shanghai) and never from a stored flag; progress
// sums; who may post progress; and the schemas' handling of form input.
import { describe, expect, it } from "vitest";

import { shanghaiYear, startOfShanghaiDay } from "@/lib/dates";
import { canPostProgress, progressScopeWhere } from "@/lib/direction/deployments/access";
import { isOverdue, overdueCutoff, summariseAssignments } from "@/lib/direction/deployments/rules";
import { CreateDeploymentInput } from "@/lib/direction/deployments/schemas";
import { CreateMeetingInput } from "@/lib/direction/meetings/schemas";
import { OverviewFilter } from "@/lib/direction/schemas";

const due = new Date("2026-06-30T00:00:00+08:00");

describe("isOverdue", () => {
  it.each([
    ["on the due day itself, late evening", "2026-06-30T23:59:00+08:00", "IN_PROGRESS", false],
    ["the day before", "2026-06-29T10:00:00+08:00", "OPEN", false],
    ["the first minute of the next day", "2026-07-01T00:00:00+08:00", "OPEN", true],
    ["weeks later, still in progress", "2026-07-20T09:00:00+08:00", "IN_PROGRESS", true],
    ["weeks later, but done", "2026-07-20T09:00:00+08:00", "DONE", false],
    // 2026-06-30 16:30 UTC is already 1 July in Shanghai.
    [
      "just after midnight Shanghai time, still 30 June in UTC",
      "2026-06-30T16:30:00Z",
      "OPEN",
      true,
    ],
  ])("%s", (_, now, status, expected) => {
    expect(isOverdue({ dueDate: due, status }, new Date(now))).toBe(expected);
  });

  it("treats a due date stored at any hour of the day the same", () => {
    const nineAm = new Date("2026-06-30T09:00:00+08:00");
    expect(
      isOverdue({ dueDate: nineAm, status: "OPEN" }, new Date("2026-06-30T18:00:00+08:00")),
    ).toBe(false);
    expect(
      isOverdue({ dueDate: nineAm, status: "OPEN" }, new Date("2026-07-01T08:00:00+08:00")),
    ).toBe(true);
  });

  it("puts the database cutoff at the start of today in Shanghai", () => {
    expect(overdueCutoff(new Date("2026-07-01T03:00:00Z")).toISOString()).toBe(
      "2026-06-30T16:00:00.000Z",
    );
    expect(startOfShanghaiDay(new Date("2026-06-30T15:59:59Z")).toISOString()).toBe(
      "2026-06-29T16:00:00.000Z",
    );
    expect(shanghaiYear(new Date("2025-12-31T16:30:00Z"))).toBe(2026);
  });
});

describe("summariseAssignments", () => {
  it("counts done, in progress, open and overdue", () => {
    const now = new Date("2026-07-10T09:00:00+08:00");
    const rows = [
      { dueDate: due, status: "DONE" },
      { dueDate: due, status: "IN_PROGRESS" },
      { dueDate: due, status: "OPEN" },
      { dueDate: new Date("2026-12-31T00:00:00+08:00"), status: "OPEN" },
    ];
    expect(summariseAssignments(rows, now)).toEqual({
      total: 4,
      done: 1,
      inProgress: 1,
      open: 2,
      overdue: 2,
      percent: 25,
    });
    expect(summariseAssignments([], now)).toEqual({
      total: 0,
      done: 0,
      inProgress: 0,
      open: 0,
      overdue: 0,
      percent: 0,
    });
  });
});

describe("canPostProgress", () => {
  const assignment = { departmentId: "dA", ownerId: "owner" };
  it.each([
    [
      "the department's liaison",
      { id: "x", departmentId: "dA", roles: ["LIAISON", "STAFF"] },
      true,
    ],
    ["the department's head", { id: "x", departmentId: "dA", roles: ["DEPT_HEAD", "STAFF"] }, true],
    [
      "the owner, wherever they sit now",
      { id: "owner", departmentId: "dB", roles: ["STAFF"] },
      true,
    ],
    [
      "another department's liaison",
      { id: "x", departmentId: "dB", roles: ["LIAISON", "STAFF"] },
      false,
    ],
    ["plain staff of the department", { id: "x", departmentId: "dA", roles: ["STAFF"] }, false],
    [
      "政治处, not of the department",
      { id: "x", departmentId: "dZ", roles: ["POLITICAL_OFFICE", "STAFF"] },
      false,
    ],
    ["a leader", { id: "x", departmentId: null, roles: ["LEADER", "STAFF"] }, false],
  ] as const)("%s → %s", (_, viewer, expected) => {
    expect(canPostProgress(viewer, assignment)).toBe(expected);
  });

  it("matches the database scope", () => {
    expect(progressScopeWhere({ id: "u", departmentId: "dA", roles: ["LIAISON"] })).toEqual({
      OR: [{ ownerId: "u" }, { departmentId: "dA" }],
    });
    expect(
      progressScopeWhere({ id: "u", departmentId: "dA", roles: ["POLITICAL_OFFICE"] }),
    ).toEqual({ OR: [{ ownerId: "u" }] });
    expect(progressScopeWhere({ id: "u", departmentId: null, roles: ["DEPT_HEAD"] })).toEqual({
      OR: [{ ownerId: "u" }],
    });
  });
});

describe("schemas", () => {
  it("zips the form's parallel assignment lists and dates them at 00:00 Shanghai", () => {
    const r = CreateDeploymentInput.parse({
      title: " 部署 ",
      assignmentDepartmentId: ["d1", "d2"],
      assignmentOwnerId: ["u1", "u2"],
      assignmentDueDate: ["2026-06-30", "2026-07-31"],
    });
    expect(r.title).toBe("部署");
    expect(r.assignments).toEqual([
      { departmentId: "d1", ownerId: "u1", dueDate: new Date("2026-06-29T16:00:00Z") },
      { departmentId: "d2", ownerId: "u2", dueDate: new Date("2026-07-30T16:00:00Z") },
    ]);
  });

  it("flags a half-filled row and a repeated department on the row itself", () => {
    const r = CreateDeploymentInput.safeParse({
      title: "部署",
      assignmentDepartmentId: ["d1", "d1"],
      assignmentOwnerId: ["u1", ""],
      assignmentDueDate: ["2026-06-30", "2026-06-30"],
    });
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["assignments.1.ownerId", "请选择责任人"],
        ["assignments.1.departmentId", "同一部署事项中部门不能重复"],
      ]),
    );
  });

  it("takes attendees as one id or many, without repeats", () => {
    expect(
      CreateMeetingInput.parse({
        type: "DANGZU",
        title: "会",
        heldAt: "2026-01-08",
        attendeeIds: "u1",
      }).attendeeIds,
    ).toEqual(["u1"]);
    expect(
      CreateMeetingInput.parse({
        type: "DANGZU",
        title: "会",
        heldAt: "2026-01-08",
        attendeeIds: ["u1", "u2", "u1"],
      }).attendeeIds,
    ).toEqual(["u1", "u2"]);
    expect(
      CreateMeetingInput.parse({ type: "DANGZU", title: "会", heldAt: "2026-01-08" }).attendeeIds,
    ).toEqual([]);
  });

  it("falls back to the current year for a bad year filter", () => {
    expect(OverviewFilter.parse({ year: "2025" }).year).toBe(2025);
    expect(OverviewFilter.parse({ year: "abc" }).year).toBe(shanghaiYear(new Date()));
  });
});
