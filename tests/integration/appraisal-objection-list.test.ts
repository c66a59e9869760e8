// A cycle's 异议 list as 政治处 works with it (issue 15 item 5), on SQLite and
// PostgreSQL: searched by name or department, filtered by state and sorted
// (answer state, date, name) through the URL; the export holds exactly the
// rows, in the order, of the same viewer's page and is audited with its
// filter and row count. Who has the list is unchanged: appraisal.read or
// appraisal.manage (政治处, 院领导); a head who may open the cycle and the
// objector themself get nothing from the list and null (404) from the export.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as cycleExport } from "@/app/(portal)/appraisal/[id]/export/[list]/route";
import ObjectionsPage from "@/app/(portal)/appraisal/[id]/objections/page";
import { exportCycleList } from "@/lib/appraisal/exports/lists";
import { getCycle, listObjections } from "@/lib/appraisal/queries";
import { ObjectionListFilter } from "@/lib/appraisal/review/schemas";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import {
  b1,
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

const TAG = `异列${Math.floor(Math.random() * 1e6)}`;
const DAY = 86_400_000;
let cycleId: string;
let deptBName: string;

async function objection(u: U, name: string, filedDaysAgo: number, answeredDaysAgo?: number) {
  const sheet = await sheetOf(cycleId, u);
  await db.appraisalSheet.update({
    where: { id: sheet.id },
    data: { subjectName: `${TAG}${name}` },
  });
  await db.appraisalObjection.create({
    data: {
      sheetId: sheet.id,
      filedById: u.id,
      body: `${name}对民主测评结果有异议，请求复核`,
      filedAt: new Date(Date.now() - filedDaysAgo * DAY),
      ...(answeredDaysAgo === undefined
        ? {}
        : {
            status: name === "丙" ? "ADJUSTED" : "UPHELD",
            answer: `经复核，答复${name}`,
            answeredById: po.id,
            answeredAt: new Date(Date.now() - answeredDaysAgo * DAY),
          }),
    },
  });
}

beforeAll(async () => {
  cycleId = await scoringCycle(`${TAG}考评`);
  await objection(staffA[0], "甲", 3);
  await objection(staffA[1], "乙", 5, 1);
  await objection(staffA[2], "丙", 4, 2);
  await objection(b1, "丁", 6);
  deptBName = (await sheetOf(cycleId, b1)).departmentName;
});

afterAll(async () => {
  await db.appraisalCycle.delete({ where: { id: cycleId } });
  await db.appraisalTemplate.deleteMany({ where: { id: templateId } });
});

const viewerOf = async (u: U) => (await loadSessionUser(await actAs(u)))!;
const names = (rows: { sheet: { subjectName: string } }[]) =>
  rows.map((r) => r.sheet.subjectName.slice(TAG.length));

describe("异议 list", () => {
  it("puts the open ones first, sorts through the URL, searches names, filters the state", async () => {
    expect(await listed(po, {})).toEqual(["丁", "甲", "丙", "乙"]);
    expect(await listed(po, { sort: "filedAt" })).toEqual(["丁", "乙", "丙", "甲"]);
    expect(await listed(po, { sort: "filedAt", dir: "desc" })).toEqual(["甲", "丙", "乙", "丁"]);
    expect(await listed(po, { sort: "answeredAt", dir: "desc" })).toEqual(["乙", "丙", "丁", "甲"]);
    const asc = await listed(po, { q: TAG, sort: "subjectName" });
    expect(asc).toHaveLength(4);
    expect(await listed(po, { q: TAG, sort: "subjectName", dir: "desc" })).toEqual(
      [...asc].reverse(),
    );
    expect(await listed(po, { q: `${TAG}甲` })).toEqual(["甲"]);
    expect(await listed(po, { q: deptBName })).toEqual(["丁"]);
    expect(await listed(po, { status: "PENDING" })).toEqual(["丁", "甲"]);
    expect(await listed(po, { status: "UPHELD" })).toEqual(["乙"]);
    // The objection's text is not searched; an unknown column means the default order.
    expect(await listed(po, { q: "民主测评" })).toEqual([]);
    expect(await listed(po, { sort: "body" })).toEqual(await listed(po, {}));
  });

  it("is 政治处's and 院领导's only: a head of the department and the objector see none", async () => {
    expect(await listed(leader, {})).toEqual(["丁", "甲", "丙", "乙"]);
    for (const u of [headA, staffA[0]]) {
      const v = await viewerOf(u);
      expect(await getCycle(v, cycleId)).not.toBeNull();
      expect((await listObjections(v, cycleId, ObjectionListFilter.parse({}))).total).toBe(0);
    }
  });
});

describe("异议处理 page", () => {
  it("shows the filtered rows and the cycle's totals, and its sort links keep the filters", async () => {
    await actAs(po);
    const html = renderToStaticMarkup(
      await ObjectionsPage({
        params: Promise.resolve({ id: cycleId }),
        searchParams: Promise.resolve({ q: TAG, status: "PENDING", sort: "filedAt" }),
      }),
    );
    expect(html).toContain("共 4 件，待答复 2 件");
    expect(html).toContain("符合条件 2 件");
    expect(html.indexOf(`${TAG}丁`)).toBeLessThan(html.indexOf(`${TAG}甲`));
    expect(html).not.toContain(`${TAG}乙`);
    // The sort links keep the filters in the URL.
    expect(html).toContain(
      `/appraisal/${cycleId}/objections?q=${encodeURIComponent(TAG)}&amp;status=PENDING&amp;sort=filedAt&amp;dir=desc`,
    );
  });
});

describe("异议 export", () => {
  const url = (q: string) => `/appraisal/${cycleId}/export/objections${q}`;
  const exported = (q: string) =>
    exportedSheet(cycleExport as never, url(q), { id: cycleId, list: "objections" });

  it("holds exactly the viewer's rows, sorted, searched and filtered alike, audited", async () => {
    await actAs(po);
    const x = await exported(`?q=${TAG}&sort=filedAt&dir=desc`);
    expect(x.status).toBe(200);
    expect(column(x, "姓名").map((n) => n.slice(TAG.length))).toEqual(
      await listed(po, { q: TAG, sort: "filedAt", dir: "desc" }),
    );
    expect(column(x, "状态")).toEqual(["待答复", "已调整", "维持原结果", "待答复"]);
    expect(column(x, "异议内容")[0]).toBe("甲对民主测评结果有异议，请求复核");
    expect(column(x, "答复")).toEqual(["", "经复核，答复丙", "经复核，答复乙", ""]);
    const a = await lastExportAudit("appraisal.objections.export", po.id);
    expect(a?.objectId).toBe(cycleId);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 4,
    });
    const pending = await exported(`?status=PENDING&sort=answeredAt`);
    expect(column(pending, "姓名").map((n) => n.slice(TAG.length))).toEqual(["丁", "甲"]);
    expect(pending.sub).toContain("状态：待答复");
    await actAs(leader);
    const theirs = await exported(`?q=${TAG}&sort=filedAt&dir=desc`);
    expect(column(theirs, "姓名")).toEqual(column(x, "姓名"));
  });

  it("a head who may open the cycle and the objector get null from the builder and 404", async () => {
    const u = new URL(`http://localhost${url("")}`);
    for (const who of [headA, staffA[0]]) {
      expect(await exportCycleList(await viewerOf(who), cycleId, "objections", u)).toBeNull();
      await actAs(who);
      expect((await exported("")).status).toBe(404);
      const a = await lastExportAudit("appraisal.list.export", who.id);
      expect(a).toMatchObject({ result: "NOT_FOUND", objectId: cycleId });
    }
  });
});

async function listed(u: U, q: Record<string, string>) {
  return names(
    (await listObjections(await viewerOf(u), cycleId, ObjectionListFilter.parse(q))).rows,
  );
}
