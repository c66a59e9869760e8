// 专栏 articles in the global search (issue 15 item 6): every business role
// (column.read) finds articles by their title, across the columns, each
// linking to its article; a title that does not match, or a match only in the
// body, is not found, and the body is never returned. Articles have no draft
// state (each is published when saved), so all readers find the same ones.
// SYS_ADMIN and AUDITOR hold no column.read and search no articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hitsOf } from "@/components/search/hits";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { searchAll, type SearchResults } from "@/lib/search/queries";

import { session } from "./fixtures/talks";
import { makeUser } from "./helpers";

const KEY = `寻文${Math.floor(Math.random() * 1e6)}`;
type U = Awaited<ReturnType<typeof makeUser>>;
const users: Partial<Record<Role, U>> = {};
const a = { older: "", newer: "", other: "", bodyOnly: "" };
let columnIds: string[] = [];

beforeAll(async () => {
  for (const role of ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"] as const)
    users[role] = await makeUser({ roles: role === "STAFF" ? ["STAFF"] : [role, "STAFF"] });
  users.SYS_ADMIN = await makeUser({ roles: ["SYS_ADMIN"] });
  users.AUDITOR = await makeUser({ roles: ["AUDITOR"] });
  const [c1, c2] = await Promise.all(
    ["甲", "乙"].map((n) =>
      db.column.create({
        data: { name: `${KEY}专栏${n}`, slug: `c${KEY.slice(2)}-${n === "甲" ? "a" : "b"}` },
      }),
    ),
  );
  columnIds = [c1.id, c2.id];
  const article = async (columnId: string, title: string, body: string, at: string) =>
    (
      await db.article.create({
        data: {
          columnId,
          title,
          body,
          authorId: users.POLITICAL_OFFICE!.id,
          publishedAt: new Date(at),
        },
      })
    ).id;
  a.older = await article(c1.id, `${KEY}学习体会`, "正文一", "2026-03-01T02:00:00Z");
  a.newer = await article(c2.id, `检察文化·${KEY}`, "正文二", "2026-05-01T02:00:00Z");
  a.other = await article(c1.id, "无关的文章", "正文三", "2026-04-01T02:00:00Z");
  a.bodyOnly = await article(c2.id, "另一篇", `正文提到${KEY}`, "2026-04-02T02:00:00Z");
});

afterAll(async () => {
  await db.column.deleteMany({ where: { id: { in: columnIds } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.id) } } });
});

const group = (r: SearchResults) => r.groups.find((g) => g.kind === "article");
const search = async (role: Role) => searchAll(await session(users[role]!), KEY);

describe("专栏 articles in the global search", () => {
  it.each(["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"] as const)(
    "%s finds the matching titles, newest first, each linking to its article",
    async (role) => {
      const r = await search(role);
      expect(r.searched).toContain("article");
      const g = group(r)!;
      expect(g.total).toBe(2);
      expect(g.more).toBeNull();
      expect(g.rows.map((x) => x.id)).toEqual([a.newer, a.older]);
      expect(JSON.stringify(g)).not.toContain("正文");
      const hits = hitsOf(g);
      expect(hits.map((h) => h.href)).toEqual([
        `/columns/c${KEY.slice(2)}-b/${a.newer}`,
        `/columns/c${KEY.slice(2)}-a/${a.older}`,
      ]);
      expect(hits[0]).toMatchObject({ title: `检察文化·${KEY}` });
      expect(hits[0].meta).toEqual([`${KEY}专栏乙`, "发布于 2026/05/01"]);
    },
  );

  // The 安全审计员 has no search at all (searched is empty, /search a 404).
  it.each(["SYS_ADMIN", "AUDITOR"] as const)("%s searches no articles", async (role) => {
    const r = await search(role);
    expect(r.searched).not.toContain("article");
    expect(group(r)).toBeUndefined();
  });
});
