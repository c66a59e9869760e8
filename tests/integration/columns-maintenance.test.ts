// 专栏 on a real database: only 政治处 maintains columns and articles, bad
// input gets Chinese field errors and writes nothing, and only an empty
// column can be deleted. Publishing and reading are in
// columns-articles.test.ts.
import { beforeAll, describe, expect, it } from "vitest";

import {
  createArticle,
  createColumn,
  deleteArticle,
  deleteColumn,
  updateArticle,
  updateColumn,
} from "@/lib/columns/actions";
import { listColumnsWithLatest } from "@/lib/columns/queries";
import { db } from "@/lib/db";

import { makeColumnsPeople, session, type U } from "./fixtures/columns";
import { actAs, lastAudit } from "./helpers";
import { dataOf, failureOf } from "./result";

let staff: U, head: U, office: U, admin: U;
const tag = Date.now().toString(36);
let columnId = "";
let slug = "";

async function counts() {
  return {
    columns: await db.column.count(),
    articles: await db.article.count(),
    reads: await db.articleRead.count(),
  };
}

beforeAll(async () => {
  ({ staff, head, office, admin, columnId, slug } = await makeColumnsPeople(tag));
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
});
