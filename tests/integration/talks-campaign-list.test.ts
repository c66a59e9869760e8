// The 谈话计划 list as people work with it (issue 15 item 5): searched by
// title, filtered by scope, sorted through the URL (anything else in ?sort=
// means the default), and exported to XLSX holding exactly the rows, in the
// order and with the coverage figures, the same viewer's list shows; every
// export is audited with its filter and row count, and a viewer without the
// list (a department head, staff) gets 404.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/talks/campaigns/export/route";
import { db } from "@/lib/db";
import { createTalkCampaign, recordTalk } from "@/lib/talks/actions";
import { listCampaignTable } from "@/lib/talks/campaign-list";
import { exportTalkCampaigns } from "@/lib/talks/export";
import { campaignScopeLabel } from "@/lib/talks/labels";
import { CampaignListFilter } from "@/lib/talks/schemas";

import { day, idOf, makeTalksPeople, session } from "./fixtures/talks";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let p: Awaited<ReturnType<typeof makeTalksPeople>>;
const tag = `计划列表${Date.now().toString(36)}`;
const parse = (q: Record<string, string>) => CampaignListFilter.parse(q);
let a: string, b: string, c: string, decoy: string;

beforeAll(async () => {
  p = await makeTalksPeople();
  await actAs(p.office);
  // A: the department (head, staff, 4 members); B: two members; C: the other department's head.
  a = idOf(
    await createTalkCampaign({
      title: `${tag}A`,
      startsOn: day(-10),
      endsOn: day(10),
      scopeType: "DEPARTMENTS",
      departmentIds: [p.dept.id],
    }),
  );
  b = idOf(
    await createTalkCampaign({
      title: `${tag}B`,
      startsOn: day(-20),
      endsOn: day(5),
      scopeType: "FOCUS_GROUP",
      userIds: [p.members[0].id, p.members[1].id],
    }),
  );
  c = idOf(
    await createTalkCampaign({
      title: `${tag}C`,
      startsOn: day(-5),
      endsOn: day(20),
      scopeType: "DEPARTMENTS",
      departmentIds: [p.otherDept.id],
    }),
  );
  decoy = idOf(
    await createTalkCampaign({
      title: `另一计划${Date.now()}`,
      startsOn: day(-5),
      endsOn: day(20),
      scopeType: "DEPARTMENTS",
      departmentIds: [p.otherDept.id],
    }),
  );
  // One talk with members[0] inside every window: covered in A and B.
  await actAs(p.head);
  dataOf(
    await recordTalk({
      intervieweeId: p.members[0].id,
      heldOn: day(-1),
      occasion: "ROUTINE",
      notes: "计划列表测试",
      needsFollowUp: "",
    }),
  );
});

afterAll(async () => {
  await db.talkRecord.deleteMany({ where: { interviewerId: p.head.id } });
  await db.talkCampaign.deleteMany({ where: { id: { in: [a, b, c, decoy] } } });
});

async function exported(query: string) {
  const res = await exportRoute(new Request(`http://localhost/talks/campaigns/export${query}`), {
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

describe("searching, filtering and sorting", () => {
  it("searches titles, filters by scope and sorts by title, members or start", async () => {
    const ids = async (q: Record<string, string>) =>
      (await listCampaignTable(parse({ q: tag, ...q }))).rows.map((r) => r.id);
    expect(await ids({ sort: "title", dir: "asc" })).toEqual([a, b, c]);
    expect(await ids({ sort: "title", dir: "desc" })).toEqual([c, b, a]);
    expect(await ids({ sort: "members", dir: "asc" })).toEqual([c, b, a]);
    expect(await ids({})).toEqual([c, a, b]); // 开始日期, newest first
    expect(await ids({ sort: "createdById", dir: "asc" })).toEqual([c, a, b]);
    expect(await ids({ scopeType: "FOCUS_GROUP" })).toEqual([b]);
    const all = await listCampaignTable(parse({ q: "另一计划" }));
    expect(all.rows.map((r) => r.id)).toContain(decoy);
    expect(await ids({ q: "没有这样的计划" })).toEqual([]);
  });

  it("shows each campaign's members, those covered and the rate", async () => {
    const list = await listCampaignTable(parse({ q: tag, sort: "title" }));
    expect(list.rows.map((r) => [r.members, r.covered, r.percent])).toEqual([
      [6, 1, 16.7],
      [2, 1, 50],
      [1, 0, 0],
    ]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the list's filtered, sorted rows and figures, names its filter, and is audited", async () => {
    const f = { q: tag, sort: "members", dir: "desc" };
    const list = await listCampaignTable(parse(f));
    expect(list.rows.map((r) => r.id)).toEqual([a, b, c]);
    await actAs(p.leader);
    const x = await exported(`?${new URLSearchParams(f)}`);
    expect(x.status).toBe(200);
    expect(
      x.rows.map((r) => [r[0], r[1], r[4], r[5], Math.round(Number(r[6]) * 1000) / 10]),
    ).toEqual(
      list.rows.map((r) => [
        r.title,
        campaignScopeLabel(r.scopeType),
        r.members,
        r.covered,
        r.percent,
      ]),
    );
    expect(x.sub).toContain(`关键词：${tag}`);
    const row = await db.auditLog.findFirst({
      where: { action: "talk.campaign.list.export", userId: p.leader.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(row!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${tag}`,
    });
  });

  it("a scope filter narrows the export as it does the list", async () => {
    await actAs(p.office);
    const x = await exported(`?q=${encodeURIComponent(tag)}&scopeType=FOCUS_GROUP`);
    expect(x.rows.map((r) => r[0])).toEqual([`${tag}B`]);
    expect(x.sub).toContain("谈话范围：重点人员");
  });

  it("a department head and staff get null from the builder and 404 from the route, audited", async () => {
    const url = new URL("http://localhost/talks/campaigns/export");
    for (const u of [p.head, p.staff]) {
      expect(await exportTalkCampaigns(await session(u), url)).toBeNull();
      await actAs(u);
      expect((await exported("")).status).toBe(404);
      const row = await db.auditLog.findFirst({
        where: { action: "talk.campaign.list.export", userId: u.id },
        orderBy: { seq: "desc" },
      });
      expect(row?.result).toBe("NOT_FOUND");
    }
  });
});
