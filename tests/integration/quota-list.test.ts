// The 入额遴选 round list as people work with it (issue 15 item 5): sorted
// and searched (title) through the URL, ?mine=1 for the rounds one registered
// for, and exported to XLSX holding exactly the rows, in the order, the same
// viewer's list shows — with the viewer's own registration only, never
// another's; every export audited with its filter and row count; a viewer
// without the page gets null from the builder and 404 from the route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/quota/export/route";
import { db } from "@/lib/db";
import { exportQuotaRounds } from "@/lib/quota/export";
import { listRounds } from "@/lib/quota/list";
import { QuotaRoundFilter } from "@/lib/quota/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { newRound, office, register, session, setupQuota, staff } from "./fixtures/quota";
import { makeUser } from "./helpers";
import { dataOf } from "./result";

setupQuota();

const TAG = `入额列表${Math.floor(Math.random() * 1e6)}`;
const rounds: string[] = [];
const parse = (q: Record<string, string>) => QuotaRoundFilter.parse(q);
const titles = (list: Awaited<ReturnType<typeof listRounds>>) => list.rows.map((r) => r.title);

beforeAll(async () => {
  for (const [i, n] of ["甲", "乙", "丙"].entries())
    rounds.push(await newRound(`${TAG}${n}`, { places: 3 - i, opens: -1 - i }));
  dataOf(await register(staff[0], rounds[0]));
  dataOf(await register(staff[1], rounds[1]));
  dataOf(await register(staff[2], rounds[1]));
});

afterAll(async () => {
  await db.quotaRound.deleteMany({ where: { id: { in: rounds } } });
});

describe("sorting and searching", () => {
  it("sorts by title, places and registrants, and ignores an unknown column", async () => {
    const v = await session(office);
    const asc = await listRounds(v, parse({ q: TAG, sort: "title", dir: "asc" }));
    expect(titles(asc)).toEqual([`${TAG}丙`, `${TAG}乙`, `${TAG}甲`].sort());
    const desc = await listRounds(v, parse({ q: TAG, sort: "title", dir: "desc" }));
    expect(titles(desc)).toEqual([...titles(asc)].reverse());
    const places = await listRounds(v, parse({ q: TAG, sort: "places", dir: "asc" }));
    expect(titles(places)).toEqual([`${TAG}丙`, `${TAG}乙`, `${TAG}甲`]);
    const most = await listRounds(v, parse({ q: TAG, sort: "registrants", dir: "desc" }));
    expect(titles(most)).toEqual([`${TAG}乙`, `${TAG}甲`, `${TAG}丙`]);
    const bogus = await listRounds(v, parse({ q: TAG, sort: "createdById" }));
    const plain = await listRounds(v, parse({ q: TAG }));
    // The default: the latest registration window first.
    expect(titles(plain)).toEqual([`${TAG}甲`, `${TAG}乙`, `${TAG}丙`]);
    expect(titles(bogus)).toEqual(titles(plain));
  });

  it("searches the title, and ?mine=1 keeps the viewer's own rounds", async () => {
    const v = await session(staff[1]);
    expect(titles(await listRounds(v, parse({ q: `${TAG}丙` })))).toEqual([`${TAG}丙`]);
    expect(titles(await listRounds(v, parse({ q: TAG, mine: "1" })))).toEqual([`${TAG}乙`]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the viewer's sorted, searched rows with their own registration, audited", async () => {
    const query = `q=${TAG}&sort=title&dir=desc`;
    const list = await listRounds(
      await session(staff[0]),
      parse({ q: TAG, sort: "title", dir: "desc" }),
    );
    const x = await exportedSheet(exportRoute, `/quota/export?${query}`);
    expect(x.status).toBe(200);
    expect(column(x, "遴选名称")).toEqual(titles(list));
    expect(column(x, "已报名人数")).toEqual(list.rows.map((r) => String(r._count.registrations)));
    // Their own registration in 甲, nobody's in 乙 (where two others registered).
    expect(column(x, "我的报名")).toEqual(list.rows.map((r) => (r.id === rounds[0] ? "待定" : "")));
    expect(x.sub).toContain(`关键词：${TAG}`);
    const a = await lastExportAudit("quota.round.list.export", staff[0].id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${TAG}`,
    });
  });

  it("a registrant's ?mine=1 export never holds a round only another's list shows", async () => {
    const other = await listRounds(await session(staff[1]), parse({ q: TAG, mine: "1" }));
    expect(titles(other)).toEqual([`${TAG}乙`]);
    const mine = await listRounds(await session(staff[0]), parse({ q: TAG, mine: "1" }));
    const x = await exportedSheet(exportRoute, `/quota/export?q=${TAG}&mine=1`);
    expect(column(x, "遴选名称")).toEqual(titles(mine));
    expect(column(x, "遴选名称")).not.toContain(`${TAG}乙`);
    expect(x.sub).toContain("范围：我报名的遴选");
    // 政治处's list holds every round of the tag.
    await session(office);
    const all = await exportedSheet(exportRoute, `/quota/export?q=${TAG}`);
    expect(column(all, "遴选名称").sort()).toEqual([`${TAG}丙`, `${TAG}乙`, `${TAG}甲`].sort());
    expect(column(all, "我的报名")).toEqual(["", "", ""]);
  });

  it("a viewer without the page gets null from the builder and 404, audited", async () => {
    const auditor = await makeUser({ roles: ["AUDITOR"] });
    const v = await session(auditor);
    expect(
      await exportQuotaRounds(v, new URL(`http://localhost/quota/export?q=${TAG}`)),
    ).toBeNull();
    expect((await exportedSheet(exportRoute, `/quota/export?q=${TAG}`)).status).toBe(404);
    expect((await lastExportAudit("quota.round.list.export", auditor.id))?.result).toBe(
      "NOT_FOUND",
    );
  });
});
