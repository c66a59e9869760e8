// 政治处's list of column articles (/columns/manage) as people work with it
// (issue 15 item 5): searched by title or author, filtered by column, sorted
// through the URL, and exported to XLSX holding exactly the rows, in the
// order, the same list shows; every export is audited with its filter and row
// count, and anyone without column.manage gets null (→ 404).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/columns/manage/export/route";
import { createArticle, createColumn, recordArticleRead } from "@/lib/columns/actions";
import { exportManagedArticles } from "@/lib/columns/export";
import { listManagedArticles } from "@/lib/columns/list";
import { ManageArticleListFilter } from "@/lib/columns/schemas";
import { db } from "@/lib/db";

import { makeColumnsPeople, session, type U } from "./fixtures/columns";
import { actAs, makeUser } from "./helpers";
import { dataOf } from "./result";

const tag = Date.now().toString(36);
const title = (s: string) => `文章列表${tag}${s}`;
const author = `作者${tag}`;
const parse = (q: Record<string, string>) => ManageArticleListFilter.parse(q);
let p: Awaited<ReturnType<typeof makeColumnsPeople>>;
let column2 = "";
let a = "",
  b = "",
  c = "",
  decoy = "";

async function article(u: U, columnId: string, t: string) {
  await actAs(u);
  return dataOf(await createArticle({ columnId, title: t, format: "TEXT", body: "正文不进导出" }))
    .id;
}

async function read(u: U, id: string) {
  await actAs(u);
  dataOf(await recordArticleRead({ id }));
}

beforeAll(async () => {
  p = await makeColumnsPeople(tag);
  await actAs(p.office);
  column2 = dataOf(
    await createColumn({
      name: `测试专栏${tag}二`,
      slug: `col-${tag}-2`,
      description: "",
      sortOrder: "6",
    }),
  ).id;
  const office2 = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  await db.user.update({ where: { id: office2.id }, data: { realName: author } });
  a = await article(p.office, p.columnId, title("A"));
  b = await article(office2, column2, title("B"));
  c = await article(p.office, p.columnId, title("C"));
  decoy = await article(p.office, column2, `另一篇${tag}`); // never matches the keyword
  // Readers: A 2 (three views), C 1, B none.
  await read(p.staff, a);
  await read(p.staff, a);
  await read(p.staff2, a);
  await read(p.staff, c);
});

afterAll(async () => {
  await db.column.deleteMany({ where: { id: { in: [p.columnId, column2] } } });
});

async function exported(query: string) {
  const res = await exportRoute(new Request(`http://localhost/columns/manage/export${query}`), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) return { status: res.status, rows: [] as unknown[][] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) rows.push((row.values as unknown[]).slice(1));
  });
  return { status: res.status, rows, sub: String(ws.getRow(2).getCell(1).value) };
}

describe("searching, filtering and sorting", () => {
  it("searches titles and authors, filters by column, and sorts by title or readers", async () => {
    const office = await session(p.office);
    const ids = async (q: Record<string, string>) =>
      (await listManagedArticles(office, parse({ q: `文章列表${tag}`, ...q })))!.rows.map(
        (r) => r.id,
      );
    expect(await ids({ sort: "title", dir: "asc" })).toEqual([a, b, c]);
    expect(await ids({ sort: "title", dir: "desc" })).toEqual([c, b, a]);
    expect(await ids({ sort: "readers", dir: "desc" })).toEqual([a, c, b]);
    expect(await ids({ sort: "views", dir: "asc" })).toEqual([b, c, a]);
    expect(await ids({ columnId: column2 })).toEqual([b]);
    const other = await listManagedArticles(office, parse({ columnId: column2 }));
    expect(other!.rows.map((r) => r.id).sort()).toEqual([b, decoy].sort());
    expect(await ids({ q: author })).toEqual([b]);
    const first = (await listManagedArticles(office, parse({ q: title("A") })))!.rows[0];
    expect(first).toMatchObject({ views: 3, readers: 2, author: { realName: expect.any(String) } });
  });

  it("is 政治处's only: staff and a department head get null", async () => {
    for (const u of [p.staff, p.head])
      expect(await listManagedArticles(await session(u), parse({}))).toBeNull();
  });
});

describe("导出 Excel", () => {
  it("holds exactly the list's searched, sorted rows, names its filter, and is audited", async () => {
    const f = { q: `文章列表${tag}`, sort: "readers", dir: "desc" };
    const list = (await listManagedArticles(await session(p.office), parse(f)))!;
    expect(list.rows.map((r) => r.id)).toEqual([a, c, b]);
    await actAs(p.office);
    const x = await exported(`?${new URLSearchParams(f)}`);
    expect(x.status).toBe(200);
    expect(x.rows.map((r) => [r[0], r[1], r[2], r[5], r[6]])).toEqual(
      list.rows.map((r) => [r.title, r.column.name, r.author.realName, r.views, r.readers]),
    );
    expect(x.rows.flat()).not.toContain("正文不进导出");
    expect(x.sub).toContain(`关键词：文章列表${tag}`);
    const row = await db.auditLog.findFirst({
      where: { action: "column.article.list.export", userId: p.office.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(row!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：文章列表${tag}`,
    });
  });

  it("a column filter narrows the export as it does the list, and names the column", async () => {
    await actAs(p.office);
    const x = await exported(`?columnId=${column2}`);
    const list = (await listManagedArticles(
      await session(p.office),
      parse({ columnId: column2 }),
    ))!;
    expect(list.rows.map((r) => r.id).sort()).toEqual([b, decoy].sort());
    expect(x.rows.map((r) => r[0])).toEqual(list.rows.map((r) => r.title));
    expect(x.sub).toContain(`专栏：测试专栏${tag}二`);
  });

  it("staff and a department head get null from the builder and 404 from the route, audited", async () => {
    const url = new URL("http://localhost/columns/manage/export");
    for (const u of [p.staff, p.head]) {
      expect(await exportManagedArticles(await session(u), url)).toBeNull();
      await actAs(u);
      expect((await exported("")).status).toBe(404);
      const row = await db.auditLog.findFirst({
        where: { action: "column.article.list.export", userId: u.id },
        orderBy: { seq: "desc" },
      });
      expect(row?.result).toBe("NOT_FOUND");
    }
  });
});
