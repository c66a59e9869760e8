// The workbench's order (lib/work-items.ts): overdue first, longest overdue
// first; then deadlines soonest first; then the longest waiting.
import { describe, expect, it } from "vitest";

import { pageOf } from "@/lib/batches";
import { byUrgency, WORK_QUEUE_PER_PAGE, type WorkItem } from "@/lib/work-items";

const queuePage = (queue: readonly number[], page: number) =>
  pageOf(queue, page, WORK_QUEUE_PER_PAGE);

const now = new Date("2026-12-07T04:00:00Z");
const h = (hours: number) => new Date(now.getTime() + hours * 3600_000);
const item = (key: string, since: Date, due: Date | null): WorkItem => ({
  key,
  kind: "CONSULTATION",
  title: key,
  href: "/",
  since,
  due,
});

describe("byUrgency", () => {
  it("puts the longest overdue first, then the soonest due, then the longest waiting", () => {
    const items = [
      item("waiting-new", h(-1), null),
      item("due-later", h(-2), h(20)),
      item("overdue-a-little", h(-30), h(-1)),
      item("waiting-old", h(-100), null),
      item("overdue-long", h(-80), h(-50)),
      item("due-soon", h(-3), h(2)),
    ];
    expect(items.sort(byUrgency(now)).map((i) => i.key)).toEqual([
      "overdue-long",
      "overdue-a-little",
      "due-soon",
      "due-later",
      "waiting-old",
      "waiting-new",
    ]);
  });
});

describe("the workbench queue, a page at a time (pageOf)", () => {
  const queue = Array.from({ length: 120 }, (_, i) => i);

  it("draws the merged queue fifty rows a page, in its order", () => {
    expect(WORK_QUEUE_PER_PAGE).toBe(50);
    const first = queuePage(queue, 1);
    expect(first).toMatchObject({ page: 1, pages: 3, total: 120 });
    expect(first.rows).toEqual(queue.slice(0, 50));
    expect(queuePage(queue, 3).rows).toEqual(queue.slice(100));
  });

  it("shows the last page past the end, the first for nonsense, one empty page for an empty queue", () => {
    expect(queuePage(queue, 9)).toMatchObject({ page: 3, rows: queue.slice(100) });
    expect(queuePage(queue, 0).page).toBe(1);
    expect(queuePage(queue, Number.NaN).page).toBe(1);
    expect(queuePage([], 2)).toEqual({ page: 1, pages: 1, total: 0, rows: [] });
  });
});
