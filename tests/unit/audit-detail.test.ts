import { describe, expect, it } from "vitest";

import { sanitizeDetail } from "@/lib/audit/log";

describe("audit detail", () => {
  it("keeps every id of a page that was read (an export page holds up to 1,000)", () => {
    const ids = Array.from(
      { length: 1000 },
      (_, i) => `cmxdiy8ar${String(i).padStart(4, "0")}t0n7du97uksh1`,
    );
    const detail = JSON.parse(sanitizeDetail({ discipline: ids })!);
    expect(detail.discipline.split(",")).toEqual(ids);
    expect(detail).not.toHaveProperty("disciplineTotal");
  });

  it("says how many ids a longer list had, beyond the 1,000 it names", () => {
    const ids = Array.from({ length: 1005 }, (_, i) => `id${i}`);
    const detail = JSON.parse(sanitizeDetail({ ids })!);
    expect(detail.ids.split(",")).toHaveLength(1000);
    expect(detail.idsTotal).toBe(1005);
  });

  it("drops secrets and bodies, and shortens long strings", () => {
    const detail = JSON.parse(
      sanitizeDetail({ password: "x", body: "y", note: "z", kind: "k".repeat(300), n: 3 })!,
    );
    expect(detail).toEqual({ kind: `${"k".repeat(120)}…`, n: 3 });
  });
});
