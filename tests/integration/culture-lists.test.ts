// Two culture lists as people work with them (issue 15 item 5), on SQLite and
// PostgreSQL:
// - a club's 社团活动 table: sorted and searched (title, place) through the
//   URL, and exported holding exactly the rows, in the order, of the same
//   viewer's table: only that club's events, the viewer's own registration
//   only; a club that does not exist and a viewer without the list get 404;
// - the 征文 call list: sorted (title, window, entries), searched (title,
//   theme), filtered by phase, and exported alike, the viewer's own part only.
// Unknown ?sort= values fall back to the default; every export is audited
// with its filter and row count.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as clubExport } from "@/app/(portal)/culture/clubs/[id]/events/export/route";
import { GET as callExport } from "@/app/(portal)/culture/essays/export/route";
import { loadSessionUser } from "@/lib/auth/session";
import { listCalls } from "@/lib/culture/essays/queries";
import { EssayCallListFilter } from "@/lib/culture/essays/schemas";
import { listEvents } from "@/lib/culture/events/queries";
import { EventListFilter } from "@/lib/culture/events/schemas";
import { db } from "@/lib/db";

import { DAY, makeClub, makeStaff, type U } from "./fixtures/culture";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

const TAG = `文列${Math.floor(Math.random() * 1e6)}`;
let office: U, s1: U, s2: U, auditor: U;
let clubId: string, otherClubId: string;

async function event(title: string, days: number, location: string, club: string | null) {
  return db.cultureEvent.create({
    data: {
      clubId: club,
      type: "READING",
      title: `${TAG}${title}`,
      location,
      startsAt: new Date(Date.now() + days * DAY),
      createdById: office.id,
    },
    select: { id: true },
  });
}

async function call(title: string, theme: string, opens: number, closes: number, authors: U[]) {
  return db.essayCall.create({
    data: {
      title: `${TAG}${title}`,
      theme,
      opensAt: new Date(Date.now() + opens * DAY),
      closesAt: new Date(Date.now() + closes * DAY),
      createdById: office.id,
      entries: { create: authors.map((a) => ({ authorId: a.id, title: `${a.realName}的作品` })) },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  [office] = await makeStaff(1, ["POLITICAL_OFFICE"]);
  [s1, s2] = await makeStaff(2);
  auditor = await makeUser({ roles: ["AUDITOR"] });
  clubId = (await makeClub(office, [s1])).id;
  otherClubId = (await makeClub(office, [s2])).id;
  const a = await event("甲读书会", 3, "图书室", clubId);
  await event("乙讲座", 5, "礼堂", clubId);
  await event("丙观影", 4, "图书室", clubId);
  await event("丁往期", -4, "礼堂", clubId);
  await event("别社团", 2, "图书室", otherClubId);
  await event("集体活动", 2, "图书室", null);
  await db.cultureRegistration.create({ data: { eventId: a.id, userId: s1.id } });
  await call("甲征文", "检察故事", -10, 10, [s1]);
  await call("乙征文", "青年干警", -30, -5, [s1, s2]);
  await call("丙征文", "检察故事", 5, 20, []);
});

describe("社团活动", () => {
  const parse = (q: Record<string, string>) => EventListFilter.parse(q);
  const listed = async (u: U, q: Record<string, string>, club = clubId) =>
    (await listEvents(u, club, parse(q))).rows.map((e) => e.title);
  const url = (q: string, club = clubId) => `/culture/clubs/${club}/events/export${q}`;
  const route = clubExport as unknown as Parameters<typeof exportedSheet>[0];
  const exported = (q: string, club = clubId) => exportedSheet(route, url(q, club), { id: club });

  it("sorts by title both ways and searches title and place, within the club", async () => {
    const asc = await listed(s2, { q: TAG, sort: "title", dir: "asc" });
    expect(asc).toEqual([...asc].sort());
    expect(asc).toHaveLength(3);
    expect(await listed(s2, { q: TAG, sort: "title", dir: "desc" })).toEqual([...asc].reverse());
    expect(await listed(s2, { q: TAG })).toEqual([
      `${TAG}甲读书会`,
      `${TAG}丙观影`,
      `${TAG}乙讲座`,
    ]);
    expect(await listed(s2, { q: TAG, sort: "registrations" })).toEqual(
      await listed(s2, { q: TAG }),
    );
    expect(await listed(s2, { q: "图书室" })).toEqual([`${TAG}甲读书会`, `${TAG}丙观影`]);
    expect(await listed(s2, { q: TAG, when: "past" })).toEqual([`${TAG}丁往期`]);
  });

  it("exports exactly the viewer's table, their own registration only, audited", async () => {
    await actAs(s1);
    const mine = await exported(`?q=${TAG}&sort=location&dir=desc`);
    expect(mine.status).toBe(200);
    expect(column(mine, "活动")).toEqual(
      await listed(s1, { q: TAG, sort: "location", dir: "desc" }),
    );
    expect(column(mine, "我的报名")).toContain("已报名");
    expect(mine.sub).toContain(`关键词：${TAG}`);
    const a = await lastExportAudit("culture.club.events.export", s1.id);
    expect(a?.objectId).toBe(clubId);
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "xlsx", rows: 3 });
    await actAs(s2);
    const theirs = await exported(`?q=${TAG}&sort=location&dir=desc`);
    expect(column(theirs, "活动")).toEqual(column(mine, "活动"));
    expect(column(theirs, "我的报名").every((v) => v === "未报名")).toBe(true);
    // Never another club's, nor the 集体活动.
    expect(column(theirs, "活动")).not.toContain(`${TAG}别社团`);
    expect(column(theirs, "活动")).not.toContain(`${TAG}集体活动`);
  });

  it("a club that does not exist and a viewer without the list get 404, audited", async () => {
    await actAs(s1);
    expect((await exported("", "nosuchclub")).status).toBe(404);
    expect((await lastExportAudit("culture.club.events.export", s1.id))?.result).toBe("NOT_FOUND");
    await actAs(auditor);
    expect((await exported("")).status).toBe(404);
    const a = await lastExportAudit("culture.club.events.export", auditor.id);
    expect(a?.result).toBe("NOT_FOUND");
    expect(a?.objectId).toBe(clubId);
  });
});

describe("征文活动", () => {
  const parse = (q: Record<string, string>) => EssayCallListFilter.parse(q);
  const listed = async (u: U, q: Record<string, string>) =>
    (await listCalls((await loadSessionUser(await actAs(u)))!, parse(q))).rows.map((c) => c.title);
  const exported = (q: string) => exportedSheet(callExport, `/culture/essays/export${q}`);

  it("sorts by title, window and entries, searches title and theme, filters by phase", async () => {
    const asc = await listed(s1, { q: TAG, sort: "title" });
    expect(asc).toEqual([...asc].sort());
    expect(await listed(s1, { q: TAG, sort: "title", dir: "desc" })).toEqual([...asc].reverse());
    // Default: the newest window first.
    expect(await listed(s1, { q: TAG })).toEqual([`${TAG}丙征文`, `${TAG}甲征文`, `${TAG}乙征文`]);
    expect(await listed(s1, { q: TAG, sort: "entries", dir: "desc" })).toEqual([
      `${TAG}乙征文`,
      `${TAG}甲征文`,
      `${TAG}丙征文`,
    ]);
    expect(await listed(s1, { q: TAG, sort: "createdById" })).toEqual(await listed(s1, { q: TAG }));
    expect(await listed(s1, { q: "青年干警" })).toEqual([`${TAG}乙征文`]);
    expect(await listed(s1, { q: TAG, phase: "OPEN" })).toEqual([`${TAG}甲征文`]);
    expect(await listed(s1, { q: TAG, phase: "CLOSED" })).toEqual([`${TAG}乙征文`]);
    expect(await listed(s1, { q: TAG, phase: "UPCOMING" })).toEqual([`${TAG}丙征文`]);
  });

  it("exports exactly the viewer's list, their own part only, audited", async () => {
    await actAs(s2);
    const x = await exported(`?q=${TAG}&sort=closesAt&dir=asc`);
    expect(x.status).toBe(200);
    expect(column(x, "征文")).toEqual(await listed(s2, { q: TAG, sort: "closesAt", dir: "asc" }));
    expect(column(x, "作品数")).toEqual(["2", "1", "0"]);
    expect(column(x, "我的参与")).toEqual(["已投稿", "", ""]);
    expect(column(x, "状态")).toEqual(["评审中", "征集中", "未开始"]);
    const a = await lastExportAudit("culture.essays.calls.export", s2.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({ rows: 3, filter: `关键词：${TAG}` });
    await actAs(s1);
    const open = await exported(`?q=${TAG}&phase=OPEN`);
    expect(column(open, "征文")).toEqual([`${TAG}甲征文`]);
    expect(column(open, "我的参与")).toEqual(["已投稿"]);
    expect(open.sub).toContain("状态：征集中");
  });

  it("a viewer without the list gets 404, audited", async () => {
    await actAs(auditor);
    expect((await exported("")).status).toBe(404);
    expect((await lastExportAudit("culture.essays.calls.export", auditor.id))?.result).toBe(
      "NOT_FOUND",
    );
  });
});
