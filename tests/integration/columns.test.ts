// 专栏 on a real database: only 政治处 maintains columns and articles, bad
// input gets Chinese field errors and writes nothing, and reading records one
// ArticleRead per person while viewCount counts every view.
import { beforeAll, describe, expect, it } from "vitest";

import { loadSessionUser } from "@/lib/auth/session";
import {
  createArticle,
  createColumn,
  deleteArticle,
  deleteColumn,
  recordArticleRead,
  updateArticle,
  updateColumn,
} from "@/lib/columns/actions";
import { getArticle, listColumnArticles, listColumnsWithLatest } from "@/lib/columns/queries";
import { db } from "@/lib/db";

import { actAs, lastAudit, makeDepartment, makeUser } from "./helpers";
import { dataOf, failureOf } from "./result";

type U = { id: string; username: string };
let staff: U, staff2: U, head: U, office: U, admin: U;
const tag = Date.now().toString(36);
let columnId = "";
let slug = "";

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}

async function counts() {
  return {
    columns: await db.column.count(),
    articles: await db.article.count(),
    reads: await db.articleRead.count(),
  };
}

beforeAll(async () => {
  const dept = await makeDepartment();
  staff = await makeUser({ departmentId: dept.id });
  staff2 = await makeUser({ departmentId: dept.id });
  head = await makeUser({ departmentId: dept.id, roles: ["DEPT_HEAD", "STAFF"] });
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  await actAs(office);
  slug = `col-${tag}`;
  const c = await createColumn({
    name: `测试专栏${tag}`,
    slug,
    description: "集成测试",
    sortOrder: "5",
  });
  expect(c).toMatchObject({ ok: true });
  columnId = dataOf(c).id;
});

describe("columns", () => {
  it("refuses writes from anyone but 政治处, and writes nothing", async () => {
    await actAs(office);
    const a = await createArticle({ columnId, title: "原标题", format: "TEXT", body: "原正文" });
    const articleId = dataOf(a).id;
    const before = await counts();
    for (const u of [staff, head, admin]) {
      await actAs(u);
      expect(
        await createColumn({ name: `越权${tag}`, slug: `x-${tag}`, sortOrder: 0 }),
        u.username,
      ).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
      expect(await updateColumn({ id: columnId, name: "改名", slug, sortOrder: 0 })).toMatchObject({
        ok: false,
      });
      expect(
        await createArticle({ columnId, title: "越权文章", format: "TEXT", body: "x" }),
      ).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
      expect(
        await updateArticle({ id: articleId, title: "篡改", format: "TEXT", body: "篡改" }),
      ).toMatchObject({ ok: false });
      expect(await deleteArticle({ id: articleId })).toMatchObject({ ok: false });
      expect(await deleteColumn({ id: columnId })).toMatchObject({
        ok: false,
        message: "您没有执行此操作的权限",
      });
      expect(
        await db.auditLog.count({
          where: { action: "column.article.delete", userId: u.id, result: "DENIED" },
        }),
      ).toBe(1);
    }
    expect(await counts()).toEqual(before);
    expect(
      await db.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { title: true, body: true },
      }),
    ).toEqual({ title: "原标题", body: "原正文" });
    expect((await db.column.findUniqueOrThrow({ where: { id: columnId } })).name).toBe(
      `测试专栏${tag}`,
    );
    // SYS_ADMIN reads no business content either.
    expect(await listColumnsWithLatest(await session(admin))).toBeNull();
  });

  it("rejects bad input with Chinese field errors and writes nothing", async () => {
    await actAs(office);
    const before = await counts();
    expect(await createArticle({ columnId, title: "  ", format: "TEXT", body: "x" })).toMatchObject(
      { ok: false, fieldErrors: { title: "请填写标题" } },
    );
    expect(
      await createArticle({ columnId, title: "x".repeat(81), format: "TEXT", body: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { title: "标题不能超过 80 个字符" } });
    expect(
      await createArticle({ columnId, title: "超长", format: "TEXT", body: "字".repeat(20001) }),
    ).toMatchObject({ ok: false, fieldErrors: { body: "正文不能超过 20000 个字符" } });
    expect(
      await createArticle({ columnId, title: "格式", format: "HTML", body: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { format: "请选择正文格式" } });
    expect(
      await createArticle({ columnId: "nope", title: "无专栏", format: "TEXT", body: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { columnId: "专栏不存在" } });
    for (const bad of ["Bad Slug", "两学一做", "-lead", "a_b", "manage"]) {
      const r = await createColumn({ name: `坏标识${tag}${bad}`, slug: bad, sortOrder: 0 });
      expect(r, bad).toMatchObject({ ok: false });
      expect(failureOf(r).fieldErrors?.slug, bad).toMatch(/路径标识/);
    }
    expect(
      await createColumn({ name: `测试专栏${tag}`, slug: `other-${tag}`, sortOrder: 0 }),
    ).toMatchObject({ ok: false, fieldErrors: { name: "已有同名专栏" } });
    expect(await createColumn({ name: `另一个${tag}`, slug, sortOrder: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { slug: "该路径标识已被其他专栏使用" },
    });
    expect(await createColumn({ name: "", slug: `ok-${tag}`, sortOrder: 1000 })).toMatchObject({
      ok: false,
      fieldErrors: { name: "请填写专栏名称", sortOrder: "排序不能大于 999" },
    });
    expect(await counts()).toEqual(before);

    // Renaming a column to another's name or slug is refused too.
    const other = await createColumn({
      name: `第二专栏${tag}`,
      slug: `second-${tag}`,
      sortOrder: 1,
    });
    const otherId = dataOf(other).id;
    expect(
      await updateColumn({ id: otherId, name: `测试专栏${tag}`, slug, sortOrder: 1 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: "已有同名专栏", slug: "该路径标识已被其他专栏使用" },
    });
    // Saving a column unchanged is not a clash with itself.
    expect(
      await updateColumn({
        id: otherId,
        name: `第二专栏${tag}`,
        slug: `second-${tag}`,
        description: "改了简介",
        sortOrder: 2,
      }),
    ).toMatchObject({ ok: true });
  });

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

  it("deletes only an empty column, with a Chinese reason otherwise", async () => {
    await actAs(office);
    const c = await createColumn({ name: `待删专栏${tag}`, slug: `del-${tag}`, sortOrder: "9" });
    const id = dataOf(c).id;
    const a = await createArticle({
      columnId: id,
      title: "仍在专栏内",
      format: "TEXT",
      body: "正文",
    });
    const before = await counts();
    expect(await deleteColumn({ id })).toMatchObject({
      ok: false,
      message: `专栏“待删专栏${tag}”内还有 1 篇文章，请先删除这些文章再删除专栏`,
    });
    expect(await counts()).toEqual(before);
    expect(await deleteArticle({ id: dataOf(a).id })).toMatchObject({ ok: true });
    expect(await deleteColumn({ id })).toMatchObject({ ok: true });
    expect(await db.column.findUnique({ where: { id } })).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "column.delete",
      objectId: id,
      result: "SUCCESS",
    });
    expect(await deleteColumn({ id })).toMatchObject({ ok: false });
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
