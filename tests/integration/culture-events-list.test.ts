// The 集体活动 list as people work with it (issue 15 item 5): sorted and
// searched (title, place) through the URL, and exported to XLSX holding
// exactly the rows — in the order — the same viewer's list shows, for
// 政治处 and for every participant; a club's events never appear in it; the
// only personal column is the viewer's own registration (never another's);
// an unknown ?sort= is ignored; a viewer without the list gets an audited 404.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/culture/events/export/route";
import { listEvents } from "@/lib/culture/events/queries";
import { EventListFilter } from "@/lib/culture/events/schemas";
import { db } from "@/lib/db";

import { DAY, makeClub, makeStaff, type U } from "./fixtures/culture";
import { actAs, makeUser } from "./helpers";

const TAG = `活导${Math.floor(Math.random() * 1e6)}`;
let office: U, s1: U, s2: U;

async function event(title: string, days: number, location: string, clubId: string | null = null) {
  return db.cultureEvent.create({
    data: {
      clubId,
      type: clubId ? "READING" : "HIKE",
      title: `${TAG}${title}`,
      location,
      startsAt: new Date(Date.now() + days * DAY),
      createdById: office.id,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  [office] = await makeStaff(1, ["POLITICAL_OFFICE"]);
  [s1, s2] = await makeStaff(2);
  const club = await makeClub(office, [s1]);
  const a = await event("甲徒步", 3, "西山");
  await event("乙观影", 5, "礼堂");
  await event("丙球赛", 4, "体育馆");
  await event("丁往期", -4, "西山");
  await event("社团读书", 2, "图书室", club.id);
  await db.cultureRegistration.create({ data: { eventId: a.id, userId: s1.id } });
});

const parse = (q: Record<string, string>) => EventListFilter.parse(q);

async function listed(u: U, q: Record<string, string>) {
  const r = await listEvents(u, null, parse(q));
  return r.rows.map((e) => e.title);
}

async function exported(query: string) {
  const res = await exportRoute(new Request(`http://localhost/culture/events/export${query}`), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) return { status: res.status, rows: [] as string[][] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) rows.push([1, 4, 6, 8].map((c) => String(row.getCell(c).value ?? "")));
  });
  return { status: res.status, rows, sub: String(ws.getRow(2).getCell(1).value) };
}

describe("sorting and searching", () => {
  it("sorts by title both ways, keeps upcoming soonest first by default, ignores an unknown column", async () => {
    const asc = await listed(s1, { q: TAG, sort: "title", dir: "asc" });
    expect(asc).toEqual([...asc].sort());
    expect(await listed(s1, { q: TAG, sort: "title", dir: "desc" })).toEqual([...asc].reverse());
    expect(await listed(s1, { q: TAG })).toEqual([`${TAG}甲徒步`, `${TAG}丙球赛`, `${TAG}乙观影`]);
    expect(await listed(s1, { q: TAG, sort: "createdById" })).toEqual(await listed(s1, { q: TAG }));
  });

  it("searches title and place, upcoming or past, never a club's events", async () => {
    expect(await listed(s1, { q: `${TAG}乙` })).toEqual([`${TAG}乙观影`]);
    expect(await listed(s1, { q: "西山" })).toContain(`${TAG}甲徒步`);
    expect(await listed(s1, { q: "西山", when: "past" })).toContain(`${TAG}丁往期`);
    expect(await listed(office, { q: "读书" })).not.toContain(`${TAG}社团读书`);
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's filtered, sorted rows and is audited with filter and count", async () => {
    await actAs(office);
    const x = await exported(`?q=${TAG}&sort=title&dir=desc`);
    expect(x.status).toBe(200);
    expect(x.rows.map((r) => r[0])).toEqual(
      await listed(office, { q: TAG, sort: "title", dir: "desc" }),
    );
    expect(x.sub).toContain(`关键词：${TAG}`);
    const a = await db.auditLog.findFirst({
      where: { action: "culture.events.export", userId: office.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "xlsx", rows: 3 });
  });

  it("a participant's export is their list, with their own registration only", async () => {
    await actAs(s1);
    const mine = await exported(`?q=${TAG}`);
    expect(mine.rows.map((r) => r[0])).toEqual(await listed(s1, { q: TAG }));
    expect(mine.rows.find((r) => r[0] === `${TAG}甲徒步`)).toEqual([
      `${TAG}甲徒步`,
      "西山",
      "1",
      "已报名",
    ]);
    await actAs(s2);
    const other = await exported(`?q=${TAG}`);
    expect(other.rows.map((r) => r[0])).toEqual(mine.rows.map((r) => r[0]));
    expect(other.rows.every((r) => r[3] === "未报名")).toBe(true);
    await actAs(s2);
    const past = await exported(`?q=${TAG}&when=past`);
    expect(past.rows.map((r) => r[0])).toEqual([`${TAG}丁往期`]);
  });

  it("a viewer without the list gets 404, and the refusal is audited", async () => {
    const auditor = await makeUser({ roles: ["AUDITOR"] });
    await actAs(auditor);
    expect((await exported("")).status).toBe(404);
    const a = await db.auditLog.findFirst({
      where: { action: "culture.events.export", userId: auditor.id },
      orderBy: { seq: "desc" },
    });
    expect(a?.result).toBe("NOT_FOUND");
  });
});
