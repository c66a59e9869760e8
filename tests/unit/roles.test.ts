import { describe, expect, it } from "vitest";

import { normalizeRoleSet } from "@/lib/auth/roles";

describe("role sets (三权分立)", () => {
  it("adds STAFF to every business role set", () => {
    expect(normalizeRoleSet(["LIAISON"])).toEqual({ ok: true, roles: ["LIAISON", "STAFF"] });
    expect(normalizeRoleSet([])).toEqual({ ok: true, roles: ["STAFF"] });
  });
  it("keeps SYS_ADMIN and AUDITOR alone", () => {
    expect(normalizeRoleSet(["SYS_ADMIN"])).toEqual({ ok: true, roles: ["SYS_ADMIN"] });
    expect(normalizeRoleSet(["AUDITOR"])).toEqual({ ok: true, roles: ["AUDITOR"] });
  });
  it.each([
    [["SYS_ADMIN", "AUDITOR"]],
    [["SYS_ADMIN", "STAFF"]],
    [["AUDITOR", "LEADER"]],
    [["SYS_ADMIN", "POLITICAL_OFFICE"]],
  ] as const)("refuses %j", (roles) => {
    const r = normalizeRoleSet(roles);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("三权分立");
  });
});
