// 政治处's 改革节点 list (/dashboard/milestones, issue 15 item 5), on SQLite
// and PostgreSQL: searched by name, filtered by kind and sorted (months, kind,
// name) through the URL; the export holds exactly the rows, in the order, of
// the same query, with Shanghai-time dates, and is audited with its filter and
// row count; anyone without milestone.manage (院领导, staff) gets null and 404.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/dashboard/milestones/export/route";
import MilestonesPage from "@/app/(portal)/dashboard/milestones/page";
import { loadSessionUser } from "@/lib/auth/session";
import { exportMilestones } from "@/lib/dashboard/milestone-export";
import { listMilestonePage } from "@/lib/dashboard/milestone-list";
import { MilestoneListFilter } from "@/lib/dashboard/schemas";
import { db } from "@/lib/db";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

type U = { id: string };
const TAG = `节点${Math.floor(Math.random() * 1e6)}`;
const ids: string[] = [];
const users: string[] = [];
let po: U;
let leader: U;

const viewerOf = async (u: U) => (await loadSessionUser(await actAs(u)))!;
async function listed(u: U, q: Record<string, string>) {
  const data = await listMilestonePage(await viewerOf(u), MilestoneListFilter.parse(q));
  return data?.rows.map((r) => r.label.replace(TAG, "")) ?? null;
}

beforeAll(async () => {
  po = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  users.push(po.id, leader.id);
  for (const [n, kind, from, to] of [
    ["A", "QUOTA", "2025-03", "2025-05"],
    ["C", "REFORM", "2026-01", "2026-01"],
    ["B", "MERGER", "2024-07", "2024-09"],
  ] as const) {
    const m = await db.milestone.create({
      data: {
        label: `${TAG}${n}`,
        kind,
        fromMonth: from,
        toMonth: to,
        createdById: po.id,
        createdAt: new Date("2026-01-01T16:30:00Z"),
      },
    });
    ids.push(m.id);
  }
  // One the keyword does not find, beside them.
  const other = await db.milestone.create({
    data: {
      label: `别的改革${TAG.slice(2)}`,
      kind: "OTHER",
      fromMonth: "2025-04",
      toMonth: "2025-04",
    },
  });
  ids.push(other.id);
});

afterAll(async () => {
  await db.milestone.deleteMany({ where: { id: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("改革节点 list", () => {
  it("searches names, filters the kind, sorts through the URL", async () => {
    expect(await listed(po, { q: TAG })).toEqual(["C", "A", "B"]);
    expect(await listed(po, { q: TAG, sort: "from", dir: "asc" })).toEqual(["B", "A", "C"]);
    expect(await listed(po, { q: TAG, sort: "label" })).toEqual(["A", "B", "C"]);
    expect(await listed(po, { q: TAG, sort: "label", dir: "desc" })).toEqual(["C", "B", "A"]);
    expect(await listed(po, { q: TAG, sort: "kind" })).toEqual(["B", "A", "C"]);
    expect(await listed(po, { q: TAG, kind: "QUOTA" })).toEqual(["A"]);
    expect(await listed(po, { q: TAG, sort: "createdById" })).toEqual(["C", "A", "B"]);
    expect(await listed(po, { q: TAG.slice(2) })).toHaveLength(4);
  });

  it("is 政治处's: anyone else gets null", async () => {
    expect(await listed(leader, { q: TAG })).toBeNull();
  });

  it("the page shows the rows in order; sort links keep the filter; empty says what to do", async () => {
    await actAs(po);
    const html = renderToStaticMarkup(
      await MilestonesPage({ searchParams: Promise.resolve({ q: TAG, sort: "label" }) }),
    );
    expect(html).toContain("共 3 个改革节点");
    expect(html.indexOf(`${TAG}A`)).toBeLessThan(html.indexOf(`${TAG}B`));
    expect(html).not.toContain(`>别的改革${TAG.slice(2)}<`);
    expect(html).toContain(
      `/dashboard/milestones?q=${encodeURIComponent(TAG)}&amp;sort=label&amp;dir=desc`,
    );
    const empty = renderToStaticMarkup(
      await MilestonesPage({ searchParams: Promise.resolve({ q: `${TAG}无` }) }),
    );
    expect(empty).toContain("没有符合条件的改革节点");
  });
});

describe("改革节点 export", () => {
  const exported = (q: string) =>
    exportedSheet(exportRoute as never, `/dashboard/milestones/export${q}`);

  it("holds exactly the rows of the same query, in order, audited", async () => {
    await actAs(po);
    const x = await exported(`?q=${TAG}&sort=from&dir=asc`);
    expect(x.status).toBe(200);
    expect(column(x, "节点").map((t) => t.replace(TAG, ""))).toEqual(
      await listed(po, { q: TAG, sort: "from", dir: "asc" }),
    );
    expect(column(x, "分类")).toEqual(["区院合并", "入额", "改革"]);
    expect(column(x, "起始月份")).toEqual(["2024年7月", "2025年3月", "2026年1月"]);
    // 16:30 UTC on 1 January is 00:30 on 2 January in Shanghai.
    expect(column(x, "添加时间")[0]).toContain("Jan 02 2026 00:30");
    const a = await lastExportAudit("dashboard.milestone.list.export", po.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 3,
    });
    const quota = await exported(`?q=${TAG}&kind=QUOTA`);
    expect(column(quota, "节点")).toEqual([`${TAG}A`]);
    expect(quota.sub).toContain("分类：入额");
  });

  it("a 院领导 gets null from the builder and 404, audited NOT_FOUND", async () => {
    const v = await viewerOf(leader);
    expect(await exportMilestones(v, new URL(`http://localhost/x?q=${TAG}`))).toBeNull();
    expect((await exported(`?q=${TAG}`)).status).toBe(404);
    expect(await lastExportAudit("dashboard.milestone.list.export", leader.id)).toMatchObject({
      result: "NOT_FOUND",
    });
  });
});
