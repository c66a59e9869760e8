// The workbench's order (lib/work-items.ts): overdue first, longest overdue
// first; then deadlines soonest first; then the longest waiting.
import { describe, expect, it } from "vitest";

import { byUrgency, type WorkItem } from "@/lib/work-items";

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
