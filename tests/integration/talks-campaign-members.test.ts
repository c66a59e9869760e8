// One 谈话计划's member table (/talks/campaigns/[id]) as people work with it
// (issue 15 item 5): searched by name or department, filtered by 已谈/未谈 and
// sorted through the URL, and exported to XLSX holding exactly the rows, in
// the order, the same viewer's table shows — who is covered, never a talk's
// notes — audited with filter and row count. Those without the page (a
// department head, staff) get null from the builder and 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/(portal)/talks/campaigns/[id]/export/route";
import { db } from "@/lib/db";
import { createTalkCampaign, recordTalk } from "@/lib/talks/actions";
import { campaignForMembers, listCampaignMembers } from "@/lib/talks/campaign-members";
import { exportCampaignMembers } from "@/lib/talks/campaign-members-export";
import { CampaignMemberFilter } from "@/lib/talks/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { day, idOf, makeTalksPeople, session } from "./fixtures/talks";
import { actAs } from "./helpers";
import { dataOf } from "./result";

const exportRoute = GET as Parameters<typeof exportedSheet>[0];
const tag = `计划人员${Date.now().toString(36)}`;
const NOTES = `计划人员测试谈话${tag}`;
const parse = (q: Record<string, string>) => CampaignMemberFilter.parse(q);
let p: Awaited<ReturnType<typeof makeTalksPeople>>;
let id: string;
let deptName: string;

async function list(q: Record<string, string>) {
  const c = await campaignForMembers(await session(p.office), id);
  return listCampaignMembers(c!, parse(q));
}
const names = (l: Awaited<ReturnType<typeof list>>) => l.rows.map((r) => r.realName);

beforeAll(async () => {
  p = await makeTalksPeople();
  for (const [i, n] of ["丙", "甲", "丁", "乙"].entries())
    await db.user.update({ where: { id: p.members[i].id }, data: { realName: `${tag}${n}` } });
  deptName = (await db.department.findUniqueOrThrow({ where: { id: p.dept.id } })).name;
  await actAs(p.office);
  // Both departments: the other department's head does not match the keyword.
  id = idOf(
    await createTalkCampaign({
      title: tag,
      startsOn: day(-10),
      endsOn: day(10),
      scopeType: "DEPARTMENTS",
      departmentIds: [p.dept.id, p.otherDept.id],
    }),
  );
  await actAs(p.head);
  dataOf(
    await recordTalk({
      intervieweeId: p.members[0].id,
      heldOn: day(-1),
      occasion: "ROUTINE",
      notes: NOTES,
      needsFollowUp: "",
    }),
  );
});

afterAll(async () => {
  await db.talkRecord.deleteMany({ where: { interviewerId: p.head.id } });
  await db.talkCampaign.deleteMany({ where: { id } });
});

describe("searching, filtering and sorting", () => {
  it("searches names and departments, filters 已谈/未谈, sorts by the declared columns", async () => {
    expect(names(await list({ q: `${tag}乙` }))).toEqual([`${tag}乙`]);
    const byName = await list({ q: tag, sort: "name", dir: "asc" });
    expect(names(byName)).toEqual([`${tag}丁`, `${tag}丙`, `${tag}乙`, `${tag}甲`].sort());
    const desc = await list({ q: tag, sort: "name", dir: "desc" });
    expect(names(desc)).toEqual([...names(byName)].reverse());
    expect(names(await list({ q: tag, sort: "userId", dir: "desc" }))).toEqual(
      names(await list({ q: tag })),
    );
    const ofDept = await list({ q: deptName });
    expect(ofDept.total).toBe(6);
    expect(ofDept.rows.map((r) => r.userId)).not.toContain(p.otherHead.id);
    expect((await list({})).total).toBe(7);
    const covered = await list({ q: deptName, state: "covered" });
    expect(covered.rows.map((r) => [r.realName, r.covered])).toEqual([[`${tag}丙`, true]]);
    const pending = await list({ q: deptName, state: "pending" });
    expect(pending.total).toBe(5);
    expect(pending.rows.every((r) => !r.covered)).toBe(true);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the table's searched, sorted rows, no notes, audited", async () => {
    const q = { q: deptName, sort: "name", dir: "desc" };
    const l = await list(q);
    await actAs(p.leader);
    const x = await exportedSheet(
      exportRoute,
      `/talks/campaigns/${id}/export?${new URLSearchParams(q)}`,
      {
        id,
      },
    );
    expect(x.status).toBe(200);
    expect(column(x, "姓名")).toEqual(names(l));
    expect(column(x, "状态")).toEqual(l.rows.map((r) => (r.covered ? "已谈" : "未谈")));
    expect(column(x, "部门")).toEqual(l.rows.map(() => deptName));
    expect(x.rows.flat().join("")).not.toContain(NOTES);
    expect(x.sub).toContain(`关键词：${deptName}`);
    const a = await lastExportAudit("talk.campaign.members.export", p.leader.id);
    expect(a!.objectId).toBe(id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 6,
      filter: `关键词：${deptName}`,
    });
  });

  it("a state filter narrows the export as it does the table", async () => {
    await actAs(p.office);
    const x = await exportedSheet(
      exportRoute,
      `/talks/campaigns/${id}/export?state=pending&q=${tag}`,
      {
        id,
      },
    );
    expect(column(x, "姓名")).toEqual(names(await list({ state: "pending", q: tag })));
    expect(column(x, "姓名")).not.toContain(`${tag}丙`);
    expect(x.sub).toContain("状态：未谈");
  });

  it("a department head and staff get null from the builder and 404, audited", async () => {
    const url = new URL(`http://localhost/talks/campaigns/${id}/export`);
    for (const u of [p.head, p.staff]) {
      expect(await exportCampaignMembers(await session(u), url, { id })).toBeNull();
      await actAs(u);
      expect(
        (await exportedSheet(exportRoute, `/talks/campaigns/${id}/export`, { id })).status,
      ).toBe(404);
      expect((await lastExportAudit("talk.campaign.members.export", u.id))?.result).toBe(
        "NOT_FOUND",
      );
    }
    expect(await exportCampaignMembers(await session(p.office), url, { id: "nosuch" })).toBeNull();
  });
});
