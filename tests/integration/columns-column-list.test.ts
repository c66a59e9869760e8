// One column's articles (/columns/[slug]) as a reader works with them (issue
// 15 item 5), on SQLite and PostgreSQL: searched by title and sorted (date,
// title, views, readers) through the URL; the export holds exactly the rows,
// in the order, of the same reader's page — that column's articles only,
// never a body — and is audited with its filter and row count; a viewer
// without column.read gets null (404).
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/columns/[slug]/export/route";
import ColumnPage from "@/app/(portal)/columns/[slug]/page";
import { createArticle, createColumn, recordArticleRead } from "@/lib/columns/actions";
import { exportColumnArticles } from "@/lib/columns/export";
import { listColumnArticles } from "@/lib/columns/queries";
import { ArticleListFilter } from "@/lib/columns/schemas";
import { db } from "@/lib/db";

import { makeColumnsPeople, session, type U } from "./fixtures/columns";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs } from "./helpers";
import { dataOf } from "./result";

const tag = Date.now().toString(36);
const BODY = `正文${tag}不进导出`;
const title = (s: string) => `专栏列表${tag}${s}`;
let p: Awaited<ReturnType<typeof makeColumnsPeople>>;
let column2 = "";

async function article(columnId: string, t: string) {
  await actAs(p.office);
  return dataOf(await createArticle({ columnId, title: t, format: "TEXT", body: BODY })).id;
}
async function read(u: U, id: string) {
  await actAs(u);
  dataOf(await recordArticleRead({ id }));
}

beforeAll(async () => {
  p = await makeColumnsPeople(`${tag}l`);
  await actAs(p.office);
  column2 = dataOf(
    await createColumn({
      name: `另一专栏${tag}`,
      slug: `col-${tag}-other`,
      description: "",
      sortOrder: "7",
    }),
  ).id;
  const a = await article(p.columnId, title("A"));
  await article(p.columnId, title("B"));
  const c = await article(p.columnId, title("C"));
  await article(p.columnId, `不匹配${tag}`); // the keyword never finds it
  await article(column2, title("D")); // another column's
  // Readers: A 2 (three views), C 1, B none.
  await read(p.staff, a);
  await read(p.staff, a);
  await read(p.staff2, a);
  await read(p.staff, c);
});

afterAll(async () => {
  await db.column.deleteMany({ where: { id: { in: [p.columnId, column2] } } });
});

async function listed(u: U, q: Record<string, string>) {
  const data = await listColumnArticles(await session(u), p.columnId, ArticleListFilter.parse(q));
  return data!.rows.map((r) => r.title.replace(title(""), ""));
}
const exported = (q: string, slug = p.slug) =>
  exportedSheet(exportRoute as never, `/columns/${slug}/export${q}`, { slug });

describe("a column's article list", () => {
  it("sorts through the URL and searches titles, within the column", async () => {
    const q = title("");
    expect(await listed(p.staff, { q })).toEqual(["C", "B", "A"]);
    expect(await listed(p.staff, { q, sort: "title" })).toEqual(["A", "B", "C"]);
    expect(await listed(p.staff, { q, sort: "title", dir: "desc" })).toEqual(["C", "B", "A"]);
    expect(await listed(p.staff, { q, sort: "readers" })).toEqual(["A", "C", "B"]);
    expect(await listed(p.staff, { q, sort: "views", dir: "asc" })).toEqual(["B", "C", "A"]);
    expect(await listed(p.staff, { q: title("B") })).toEqual(["B"]);
    expect(await listed(p.staff, {})).toHaveLength(4);
    expect(await listed(p.staff, { q, sort: "body" })).toEqual(["C", "B", "A"]);
  });

  it("the page shows the rows in order, and its sort links keep the keyword", async () => {
    await actAs(p.staff);
    const html = renderToStaticMarkup(
      await ColumnPage({
        params: Promise.resolve({ slug: p.slug }),
        searchParams: Promise.resolve({ q: title(""), sort: "title" }),
      }),
    );
    expect(html.indexOf(title("A"))).toBeLessThan(html.indexOf(title("B")));
    expect(html.indexOf(title("B"))).toBeLessThan(html.indexOf(title("C")));
    expect(html).not.toContain(`不匹配${tag}`);
    expect(html).toContain(
      `/columns/${p.slug}?q=${encodeURIComponent(title(""))}&amp;sort=title&amp;dir=desc`,
    );
  });
});

describe("a column's article export", () => {
  it("holds exactly the reader's rows, sorted and searched alike, no body, audited", async () => {
    await actAs(p.staff2);
    const q = encodeURIComponent(title(""));
    const x = await exported(`?q=${q}&sort=readers`);
    expect(x.status).toBe(200);
    expect(column(x, "标题").map((t) => t.replace(title(""), ""))).toEqual(
      await listed(p.staff2, { q: title(""), sort: "readers" }),
    );
    expect(column(x, "阅读人数")).toEqual(["2", "1", "0"]);
    expect(column(x, "阅读人次")).toEqual(["3", "1", "0"]);
    expect(JSON.stringify(x.rows)).not.toContain(BODY);
    const a = await lastExportAudit("column.articles.export", p.staff2.id);
    expect(a?.objectId).toBe(p.columnId);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${title("")}`,
      rows: 3,
    });
    const all = await exported("");
    expect(all.rows).toHaveLength(4);
    expect(column(all, "标题")).not.toContain(title("D"));
  });

  it("a viewer without column.read, or an unknown column, gets null and 404", async () => {
    const u = new URL(`http://localhost/columns/${p.slug}/export`);
    expect(await exportColumnArticles(await session(p.admin), u, p.slug)).toBeNull();
    await actAs(p.admin);
    expect((await exported("")).status).toBe(404);
    const a = await lastExportAudit("column.articles.export", p.admin.id);
    expect(a).toMatchObject({ result: "NOT_FOUND", objectId: p.slug });
    await actAs(p.staff);
    expect((await exported("", `no-such-${tag}`)).status).toBe(404);
  });
});
