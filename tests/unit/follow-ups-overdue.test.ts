// Overdue is derived from the due date and the status, with fixed dates.
import { describe, expect, it } from "vitest";

import { daysOverdue, isOverdue, overdueWhere } from "@/lib/follow-ups/overdue";

const now = new Date("2026-11-01T10:00:00+08:00");
const due = (iso: string) => new Date(iso);

describe("isOverdue", () => {
  it.each([
    ["OPEN", "2026-10-31T23:59:59.999+08:00", true],
    ["IN_PROGRESS", "2026-10-20T23:59:59.999+08:00", true],
    ["RESOLVED", "2026-10-20T23:59:59.999+08:00", false],
    ["CLOSED", "2026-10-20T23:59:59.999+08:00", false],
    ["OPEN", "2026-11-01T23:59:59.999+08:00", false],
    ["IN_PROGRESS", "2026-12-01T23:59:59.999+08:00", false],
    ["OPEN", "2026-11-01T09:59:59.999+08:00", true],
    ["OPEN", "2026-11-01T10:00:00.000+08:00", false],
  ])("%s due %s → %s", (status, d, expected) => {
    expect(isOverdue({ status, dueDate: due(d) }, now)).toBe(expected);
  });

  it("is never overdue without a due date", () => {
    expect(isOverdue({ status: "OPEN", dueDate: null }, now)).toBe(false);
  });

  it("counts whole days late, at least one", () => {
    expect(
      daysOverdue({ status: "OPEN", dueDate: due("2026-10-31T23:59:59.999+08:00") }, now),
    ).toBe(1);
    expect(
      daysOverdue({ status: "OPEN", dueDate: due("2026-10-21T23:59:59.999+08:00") }, now),
    ).toBe(11);
    expect(
      daysOverdue({ status: "CLOSED", dueDate: due("2026-10-21T23:59:59.999+08:00") }, now),
    ).toBe(0);
  });

  it("has a database form with the same rule", () => {
    expect(overdueWhere(now)).toEqual({
      dueDate: { lt: now },
      status: { in: ["OPEN", "IN_PROGRESS"] },
    });
  });
});
