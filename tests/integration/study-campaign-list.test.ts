// The 专题学习教育 list as people work with it (issue 15 item 5): searched by
// title or creator, sorted through the URL (anything else in ?sort= means the
// default), and exported to XLSX holding exactly the rows, in the order and
// with the activity counts and attendance, the same viewer's list shows; every
// export is audited with its filter and row count, and a viewer without the
// list (a department head, staff) gets 404. Shared people: ./fixtures/study-activities.ts.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/study/campaigns/export/route";
import { db } from "@/lib/db";
import { recordStudyAttendance } from "@/lib/study/activities/actions";
import { createStudyCampaign } from "@/lib/study/campaigns/actions";
import { exportStudyCampaigns } from "@/lib/study/campaigns/export";
import { listStudyCampaigns } from "@/lib/study/campaigns/list";
import { StudyCampaignListFilter } from "@/lib/study/campaigns/schemas";

import {
  a1,
  a2,
  campaignIds,
  day,
  headA,
  idOf,
  leader,
  newActivity,
  office,
  organiser,
  session,
  setupStudyActivities,
} from "./fixtures/study-activities";
import { actAs, makeUser } from "./helpers";

setupStudyActivities();

const tag = `专题列表${Date.now().toString(36)}`;
const creator = `${tag}创建人`;
const parse = (q: Record<string, string>) => StudyCampaignListFilter.parse(q);
let a: string, b: string, c: string, decoy: string;

async function campaign(title: string, from: number, to: number) {
  const id = idOf(
    await createStudyCampaign({
      title,
      startsOn: day(from).slice(0, 10),
      endsOn: day(to).slice(0, 10),
    }),
  );
  campaignIds.push(id);
  return id;
}

beforeAll(async () => {
  await actAs(office);
  a = await campaign(`${tag}A`, -10, 10);
  c = await campaign(`${tag}C`, -5, 20);
  decoy = await campaign(`另一专题${Date.now()}`, -5, 20); // never matches the keyword
  // B is another 政治处 member's, to search by creator.
  const office2 = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  await db.user.update({ where: { id: office2.id }, data: { realName: creator } });
  await actAs(office2);
  b = await campaign(`${tag}B`, -20, 5);
  // A: two activities for department A, one with attendance; C: one; B: none.
  const forum = await newActivity({ campaignId: a });
  await newActivity({ campaignId: a, title: "专题列表第二次" });
  await newActivity({ campaignId: c });
  await actAs(organiser);
  expect(
    await recordStudyAttendance({
      activityId: forum,
      entries: [
        { userId: headA.id, status: "PRESENT" },
        { userId: a1.id, status: "PRESENT" },
        { userId: a2.id, status: "ABSENT" },
      ],
    }),
  ).toMatchObject({ ok: true });
});

async function exported(query: string) {
  const res = await exportRoute(new Request(`http://localhost/study/campaigns/export${query}`), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) return { status: res.status, rows: [] as unknown[][] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) rows.push((row.values as unknown[]).slice(1));
  });
  return { status: res.status, rows, sub: String(ws.getRow(2).getCell(1).value) };
}

describe("searching and sorting", () => {
  it("searches titles and creators, and sorts by title, activities or start", async () => {
    const ids = async (q: Record<string, string>) =>
      (await listStudyCampaigns(parse({ q: tag, ...q }))).rows.map((r) => r.id);
    expect(await ids({ sort: "title", dir: "asc" })).toEqual([a, b, c]);
    expect(await ids({ sort: "title", dir: "desc" })).toEqual([c, b, a]);
    expect(await ids({ sort: "activities", dir: "asc" })).toEqual([b, c, a]);
    expect(await ids({})).toEqual([c, a, b]); // 开始日期, newest first
    expect(await ids({ sort: "createdById", dir: "asc" })).toEqual([c, a, b]);
    expect(await ids({ q: creator })).toEqual([b]);
    expect((await listStudyCampaigns(parse({ q: "另一专题" }))).rows.map((r) => r.id)).toContain(
      decoy,
    );
    expect(await ids({ q: "没有这样的专题" })).toEqual([]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the list's searched, sorted rows and figures, names its filter, and is audited", async () => {
    const f = { q: tag, sort: "activities", dir: "desc" };
    const list = await listStudyCampaigns(parse(f));
    expect(list.rows.map((r) => r.id)).toEqual([a, c, b]);
    expect(list.rows[0].tally).toMatchObject({ expected: 6, present: 2, absent: 1 });
    await actAs(leader);
    const x = await exported(`?${new URLSearchParams(f)}`);
    expect(x.status).toBe(200);
    expect(x.rows.map((r) => [r[0], r[1], ...r.slice(4, 10)])).toEqual(
      list.rows.map((r) => [
        r.title,
        r.createdBy.realName,
        r.activities,
        r.tally.expected,
        r.tally.present,
        r.tally.leave,
        r.tally.absent,
        r.tally.unrecorded,
      ]),
    );
    expect(
      x.rows.map((r) => (r[10] == null ? null : Math.round(Number(r[10]) * 1000) / 10)),
    ).toEqual(list.rows.map((r) => r.tally.rate));
    expect(x.sub).toContain(`关键词：${tag}`);
    const row = await db.auditLog.findFirst({
      where: { action: "study.campaign.list.export", userId: leader.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(row!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${tag}`,
    });
  });

  it("a creator search narrows the export as it does the list", async () => {
    await actAs(office);
    const x = await exported(`?q=${encodeURIComponent(creator)}`);
    expect(x.rows.map((r) => r[0])).toEqual([`${tag}B`]);
  });

  it("a department head and staff get null from the builder and 404 from the route, audited", async () => {
    const url = new URL("http://localhost/study/campaigns/export");
    for (const u of [headA, a1]) {
      expect(await exportStudyCampaigns(await session(u), url)).toBeNull();
      await actAs(u);
      expect((await exported("")).status).toBe(404);
      const row = await db.auditLog.findFirst({
        where: { action: "study.campaign.list.export", userId: u.id },
        orderBy: { seq: "desc" },
      });
      expect(row?.result).toBe("NOT_FOUND");
    }
  });
});
