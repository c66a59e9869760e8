// One's own 个人重大事项报告 (/major-matters, 我的报告) as the reporter works
// with them (issue 15 item 5), on SQLite and PostgreSQL: filtered and sorted
// through the URL; the export holds exactly the rows, in the order, of the
// same reporter's page — their own reports only, never another's, metadata
// only (never the encrypted content) — and is audited with its filter and row
// count; a viewer who files no reports gets null (404).
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/major-matters/export/route";
import MajorMattersPage from "@/app/(portal)/major-matters/page";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fileMajorMatter } from "@/lib/major-matters/actions";
import { exportMyMatters } from "@/lib/major-matters/export";
import { matterCategoryLabel } from "@/lib/major-matters/labels";
import { listMyMatterPage } from "@/lib/major-matters/queries";
import { MyMatterListFilter } from "@/lib/major-matters/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string };
const CANARY = `CANARY-MINE-${Math.floor(Math.random() * 1e6)}`;
let owner: U, other: U, admin: U;
const ids: string[] = [];

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}
async function file(u: U, category: string, occurredOn: string) {
  await actAs(u);
  const { id } = dataOf(
    await fileMajorMatter({ category, occurredOn, detail: `${CANARY}${category}` }),
  );
  ids.push(id);
  return id;
}

beforeAll(async () => {
  owner = await makeUser();
  other = await makeUser();
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  await file(owner, "TRAVEL", "2026-03-15");
  const property = await file(owner, "PROPERTY", "2026-01-15");
  await file(owner, "MARRIAGE", "2026-02-15");
  await file(other, "TRAVEL", "2026-04-15");
  await db.majorMatterReport.update({
    where: { id: property },
    data: { status: "ACKNOWLEDGED", acknowledgedAt: new Date() },
  });
});

afterAll(async () => {
  await db.majorMatterReport.deleteMany({ where: { id: { in: ids } } });
});

async function listed(u: U, q: Record<string, string>) {
  const { rows } = await listMyMatterPage(await session(u), MyMatterListFilter.parse(q));
  return rows.map((r) => r.category);
}
const exported = (q: string) => exportedSheet(exportRoute as never, `/major-matters/export${q}`);

describe("我的报告 list", () => {
  it("holds one's own reports only, sorted and filtered through the URL", async () => {
    expect((await listed(owner, {})).sort()).toEqual(["MARRIAGE", "PROPERTY", "TRAVEL"]);
    expect(await listed(owner, { sort: "occurredOn", dir: "asc" })).toEqual([
      "PROPERTY",
      "MARRIAGE",
      "TRAVEL",
    ]);
    expect(await listed(owner, { sort: "occurredOn", dir: "desc" })).toEqual([
      "TRAVEL",
      "MARRIAGE",
      "PROPERTY",
    ]);
    expect((await listed(owner, { sort: "status", dir: "asc" }))[0]).toBe("PROPERTY");
    expect(await listed(owner, { status: "ACKNOWLEDGED" })).toEqual(["PROPERTY"]);
    expect(await listed(owner, { category: "TRAVEL" })).toEqual(["TRAVEL"]);
    expect(await listed(owner, { sort: "detailEnc" })).toEqual(await listed(owner, {}));
    expect(await listed(other, {})).toEqual(["TRAVEL"]);
  });

  it("the page shows the rows in order, and its sort links keep the filter", async () => {
    await actAs(owner);
    const html = renderToStaticMarkup(
      await MajorMattersPage({
        searchParams: Promise.resolve({ status: "SUBMITTED", sort: "occurredOn", dir: "asc" }),
      }),
    );
    expect(html).toContain("共 2 份报告");
    expect(html).toContain("/major-matters?status=SUBMITTED&amp;sort=occurredOn&amp;dir=desc");
    expect(html).not.toContain(CANARY);
  });
});

describe("我的报告 export", () => {
  it("holds exactly the reporter's rows, sorted and filtered alike, metadata only, audited", async () => {
    await actAs(owner);
    const x = await exported("?sort=occurredOn&dir=asc&status=SUBMITTED");
    expect(x.status).toBe(200);
    const list = await listMyMatterPage(
      await session(owner),
      MyMatterListFilter.parse({ sort: "occurredOn", dir: "asc", status: "SUBMITTED" }),
    );
    expect(column(x, "类别")).toEqual(list.rows.map((r) => matterCategoryLabel(r.category)));
    expect(list.rows.map((r) => r.category)).toEqual(["MARRIAGE", "TRAVEL"]);
    expect(column(x, "状态")).toEqual(["待确认", "待确认"]);
    expect(x.sub).toContain("状态：待确认");
    const a = await lastExportAudit("majorMatter.mine.export", owner.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: "状态：待确认",
      rows: 2,
    });
    const all = await exported("?sort=occurredOn&dir=asc");
    expect(all.rows).toHaveLength(3);
    expect(column(all, "确认日期").filter(Boolean)).toHaveLength(1);
    expect(JSON.stringify(all.rows)).not.toContain(CANARY);
  });

  it("never holds another's report", async () => {
    await actAs(other);
    const x = await exported("");
    expect(x.rows).toHaveLength(1);
    expect(JSON.stringify(x.rows)).not.toContain(CANARY);
  });

  it("a viewer who files no reports gets null from the builder and 404", async () => {
    const v = await session(admin);
    expect(await exportMyMatters(v, new URL("http://localhost/major-matters/export"))).toBeNull();
    await actAs(admin);
    expect((await exported("")).status).toBe(404);
    expect((await lastExportAudit("majorMatter.mine.export", admin.id))?.result).toBe("NOT_FOUND");
  });
});
