import { describe, expect, it } from "vitest";

import { complianceOf, complianceTable, complianceTotals } from "@/lib/reports/compliance";
import { periodContaining, periodFromKey, periodsBetween } from "@/lib/reports/periods";
import { nextReportStatus, REPORT_STATUSES, type ReportCommand } from "@/lib/reports/state";

describe("reporting periods (Asia/Shanghai)", () => {
  it("puts an instant in its Shanghai month, due on day 5 of the next month", () => {
    // 2026-10-31 20:00 UTC is already 1 November in Shanghai.
    const p = periodContaining(new Date("2026-10-31T20:00:00Z"));
    expect(p.key).toBe("2026-11");
    expect(p.label).toBe("2026年11月");
    expect(p.startsAt.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(p.dueAt.toISOString()).toBe("2026-12-05T15:59:59.999Z");
  });
  it("handles December into January", () => {
    expect(periodFromKey("2025-12")!.dueAt.toISOString()).toBe("2026-01-05T15:59:59.999Z");
  });
  it("supports quarterly schedules", () => {
    const p = periodContaining(new Date("2026-08-15T00:00:00Z"), {
      frequency: "QUARTERLY",
      dueDay: 10,
    });
    expect(p.key).toBe("2026-Q3");
    expect(p.label).toBe("2026年第三季度");
    expect(p.dueAt.toISOString()).toBe("2026-10-10T15:59:59.999Z");
  });
  it("lists the periods that have started in a range", () => {
    const keys = periodsBetween(
      new Date("2026-01-10T00:00:00Z"),
      new Date("2026-04-01T00:00:00Z"),
    ).map((p) => p.key);
    expect(keys).toEqual(["2026-01", "2026-02", "2026-03", "2026-04"]);
  });
  it("refuses nonsense keys", () => {
    expect(periodFromKey("2026-13")).toBeNull();
    expect(periodFromKey("2026-Q5")).toBeNull();
    expect(periodFromKey("x")).toBeNull();
  });
});

describe("report state machine", () => {
  const legal: Record<string, string> = {
    "DRAFT:edit": "DRAFT",
    "RETURNED:edit": "RETURNED",
    "DRAFT:submit": "SUBMITTED",
    "RETURNED:submit": "SUBMITTED",
    "SUBMITTED:review": "REVIEWED",
    "SUBMITTED:return": "RETURNED",
  };
  const cases = REPORT_STATUSES.flatMap((s) =>
    (["edit", "submit", "review", "return"] as ReportCommand[]).map((c) => [s, c] as const),
  );
  it.each(cases)("%s + %s", (status, command) => {
    expect(nextReportStatus(status, command)).toBe(legal[`${status}:${command}`] ?? null);
  });
});

describe("compliance", () => {
  const due = new Date("2026-11-05T15:59:59.999Z");
  const after = new Date("2026-11-20T00:00:00Z");
  it.each([
    [null, new Date("2026-11-04T00:00:00Z"), "PENDING"],
    [null, after, "MISSING"],
    [{ status: "DRAFT", firstSubmittedAt: null }, after, "MISSING"],
    [{ status: "REVIEWED", firstSubmittedAt: new Date("2026-11-05T15:00:00Z") }, after, "ON_TIME"],
    [{ status: "REVIEWED", firstSubmittedAt: new Date("2026-11-06T01:00:00Z") }, after, "LATE"],
    [{ status: "RETURNED", firstSubmittedAt: new Date("2026-11-03T00:00:00Z") }, after, "RETURNED"],
    [{ status: "SUBMITTED", firstSubmittedAt: new Date("2026-11-03T00:00:00Z") }, after, "ON_TIME"],
  ] as const)("%j at %s → %s", (report, now, expected) => {
    expect(complianceOf(report, due, now)).toBe(expected);
  });

  it("counts the totals from filed counts as the cells of every department would", () => {
    const periods = [
      { key: "2026-10", label: "10月", dueAt: new Date("2026-11-05T15:59:59.999Z") },
      { key: "2026-11", label: "11月", dueAt: new Date("2026-12-05T15:59:59.999Z") },
    ];
    const now = new Date("2026-11-20T00:00:00Z");
    const departments = ["a", "b", "c", "d"].map((id) => ({ id, name: id }));
    const at = (iso: string) => new Date(iso);
    const reports = [
      ["a", "2026-10", "REVIEWED", at("2026-11-01T00:00:00Z")],
      ["b", "2026-10", "REVIEWED", at("2026-11-07T00:00:00Z")],
      ["c", "2026-10", "RETURNED", at("2026-11-02T00:00:00Z")],
      ["d", "2026-10", "DRAFT", null],
      ["a", "2026-11", "SUBMITTED", at("2026-11-19T00:00:00Z")],
    ].map(([departmentId, key, status, firstSubmittedAt], i) => ({
      id: `r${i}`,
      departmentId: departmentId as string,
      status: status as string,
      firstSubmittedAt: firstSubmittedAt as Date | null,
      period: { key: key as string },
    }));
    const { totals } = complianceTable(periods, departments, reports, now);
    const filed = reports
      .filter((r) => r.firstSubmittedAt)
      .map((r) => ({ periodKey: r.period.key, status: r.status, count: 1 }));
    expect(complianceTotals(periods, departments.length, filed, 2, now)).toEqual(totals);
    expect(totals).toEqual({ ON_TIME: 2, LATE: 1, RETURNED: 1, MISSING: 1, PENDING: 3 });
  });
});
