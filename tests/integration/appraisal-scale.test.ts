// Every AUTO rule over a cohort of 1,200 people (issue 14, and the scale
// issue's 院 of 1,500): long id lists run in slices, so no statement exceeds
// SQLite's bound-parameter limit (Prisma's P2029 before the slicing).
import { describe, expect, it } from "vitest";

import { runRule } from "@/lib/appraisal/auto/engine";
import type { AutoContext } from "@/lib/appraisal/auto/types";
import { AUTO_RULE_KEYS } from "@/lib/appraisal/rules";
import { db } from "@/lib/db";

import { makeDepartment } from "./helpers";

describe("AUTO rules at scale", () => {
  it("computes every rule for 1,200 people and a department of all of them", async () => {
    const dept = await makeDepartment();
    const tag = Date.now().toString(36);
    const ids = Array.from({ length: 1200 }, (_, i) => `scale${tag}${String(i).padStart(4, "0")}`);
    await db.user.createMany({
      data: ids.map((id, i) => ({
        id,
        username: id,
        realName: `规模${i}`,
        employeeNo: id,
        birthYear: 1985,
        departmentId: dept.id,
        passwordHash: "x",
      })),
    });
    const ctx: AutoContext = {
      from: new Date("2026-01-01T00:00:00+08:00"),
      to: new Date("2027-01-01T00:00:00+08:00"),
      now: new Date(),
      withEvidence: true,
      people: ids.map((userId, i) => ({ sheetId: `s${i}`, userId, departmentId: dept.id })),
      departments: [{ sheetId: "d", departmentId: dept.id, memberIds: ids }],
    };
    for (const rule of AUTO_RULE_KEYS) {
      const r = await runRule(rule, ctx);
      expect(r.get("s0"), rule).toBeDefined();
      expect(r.get("s1199"), rule).toBeDefined();
    }
  });
});
