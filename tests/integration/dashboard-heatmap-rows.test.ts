// Issue 18: the dashboard's heatmap draws at most HEATMAP_ROWS departments,
// those most in need of attention (warnings first, then the lowest latest
// index), and every department only on request (展开全部). The 院 row and the
// warnings are still computed over all of them. 24 departments file monthly
// reports for 2016-05 … 2016-10 (no other test uses those months):
//   W        mood 4, 4, 4, 4, 4, then 1 in October: 显著 warning
//   L1…L3    mood 2 every month (index 25, no warning)
//   20 more  mood 4 every month (index 75)
// Before the bound, the page received every department's row.
import { beforeAll, describe, expect, it } from "vitest";

import { getDashboard, HEATMAP_ROWS } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";

import { leader, report, session, setupDashboard } from "./fixtures/dashboard";
import { makeDepartment } from "./helpers";

setupDashboard();

const NOW = new Date("2016-11-20T10:00:00+08:00");
const MONTHS = ["2016-05", "2016-06", "2016-07", "2016-08", "2016-09", "2016-10"];

describe("the heatmap's rows in a 院 of many departments", () => {
  let W: { id: string }, low: { id: string }[], rest: { id: string }[];
  const ids: string[] = [];

  beforeAll(async () => {
    const make = async () => {
      const d = await makeDepartment();
      ids.push(d.id);
      return d;
    };
    W = await make();
    low = [await make(), await make(), await make()];
    rest = [];
    for (let i = 0; i < 20; i++) rest.push(await make());
    for (const key of MONTHS) {
      await report(W.id, key, key === "2016-10" ? 1 : 4);
      for (const d of low) await report(d.id, key, 2);
      for (const d of rest) await report(d.id, key, 4);
    }
    return async () => {
      await db.liaisonReport.deleteMany({ where: { departmentId: { in: ids } } });
      await db.department.deleteMany({ where: { id: { in: ids } } });
    };
  });

  it("draws the warned department, then the lowest, HEATMAP_ROWS in all", async () => {
    const d = (await getDashboard(await session(leader), NOW))!;
    expect(d.departments).toHaveLength(24);
    expect(d.warnings.map((w) => w.departmentId)).toEqual([W.id]);
    expect(d.heatmap).toMatchObject({ total: 24, bounded: true });
    expect(d.heatmap.rows).toHaveLength(HEATMAP_ROWS);
    const keys = d.heatmap.rows.map((r) => r.key);
    expect(keys.slice(0, 4)).toEqual([W.id, ...low.map((l) => l.id)]);
    // The rest in the usual order, as many as fit.
    const usual = d.departments.map((r) => r.key).filter((k) => !keys.slice(0, 4).includes(k));
    expect(keys.slice(4)).toEqual(usual.slice(0, HEATMAP_ROWS - 4));
  });

  it("keeps the 院 row over every department, drawn or not", async () => {
    const d = (await getDashboard(await session(leader), NOW))!;
    const oct = d.months.indexOf("2016-10");
    // Moods in October: 20 × 4, 3 × 2, 1 × 1 → mean 87/24 = 3.625 → 100 × 2.625 / 4.
    expect(d.overall.cells[oct]).toMatchObject({ kind: "value", index: 65.6 });
    expect(d.headline).toMatchObject({ month: "2016-10", index: 65.6 });
  });

  it("draws every department in the usual order on request (展开全部)", async () => {
    const d = (await getDashboard(await session(leader), NOW, { allDepartments: true }))!;
    expect(d.heatmap).toMatchObject({ total: 24, bounded: false });
    expect(d.heatmap.rows.map((r) => r.key)).toEqual(d.departments.map((r) => r.key));
  });
});
