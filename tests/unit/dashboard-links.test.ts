// The links behind the dashboard's figures (lib/dashboard/links.ts): a warning
// opens the department's periodic reports of exactly the month(s) under test.
import { describe, expect, it } from "vitest";

import { topicReportsHref, warningReportsHref } from "@/lib/dashboard/links";

const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("dashboard links", () => {
  it("a one-month warning opens that month, a two-month one both months", () => {
    expect(params(warningReportsHref({ departmentId: "d1", month: "2026-01", months: 1 }))).toEqual(
      { departmentId: "d1", kind: "PERIODIC", from: "2026-01", to: "2026-01" },
    );
    expect(params(warningReportsHref({ departmentId: "d1", month: "2026-01", months: 2 }))).toEqual(
      { departmentId: "d1", kind: "PERIODIC", from: "2025-12", to: "2026-01" },
    );
  });

  it("a topic count opens the first to the last month of its window", () => {
    expect(params(topicReportsHref("t&1", ["2026-03", "2026-04", "2026-05"]))).toEqual({
      topicId: "t&1",
      from: "2026-03",
      to: "2026-05",
    });
  });
});
