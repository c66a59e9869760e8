// A cycle's 评先评优 batches (/appraisal/[id]/honours, issue 15 item 5), on
// SQLite and PostgreSQL: searched by batch or honour title, filtered by state
// and sorted through the URL; the export holds exactly the rows, in the order,
// of the same viewer's page, with the nominations that viewer's scope reads
// (a head never gets 政治处's counts), audited with its filter and row count.
// Staff, who have no part in 评先评优, get null and 404 (audited NOT_FOUND).
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/(portal)/appraisal/[id]/honours/export/route";
import HonoursPage from "@/app/(portal)/appraisal/[id]/honours/page";
import { exportHonourBatches } from "@/lib/appraisal/exports/honours";
import { listHonourBatchRows } from "@/lib/appraisal/honours/batch-list";
import { HonourBatchFilter } from "@/lib/appraisal/honours/schemas";
import { honourScope } from "@/lib/appraisal/queries";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import {
  b1,
  deptA,
  deptB,
  headA,
  leader,
  po,
  scoringCycle,
  setupAppraisalWorld,
  sheetOf,
  staffA,
  templateId,
  type U,
} from "./fixtures/appraisal";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs } from "./helpers";

setupAppraisalWorld();

const route = GET as Parameters<typeof exportedSheet>[0];
const TAG = `评优批${Math.floor(Math.random() * 1e6)}`;
let cycleId: string;

const viewerOf = async (u: U) => (await loadSessionUser(await actAs(u)))!;
async function listed(u: U, q: Record<string, string>) {
  const scope = (await honourScope(await viewerOf(u)))!;
  return listHonourBatchRows(scope, cycleId, HonourBatchFilter.parse(q));
}
const titles = async (u: U, q: Record<string, string>) =>
  (await listed(u, q)).map((b) => b.title.replace(TAG, ""));

beforeAll(async () => {
  cycleId = await scoringCycle(`评优列表${TAG}`);
  const batch = (n: string, honourTitle: string, level: string, status: string, at: string) =>
    db.honourBatch.create({
      data: {
        cycleId,
        title: n,
        honourTitle,
        level,
        quota: 3,
        eligibleGrades: JSON.stringify(["EXCELLENT"]),
        status,
        createdById: po.id,
        createdAt: new Date(at),
      },
    });
  const a = await batch(`${TAG}A`, "业务能手", "CITY", "OPEN", "2026-02-01T00:00:00Z");
  await batch(`${TAG}B`, "岗位标兵", "COURT", "CLOSED", "2026-03-01T00:00:00Z");
  await batch(`${TAG}C`, "优秀公务员", "PROVINCE", "OPEN", "2026-01-01T00:00:00Z");
  // A batch the keyword does not find, beside them.
  await batch("别的批次", "先进个人", "COURT", "OPEN", "2026-04-01T00:00:00Z");
  // Two nominations in A: one of department A at the department stage, one of B at 党组.
  for (const [u, dept, stage] of [
    [staffA[0], deptA, "DEPARTMENT"],
    [b1, deptB, "PARTY_GROUP"],
  ] as const)
    await db.honourNomination.create({
      data: {
        batchId: a.id,
        sheetId: (await sheetOf(cycleId, u)).id,
        nomineeId: u.id,
        departmentId: dept.id,
        nominatedById: po.id,
        deeds: "事迹",
        stage,
      },
    });
});

afterAll(async () => {
  await db.appraisalCycle.deleteMany({ where: { id: cycleId } });
  await db.appraisalTemplate.deleteMany({ where: { id: templateId } });
});

describe("评先评优 batch list", () => {
  it("searches titles, filters the state, sorts through the URL", async () => {
    expect(await titles(po, { q: TAG })).toEqual(["B", "A", "C"]);
    expect(await titles(po, { q: TAG, sort: "createdAt", dir: "asc" })).toEqual(["C", "A", "B"]);
    expect(await titles(po, { q: TAG, sort: "level" })).toEqual(["B", "A", "C"]);
    expect(await titles(po, { q: TAG, sort: "title", dir: "desc" })).toEqual(["C", "B", "A"]);
    expect(await titles(po, { q: TAG, sort: "status" })).toEqual(["A", "C", "B"]);
    expect(await titles(po, { q: TAG, status: "CLOSED" })).toEqual(["B"]);
    expect(await titles(po, { q: "业务能手" })).toEqual(["A"]);
    expect(await titles(po, { q: TAG, sort: "quota" })).toEqual(["B", "A", "C"]);
    expect(await titles(po, {})).toHaveLength(4);
  });

  it("counts only the nominations each viewer's scope reads", async () => {
    const a = async (u: U) => (await listed(u, { q: `${TAG}A` }))[0].visibleNominations;
    expect(await a(po)).toBe(2);
    expect(await a(headA)).toBe(1);
    expect(await a(leader)).toBe(1);
  });

  it("the page shows the rows in order; sort links keep the filter; empty says what to do", async () => {
    await actAs(headA);
    const render = async (sp: Record<string, string>) =>
      renderToStaticMarkup(
        await HonoursPage({
          params: Promise.resolve({ id: cycleId }),
          searchParams: Promise.resolve(sp),
        }),
      );
    const html = await render({ q: TAG, sort: "title" });
    expect(html).toContain("共 3 个批次");
    expect(html.indexOf(`${TAG}A`)).toBeLessThan(html.indexOf(`${TAG}B`));
    expect(html).not.toContain("别的批次");
    expect(html).toContain(
      `/appraisal/${cycleId}/honours?q=${encodeURIComponent(TAG)}&amp;sort=title&amp;dir=desc`,
    );
    expect(await render({ q: `${TAG}无` })).toContain("没有符合条件的批次");
  });
});

describe("评先评优 batch export", () => {
  const exported = (q: string) =>
    exportedSheet(route, `/appraisal/${cycleId}/honours/export${q}`, { id: cycleId });

  it("holds exactly the viewer's rows and counts, audited", async () => {
    await actAs(po);
    const x = await exported(`?q=${TAG}&sort=createdAt&dir=asc`);
    expect(x.status).toBe(200);
    expect(column(x, "批次").map((t) => t.replace(TAG, ""))).toEqual(["C", "A", "B"]);
    expect(column(x, "推荐")).toEqual(["0", "2", "0"]);
    expect(column(x, "级别")).toEqual(["省级", "市级", "院级"]);
    const a = await lastExportAudit("appraisal.honours.export", po.id);
    expect(a).toMatchObject({ result: "SUCCESS", objectId: cycleId });
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 3,
    });
    // A head's export: the same rows, only their department's nominations.
    await actAs(headA);
    const h = await exported(`?q=${TAG}&sort=createdAt&dir=asc`);
    expect(column(h, "批次")).toEqual(column(x, "批次"));
    expect(column(h, "可见推荐")).toEqual(
      (await listed(headA, { q: TAG, sort: "createdAt", dir: "asc" })).map((b) =>
        String(b.visibleNominations),
      ),
    );
    expect(column(h, "可见推荐")).toEqual(["0", "1", "0"]);
    const closed = await exported(`?q=${TAG}&status=CLOSED`);
    expect(column(closed, "批次")).toEqual([`${TAG}B`]);
    expect(closed.sub).toContain("状态：已结束");
  });

  it("staff get null from the builder and 404, audited NOT_FOUND", async () => {
    const v = await viewerOf(staffA[1]);
    const url = new URL(`http://localhost/appraisal/${cycleId}/honours/export`);
    expect(await exportHonourBatches(v, url, { id: cycleId })).toBeNull();
    expect((await exported("")).status).toBe(404);
    expect(await lastExportAudit("appraisal.honours.export", staffA[1].id)).toMatchObject({
      result: "NOT_FOUND",
    });
  });
});
