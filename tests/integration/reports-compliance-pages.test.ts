// The compliance matrix a page of departments at a time (issue 18): a page
// holds at most COMPLIANCE_DEPARTMENTS_PER_PAGE departments, in the matrix's
// order, the pages reach every department once (a page past the end shows
// the last), and the totals still count every department's cells, on time,
// late, returned, missing or pending alike.
import { beforeAll, describe, expect, it } from "vitest";

import { shanghaiYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { COMPLIANCE_DEPARTMENTS_PER_PAGE, complianceMatrix } from "@/lib/reports/queries";

import { lastMonth, makeUnit } from "./fixtures/reports";

const PER_PAGE = COMPLIANCE_DEPARTMENTS_PER_PAGE;
const year = shanghaiYear(lastMonth.startsAt);
const HOUR = 3600_000;
let units: Awaited<ReturnType<typeof makeUnit>>[] = [];

beforeAll(async () => {
  // More departments than one page holds, whatever the database held before.
  units = [];
  for (let i = 0; i < PER_PAGE + 5; i++) units.push(await makeUnit());
  const period = await db.reportPeriod.upsert({
    where: { key: lastMonth.key },
    update: {},
    create: {
      key: lastMonth.key,
      label: lastMonth.label,
      frequency: lastMonth.frequency,
      startsAt: lastMonth.startsAt,
      endsAt: lastMonth.endsAt,
      dueAt: lastMonth.dueAt,
    },
  });
  const file = (u: (typeof units)[number], status: string, firstSubmittedAt: Date | null) =>
    db.liaisonReport.create({
      data: {
        departmentId: u.dept.id,
        periodId: period.id,
        authorId: u.liaison.id,
        status,
        mood: 3,
        stability: "STABLE",
        firstSubmittedAt,
        submittedAt: firstSubmittedAt,
      },
    });
  const due = period.dueAt.getTime();
  await file(units[0], "SUBMITTED", new Date(due - HOUR));
  await file(units[1], "REVIEWED", new Date(due + HOUR));
  await file(units[2], "RETURNED", new Date(due - HOUR));
  await file(units[3], "DRAFT", null);
});

/** Every page of the year's matrix, from the first. */
async function allPages(now: Date) {
  const first = await complianceMatrix(year, now, 1);
  const pages = [first];
  for (let p = 2; p <= first.pages; p++) pages.push(await complianceMatrix(year, now, p));
  return pages;
}

describe("compliance matrix pages", () => {
  it("shows one page of departments, and the pages reach every one once, in order", async () => {
    const now = new Date();
    const pages = await allPages(now);
    const [first] = pages;
    expect(first.total).toBeGreaterThan(PER_PAGE);
    expect(first.rows).toHaveLength(PER_PAGE);
    expect(first.pages).toBe(Math.ceil(first.total / PER_PAGE));
    expect(pages.map((m) => m.page)).toEqual(pages.map((_, i) => i + 1));
    const shown = pages.flatMap((m) => m.rows.map((r) => r.department.id));
    const order = await db.department.findMany({
      where: { liaisonId: { not: null } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(shown).toEqual(order.map((d) => d.id));
    expect(shown).toEqual(expect.arrayContaining(units.map((u) => u.dept.id)));
    // Past the end: the last page; not a page: the first.
    const past = await complianceMatrix(year, now, first.pages + 3);
    expect(past.page).toBe(first.pages);
    expect(past.rows.map((r) => r.department.id)).toEqual(
      pages.at(-1)!.rows.map((r) => r.department.id),
    );
    expect((await complianceMatrix(year, now, Number.NaN)).page).toBe(1);
  });

  it("counts every department's cells in the totals, whichever page is shown", async () => {
    const now = new Date();
    const pages = await allPages(now);
    const cells = pages.flatMap((m) => m.rows.flatMap((r) => r.cells));
    const counted = { ON_TIME: 0, LATE: 0, MISSING: 0, RETURNED: 0, PENDING: 0 };
    for (const c of cells) counted[c.status]++;
    for (const m of pages) expect(m.totals).toEqual(counted);
    const cell = (i: number) =>
      pages
        .flatMap((m) => m.rows)
        .find((r) => r.department.id === units[i].dept.id)!
        .cells.find((c) => c.periodKey === lastMonth.key)!.status;
    const owed = now.getTime() > lastMonth.dueAt.getTime() ? "MISSING" : "PENDING";
    expect([0, 1, 2, 3, 4].map(cell)).toEqual(["ON_TIME", "LATE", "RETURNED", owed, owed]);
  });
});
