// The cycle list (/appraisal) as its viewers work with it (issue 15 item 5),
// on SQLite and PostgreSQL: searched by title, filtered by state and sorted
// (year, title, state, dates, sheets) through the URL; the export holds
// exactly the rows, in the order, of the same viewer's page and is audited
// with its filter and row count. Who has the list is unchanged: 政治处 and
// 院领导 see every cycle, a member only the cycles they have a part in; the
// export stays appraisal.read's (a member gets null, 404).
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as cyclesExport } from "@/app/(portal)/appraisal/export/route";
import AppraisalPage from "@/app/(portal)/appraisal/page";
import { listCyclePage } from "@/lib/appraisal/cycles/list";
import { CycleListFilter } from "@/lib/appraisal/cycles/schemas";
import { exportCycles } from "@/lib/appraisal/exports/lists";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import {
  leader,
  newCycle,
  po,
  scoringCycle,
  setupAppraisalWorld,
  staffA,
  templateId,
  type U,
} from "./fixtures/appraisal";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs } from "./helpers";

setupAppraisalWorld();

const TAG = `周列${Math.floor(Math.random() * 1e6)}`;
const ids: string[] = [];

beforeAll(async () => {
  const a = await newCycle(`${TAG}A`);
  const b = await scoringCycle(`${TAG}B`);
  const c = await newCycle(`${TAG}C`);
  // A cycle the keyword does not find, beside them.
  const other = await newCycle(`别的考评${TAG.slice(2)}`);
  ids.push(a, b, c, other);
  await db.appraisalCycle.update({
    where: { id: a },
    data: { year: 2024, scoringDueAt: new Date("2024-11-30T00:00:00Z") },
  });
  await db.appraisalCycle.update({ where: { id: c }, data: { year: 2025 } });
});

afterAll(async () => {
  await db.appraisalCycle.deleteMany({ where: { id: { in: ids } } });
  await db.appraisalTemplate.deleteMany({ where: { id: templateId } });
});

const viewerOf = async (u: U) => (await loadSessionUser(await actAs(u)))!;
async function listed(u: U, q: Record<string, string>) {
  const { rows } = await listCyclePage(await viewerOf(u), CycleListFilter.parse(q));
  return rows.filter((r) => ids.includes(r.id)).map((r) => r.title.replace(TAG, ""));
}

describe("cycle list", () => {
  it("sorts through the URL, searches titles, filters the state", async () => {
    expect(await listed(po, { q: TAG })).toEqual(["B", "C", "A"]);
    expect(await listed(po, { q: TAG, sort: "year", dir: "asc" })).toEqual(["A", "C", "B"]);
    expect(await listed(po, { q: TAG, sort: "title" })).toEqual(["A", "B", "C"]);
    expect(await listed(po, { q: TAG, sort: "title", dir: "desc" })).toEqual(["C", "B", "A"]);
    expect(await listed(po, { q: TAG, sort: "status" })).toEqual(["C", "A", "B"]);
    expect(await listed(po, { q: TAG, sort: "scoringDueAt" })).toEqual(["A", "B", "C"]);
    expect(await listed(po, { q: TAG, sort: "sheets", dir: "desc" })).toEqual(["B", "C", "A"]);
    expect(await listed(po, { q: `${TAG}C` })).toEqual(["C"]);
    expect(await listed(po, { q: TAG, status: "SCORING" })).toEqual(["B"]);
    // A keyword all four titles share finds the other cycle too (a page without
    // any keyword may not reach them: other files' cycles share the database);
    // an unknown column means the default order.
    expect(await listed(po, { q: TAG.slice(2) })).toHaveLength(4);
    expect(await listed(po, { q: TAG, sort: "body" })).toEqual(["B", "C", "A"]);
  });

  it("shows a member only the cycles they have a part in", async () => {
    expect(await listed(leader, { q: TAG })).toEqual(["B", "C", "A"]);
    expect(await listed(staffA[0], { q: TAG })).toEqual(["B"]);
  });

  it("the page shows the filtered rows in order, and its sort links keep the keyword", async () => {
    await actAs(leader);
    const html = renderToStaticMarkup(
      await AppraisalPage({ searchParams: Promise.resolve({ q: TAG, sort: "title" }) }),
    );
    expect(html).toContain("共 3 个考评周期");
    expect(html.indexOf(`${TAG}A`)).toBeLessThan(html.indexOf(`${TAG}B`));
    expect(html.indexOf(`${TAG}B`)).toBeLessThan(html.indexOf(`${TAG}C`));
    expect(html).not.toContain(`>别的考评${TAG.slice(2)}<`);
    expect(html).toContain(`/appraisal?q=${encodeURIComponent(TAG)}&amp;sort=title&amp;dir=desc`);
  });
});

describe("cycle list export", () => {
  const exported = (q: string) => exportedSheet(cyclesExport as never, `/appraisal/export${q}`);

  it("holds exactly the viewer's rows, sorted and searched alike, audited", async () => {
    await actAs(po);
    const x = await exported(`?q=${TAG}&sort=year&dir=asc`);
    expect(x.status).toBe(200);
    expect(column(x, "周期").map((t) => t.replace(TAG, ""))).toEqual(
      await listed(po, { q: TAG, sort: "year", dir: "asc" }),
    );
    expect(column(x, "阶段")).toEqual(["草稿", "草稿", "打分中"]);
    const a = await lastExportAudit("appraisal.cycles.export", po.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 3,
    });
    const scoring = await exported(`?q=${TAG}&status=SCORING`);
    expect(column(scoring, "周期")).toEqual([`${TAG}B`]);
    expect(scoring.sub).toContain("阶段：打分中");
    await actAs(leader);
    expect(column(await exported(`?q=${TAG}&sort=year&dir=asc`), "周期")).toEqual(
      column(x, "周期"),
    );
  });

  it("a member of a cycle gets null from the builder and 404", async () => {
    const v = await viewerOf(staffA[0]);
    expect(await exportCycles(v, new URL(`http://localhost/appraisal/export?q=${TAG}`))).toBeNull();
    await actAs(staffA[0]);
    expect((await exported(`?q=${TAG}`)).status).toBe(404);
    const a = await lastExportAudit("appraisal.cycles.export", staffA[0].id);
    expect(a).toMatchObject({ result: "NOT_FOUND" });
  });
});
