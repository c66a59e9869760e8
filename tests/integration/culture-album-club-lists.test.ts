// The 电子相册 and 社团 lists as people work with them (issue 15 item 5), on
// SQLite and PostgreSQL: sorted and searched through the URL, and exported
// holding exactly the rows, in the order, of the same viewer's page (the
// viewer's own standing only); a viewer without the list gets null from the
// builder and 404 from the route, audited; every export is audited with its
// filter and row count.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as albumExport } from "@/app/(portal)/culture/albums/export/route";
import AlbumsPage from "@/app/(portal)/culture/albums/page";
import { GET as clubExport } from "@/app/(portal)/culture/clubs/export/route";
import ClubsPage from "@/app/(portal)/culture/clubs/page";
import { loadSessionUser } from "@/lib/auth/session";
import { exportAlbums } from "@/lib/culture/album/export";
import { listAlbums } from "@/lib/culture/album/queries";
import { AlbumListFilter } from "@/lib/culture/album/schemas";
import { exportClubs } from "@/lib/culture/clubs/export";
import { listClubs } from "@/lib/culture/clubs/queries";
import { ClubListFilter } from "@/lib/culture/clubs/schemas";
import { db } from "@/lib/db";

import { DAY, makeStaff, type U } from "./fixtures/culture";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

const TAG = `相社${Math.floor(Math.random() * 1e6)}`;
let office: U, s1: U, s2: U, auditor: U, officer: U;
const clubIds: string[] = [];
const albumIds: string[] = [];
const eventIds: string[] = [];

const day = (d: string) => new Date(`${d}T00:00:00+08:00`);

async function album(title: string, eventOn: string | null, eventId: string | null = null) {
  const a = await db.album.create({
    data: { title, eventOn: eventOn ? day(eventOn) : null, eventId, createdById: office.id },
    select: { id: true },
  });
  albumIds.push(a.id);
}

async function event(title: string, clubId: string | null) {
  const e = await db.cultureEvent.create({
    data: {
      clubId,
      type: "READING",
      title,
      location: "图书室",
      startsAt: new Date(Date.now() - 3 * DAY),
      createdById: office.id,
    },
    select: { id: true },
  });
  eventIds.push(e.id);
  return e.id;
}

async function club(name: string, foundedOn: string, officers: U[], events: number) {
  const c = await db.club.create({
    data: {
      name: `${TAG}${name}`,
      foundedOn: day(foundedOn),
      createdById: office.id,
      members: {
        create: officers.map((o) => ({
          userId: o.id,
          role: "OFFICER",
          status: "ACTIVE",
          decidedAt: new Date(),
        })),
      },
    },
    select: { id: true },
  });
  clubIds.push(c.id);
  for (let i = 0; i < events; i++) await event(`${TAG}${name}活动${i}`, c.id);
  return c.id;
}

beforeAll(async () => {
  [office] = await makeStaff(1, ["POLITICAL_OFFICE"]);
  [s1, s2] = await makeStaff(2);
  auditor = await makeUser({ roles: ["AUDITOR"] });
  officer = await makeUser({ realName: `${TAG}负责人` });
  await album(`${TAG}甲相册`, "2026-01-03");
  await album(`${TAG}乙相册`, "2026-02-01");
  await album(`${TAG}丙相册`, null);
  // Found by its event's title only.
  await album("读书分享会照片", "2025-12-20", await event(`${TAG}读书分享会`, null));
  const a = await club("甲社", "2021-05-01", [officer], 1);
  await club("乙社", "2020-03-01", [s2], 3);
  await club("丙社", "2022-09-01", [s2], 0);
  // s1 asked to join 甲社: their own standing, never anyone else's, nor a member.
  await db.clubMember.create({ data: { clubId: a, userId: s1.id } });
});

afterAll(async () => {
  await db.album.deleteMany({ where: { id: { in: albumIds } } });
  await db.cultureEvent.deleteMany({ where: { id: { in: eventIds } } });
  await db.club.deleteMany({ where: { id: { in: clubIds } } });
});

const viewerOf = async (u: U) => (await loadSessionUser(await actAs(u)))!;

/** The page as `u` sees it with the query; the positions of `names` in it, in order. */
async function rendered(
  u: U,
  page: typeof AlbumsPage,
  query: Record<string, string>,
  names: string[],
) {
  await actAs(u);
  const html = renderToStaticMarkup(await page({ searchParams: Promise.resolve(query) }));
  return names.map((n) => html.indexOf(`>${n}<`));
}
const ascending = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > xs[i - 1]));

describe("电子相册", () => {
  const parse = (q: Record<string, string>) => AlbumListFilter.parse(q);
  const listed = async (u: U, q: Record<string, string>) =>
    (await listAlbums(await viewerOf(u), parse(q))).rows.map((a) => a.title);
  const exported = (q: string) => exportedSheet(albumExport, `/culture/albums/export${q}`);

  it("sorts by date and title through the URL and searches album and event titles", async () => {
    // Default: the newest event first, an album without a date last.
    expect(await listed(s1, { q: TAG })).toEqual([
      `${TAG}乙相册`,
      `${TAG}甲相册`,
      "读书分享会照片",
      `${TAG}丙相册`,
    ]);
    expect(await listed(s1, { q: TAG, sort: "eventOn", dir: "asc" })).toEqual([
      "读书分享会照片",
      `${TAG}甲相册`,
      `${TAG}乙相册`,
      `${TAG}丙相册`,
    ]);
    const asc = await listed(s1, { q: TAG, sort: "title" });
    expect(asc).toHaveLength(4);
    expect(await listed(s1, { q: TAG, sort: "title", dir: "desc" })).toEqual([...asc].reverse());
    expect(await listed(s1, { q: `${TAG}读书` })).toEqual(["读书分享会照片"]);
    expect(await listed(s1, { q: TAG, sort: "photoCount" })).toEqual(await listed(s1, { q: TAG }));
  });

  it("exports exactly the viewer's list, sorted and searched alike, audited", async () => {
    await actAs(s1);
    const x = await exported(`?q=${TAG}&sort=title&dir=desc`);
    expect(x.status).toBe(200);
    expect(x.header).toEqual(["相册", "活动日期", "关联活动", "照片数"]);
    expect(column(x, "相册")).toEqual(await listed(s1, { q: TAG, sort: "title", dir: "desc" }));
    const row = x.rows[column(x, "相册").indexOf("读书分享会照片")];
    expect(row.slice(2)).toEqual([`${TAG}读书分享会`, "0"]);
    expect(x.sub).toContain(`关键词：${TAG}`);
    const a = await lastExportAudit("culture.albums.export", s1.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 4,
    });
    await actAs(office);
    const all = await exported(`?q=${TAG}`);
    expect(column(all, "相册")).toEqual(await listed(office, { q: TAG }));
  });

  it("the page shows the cards in the list's order", async () => {
    const q = { q: TAG, sort: "title", dir: "desc" };
    expect(ascending(await rendered(s1, AlbumsPage, q, await listed(s1, q)))).toBe(true);
  });

  it("a viewer without the albums gets null from the builder and 404, audited", async () => {
    const url = new URL(`http://localhost/culture/albums/export?q=${TAG}`);
    expect(await exportAlbums(await viewerOf(auditor), url)).toBeNull();
    expect((await listAlbums(await viewerOf(auditor), parse({ q: TAG }))).total).toBe(0);
    await actAs(auditor);
    expect((await exported(`?q=${TAG}`)).status).toBe(404);
    const a = await lastExportAudit("culture.albums.export", auditor.id);
    expect(a?.result).toBe("NOT_FOUND");
  });
});

describe("社团", () => {
  const parse = (q: Record<string, string>) => ClubListFilter.parse(q);
  const listed = async (u: U, q: Record<string, string>) =>
    (await listClubs(await viewerOf(u), parse(q))).rows.map((c) => c.name);
  const exported = (q: string) => exportedSheet(clubExport, `/culture/clubs/export${q}`);

  it("sorts by founding, name and events, and searches club and officer names", async () => {
    expect(await listed(s1, { q: TAG })).toEqual([`${TAG}乙社`, `${TAG}甲社`, `${TAG}丙社`]);
    expect(await listed(s1, { q: TAG, sort: "events", dir: "desc" })).toEqual([
      `${TAG}乙社`,
      `${TAG}甲社`,
      `${TAG}丙社`,
    ]);
    expect(await listed(s1, { q: TAG, sort: "events", dir: "asc" })).toEqual([
      `${TAG}丙社`,
      `${TAG}甲社`,
      `${TAG}乙社`,
    ]);
    expect(await listed(s1, { q: TAG, sort: "foundedOn", dir: "desc" })).toEqual([
      `${TAG}丙社`,
      `${TAG}甲社`,
      `${TAG}乙社`,
    ]);
    const asc = await listed(s1, { q: TAG, sort: "name" });
    expect(await listed(s1, { q: TAG, sort: "name", dir: "desc" })).toEqual([...asc].reverse());
    // The officer's name finds their club; an unknown column means the default.
    expect(await listed(s1, { q: `${TAG}负责人` })).toEqual([`${TAG}甲社`]);
    expect(await listed(s1, { q: TAG, sort: "members" })).toEqual(await listed(s1, { q: TAG }));
  });

  it("exports exactly the viewer's list, their own standing only, audited", async () => {
    await actAs(s1);
    const mine = await exported(`?q=${TAG}&sort=events&dir=desc`);
    expect(mine.status).toBe(200);
    expect(column(mine, "社团")).toEqual(await listed(s1, { q: TAG, sort: "events", dir: "desc" }));
    expect(column(mine, "社团活动")).toEqual(["3", "1", "0"]);
    // A pending request is not a member.
    expect(column(mine, "在册成员")).toEqual(["1", "1", "1"]);
    expect(column(mine, "负责人")).toEqual([s2.realName, `${TAG}负责人`, s2.realName]);
    expect(column(mine, "我的状态")).toEqual(["", "待审批", ""]);
    const a = await lastExportAudit("culture.clubs.export", s1.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({ rows: 3, filter: `关键词：${TAG}` });
    await actAs(s2);
    const theirs = await exported(`?q=${TAG}&sort=events&dir=desc`);
    expect(column(theirs, "社团")).toEqual(column(mine, "社团"));
    expect(column(theirs, "我的状态")).toEqual(["在册", "", "在册"]);
    const byOfficer = await exported(`?q=${TAG}负责人`);
    expect(column(byOfficer, "社团")).toEqual([`${TAG}甲社`]);
  });

  it("the page shows the cards in the list's order", async () => {
    const q = { q: TAG, sort: "events", dir: "asc" };
    expect(ascending(await rendered(s1, ClubsPage, q, await listed(s1, q)))).toBe(true);
  });

  it("a viewer without the clubs gets null from the builder and 404, audited", async () => {
    const url = new URL(`http://localhost/culture/clubs/export?q=${TAG}`);
    expect(await exportClubs(await viewerOf(auditor), url)).toBeNull();
    expect((await listClubs(await viewerOf(auditor), parse({ q: TAG }))).total).toBe(0);
    await actAs(auditor);
    expect((await exported(`?q=${TAG}`)).status).toBe(404);
    expect((await lastExportAudit("culture.clubs.export", auditor.id))?.result).toBe("NOT_FOUND");
  });
});
