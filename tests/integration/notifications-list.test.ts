// One's own notifications (通知) as a list to work with (issue 15 item 5):
// searched by title, filtered by read or unread, sorted through the URL, and
// exported to XLSX holding exactly the rows — in the order — the same query
// shows one; never another's notification; every export audited with its
// filter and row count; no session, or no permission, gets 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/notifications/export/route";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { exportNotifications } from "@/lib/notifications/export";
import { listNotifications } from "@/lib/notifications/queries";
import { NotificationListFilter } from "@/lib/notifications/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAnonymously, actAs, makeUser } from "./helpers";

type U = { id: string; username: string };
const TAG = `通知列表${Math.floor(Math.random() * 1e6)}`;
const TITLES = ["丙", "甲", "丁", "乙"];
let owner: U;
let other: U;

const parse = (q: Record<string, string>) => NotificationListFilter.parse(q);
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  owner = await makeUser();
  other = await makeUser();
  for (const [i, t] of TITLES.entries())
    await db.notification.create({
      data: {
        userId: owner.id,
        title: `${TAG}${t}`,
        body: `第 ${i} 条`,
        createdAt: minutesAgo(10 + i),
        readAt: i % 2 ? minutesAgo(5 + i) : null,
      },
    });
  await db.notification.create({
    data: { userId: owner.id, title: "与关键词无关的提醒", createdAt: minutesAgo(1) },
  });
  for (const t of TITLES)
    await db.notification.create({ data: { userId: other.id, title: `${TAG}他人${t}` } });
});

afterAll(async () => {
  await db.notification.deleteMany({ where: { userId: { in: [owner.id, other.id] } } });
  await db.user.deleteMany({ where: { id: { in: [owner.id, other.id] } } });
});

describe("sorting, searching and filtering", () => {
  it("searches one's own titles, newest first, and sorts by title both ways", async () => {
    const plain = await listNotifications(owner.id, parse({ q: TAG }));
    expect(plain.rows.map((r) => r.title)).toEqual(TITLES.map((t) => `${TAG}${t}`));
    const asc = await listNotifications(owner.id, parse({ q: TAG, sort: "title", dir: "asc" }));
    expect(asc.rows.map((r) => r.title)).toEqual(TITLES.map((t) => `${TAG}${t}`).sort());
    const desc = await listNotifications(owner.id, parse({ q: TAG, sort: "title", dir: "desc" }));
    expect(desc.rows.map((r) => r.id)).toEqual(asc.rows.map((r) => r.id).reverse());
    const bogus = await listNotifications(owner.id, parse({ q: TAG, sort: "userId" }));
    expect(bogus.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
    expect((await listNotifications(owner.id, parse({}))).total).toBe(5);
  });

  it("filters read and unread, and sorts unread first by status", async () => {
    const unread = await listNotifications(owner.id, parse({ q: TAG, status: "unread" }));
    expect(unread.rows.map((r) => r.title)).toEqual([`${TAG}丙`, `${TAG}丁`]);
    const read = await listNotifications(owner.id, parse({ q: TAG, status: "read" }));
    expect(read.rows.map((r) => r.title)).toEqual([`${TAG}甲`, `${TAG}乙`]);
    const byStatus = await listNotifications(owner.id, parse({ q: TAG, sort: "readAt" }));
    expect(byStatus.rows.map((r) => r.readAt === null)).toEqual([true, true, false, false]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly one's filtered, sorted rows, names its filter, and is audited", async () => {
    const query = { q: TAG, sort: "title", dir: "desc" };
    const list = await listNotifications(owner.id, parse(query));
    await actAs(owner);
    const x = await exportedSheet(
      exportRoute,
      `/notifications/export?${new URLSearchParams(query)}`,
    );
    expect(x.status).toBe(200);
    expect(x.header).toEqual(["时间", "标题", "内容", "状态", "已读时间"]);
    expect(column(x, "标题")).toEqual(list.rows.map((r) => r.title));
    expect(column(x, "内容")).toEqual(list.rows.map((r) => r.body));
    expect(column(x, "状态")).toEqual(list.rows.map((r) => (r.readAt ? "已读" : "未读")));
    expect(x.sub).toContain(`关键词：${TAG}`);
    const a = await lastExportAudit("notification.list.export", owner.id);
    expect(a?.result).toBe("SUCCESS");
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 4,
      filter: `关键词：${TAG}`,
    });
  });

  it("a status filter and the default order match the list too", async () => {
    const list = await listNotifications(owner.id, parse({ status: "unread" }));
    await actAs(owner);
    const x = await exportedSheet(exportRoute, "/notifications/export?status=unread");
    expect(column(x, "标题")).toEqual(list.rows.map((r) => r.title));
    expect(list.total).toBe(3);
    expect(x.sub).toContain("状态：未读");
  });

  it("never holds another's notification, whatever the query string says", async () => {
    await actAs(owner);
    const x = await exportedSheet(
      exportRoute,
      `/notifications/export?q=${encodeURIComponent(`${TAG}他人`)}&userId=${other.id}`,
    );
    expect(x.status).toBe(200);
    expect(x.rows).toEqual([]);
    const all = await exportedSheet(exportRoute, `/notifications/export?userId=${other.id}`);
    expect(column(all, "标题")).toHaveLength(5);
    expect(column(all, "标题").some((t) => t.includes("他人"))).toBe(false);
    await actAs(other);
    const theirs = await exportedSheet(exportRoute, `/notifications/export?q=${TAG}`);
    const list = await listNotifications(other.id, parse({ q: TAG }));
    expect(column(theirs, "标题")).toEqual(list.rows.map((r) => r.title));
    expect(list.total).toBe(4);
  });

  it("no permission means no file from the builder, and no session means 404", async () => {
    const s = (await loadSessionUser(await actAs(owner)))!;
    const url = new URL("http://localhost/notifications/export");
    expect(await exportNotifications({ ...s, roles: [] }, url)).toBeNull();
    expect(await exportNotifications(s, url)).not.toBeNull();
    actAnonymously();
    expect((await exportedSheet(exportRoute, "/notifications/export")).status).toBe(404);
  });
});
