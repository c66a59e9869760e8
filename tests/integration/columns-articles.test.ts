// 专栏 articles on a real database: reading records one ArticleRead per
// person while viewCount counts every view, edits and deletion, and paging.
import { beforeAll, describe, expect, it } from "vitest";

import {
  createArticle,
  createColumn,
  deleteArticle,
  recordArticleRead,
  updateArticle,
} from "@/lib/columns/actions";
import { getArticle, listColumnArticles, listColumnsWithLatest } from "@/lib/columns/queries";
import { db } from "@/lib/db";

import { makeColumnsPeople, session, type U } from "./fixtures/columns";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let staff: U, staff2: U, head: U, office: U, admin: U;
const tag = Date.now().toString(36);
let columnId = "";
let slug = "";

beforeAll(async () => {
  ({ staff, staff2, head, office, admin, columnId, slug } = await makeColumnsPeople(tag));
});

describe("columns", () => {
  it("publishes, edits and deletes an article; reads count one per person and every view", async () => {
    await actAs(office);
    const r = await createArticle({
      columnId,
      title: "学习贯彻会议精神",
      format: "MARKDOWN",
      body: "## 要点\n\n- **一**",
    });
    expect(r).toMatchObject({ ok: true, data: { slug } });
    const id = dataOf(r).id;
    expect(await db.notification.count({ where: { link: { contains: id } } })).toBe(0);

    // The author's own view is not a read.
    expect(await recordArticleRead({ id })).toMatchObject({ ok: true, data: { counted: false } });

    const { updatedAt } = await db.article.findUniqueOrThrow({
      where: { id },
      select: { updatedAt: true },
    });
    await actAs(staff);
    expect(await recordArticleRead({ id })).toMatchObject({
      ok: true,
      data: { counted: true, firstRead: true },
    });
    expect(await recordArticleRead({ id })).toMatchObject({
      ok: true,
      data: { counted: true, firstRead: false },
    });
    await actAs(staff2);
    expect(await recordArticleRead({ id })).toMatchObject({ ok: true, data: { firstRead: true } });
    await actAs(admin);
    expect(await recordArticleRead({ id })).toMatchObject({ ok: false });
    await actAs(staff);
    expect(await recordArticleRead({ id: "missing-id" })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });

    expect(await db.articleRead.count({ where: { articleId: id } })).toBe(2);
    expect(await db.articleRead.count({ where: { articleId: id, userId: staff.id } })).toBe(1);
    const s = await session(staff);
    expect(await getArticle(s, columnId, id)).toMatchObject({
      views: 3,
      readers: 2,
      title: "学习贯彻会议精神",
      updatedAt,
    });

    // Listed with counts; "新" only for someone who has not read it.
    const mine = (await listColumnArticles(s, columnId, { page: 1 }))!.rows.find(
      (a) => a.id === id,
    );
    expect(mine).toMatchObject({ views: 3, readers: 2, unread: false });
    const theirs = (await listColumnArticles(await session(head), columnId, {
      page: 1,
    }))!.rows.find((a) => a.id === id);
    expect(theirs).toMatchObject({ unread: true });
    const overview = (await listColumnsWithLatest(s))!.find((c) => c.id === columnId)!;
    expect(overview.articles[0]).toMatchObject({ id, readers: 2 });

    // An article is only found in its own column.
    expect(await getArticle(s, "other-column", id)).toBeNull();

    await actAs(office);
    expect(
      await updateArticle({
        id,
        title: "学习贯彻会议精神（修订）",
        format: "TEXT",
        body: "改为纯文本",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await db.article.findUniqueOrThrow({
        where: { id },
        select: { title: true, format: true, viewCount: true },
      }),
    ).toEqual({ title: "学习贯彻会议精神（修订）", format: "TEXT", viewCount: 3 });
    expect(await deleteArticle({ id })).toMatchObject({ ok: true, data: { slug } });
    expect(await db.article.count({ where: { id } })).toBe(0);
    expect(await db.articleRead.count({ where: { articleId: id } })).toBe(0);
    expect(await deleteArticle({ id })).toMatchObject({
      ok: false,
      message: "记录不存在或您无权查看",
    });
    expect(
      await db.auditLog.count({
        where: { action: "column.article.delete", objectId: id, result: "SUCCESS" },
      }),
    ).toBe(1);
  });

  it("pages a column's articles newest first", async () => {
    await actAs(office);
    const c = await createColumn({ name: `分页专栏${tag}`, slug: `paged-${tag}`, sortOrder: 9 });
    const cid = dataOf(c).id;
    for (let i = 0; i < 17; i++)
      await db.article.create({
        data: {
          columnId: cid,
          title: `第${i}篇`,
          body: "x",
          authorId: office.id,
          publishedAt: new Date(Date.UTC(2026, 0, i + 1)),
        },
      });
    const s = await session(staff);
    const p1 = (await listColumnArticles(s, cid, { page: 1 }))!;
    const p2 = (await listColumnArticles(s, cid, { page: 2 }))!;
    expect(p1).toMatchObject({ total: 17, pages: 2 });
    expect(p1.rows).toHaveLength(15);
    expect(p1.rows[0].title).toBe("第16篇");
    expect(p2.rows.map((r) => r.title)).toEqual(["第1篇", "第0篇"]);
  });
});
