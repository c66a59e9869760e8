// One 专题's activities (/study/campaigns/[id]) as people work with them
// (issue 15 item 5): searched by title or organiser, filtered by type and
// sorted through the URL, and exported to XLSX holding exactly the rows, in
// the order and with the attendance figures, the same viewer's table shows —
// only this campaign's — audited with filter and row count. Those without the
// page (staff, a department head) get null from the builder and 404. The
// fixture (setupStudyActivities) deletes the campaign and activities after.
import { beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/(portal)/study/campaigns/[id]/export/route";
import { listActivities } from "@/lib/study/activities/queries";
import { createStudyCampaign } from "@/lib/study/campaigns/actions";
import {
  campaignActivityListFilter,
  campaignForActivities,
  exportCampaignActivities,
} from "@/lib/study/campaigns/activities";
import { CampaignActivityFilter } from "@/lib/study/campaigns/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import {
  a1,
  campaignIds,
  day,
  headA,
  idOf,
  leader,
  newActivity,
  office,
  session,
  setupStudyActivities,
} from "./fixtures/study-activities";
import { actAs } from "./helpers";

setupStudyActivities();

const exportRoute = GET as Parameters<typeof exportedSheet>[0];
const tag = `专题活动${Date.now().toString(36)}`;
const parse = (q: Record<string, string>) => CampaignActivityFilter.parse(q);
let id: string;

async function list(q: Record<string, string>) {
  const v = await session(office);
  return listActivities(v, campaignActivityListFilter(id, parse(q)));
}
const titles = (l: Awaited<ReturnType<typeof list>>) => l.rows.map((r) => r.title);

beforeAll(async () => {
  await actAs(office);
  id = idOf(
    await createStudyCampaign({
      title: tag,
      startsOn: day(-10).slice(0, 10),
      endsOn: day(10).slice(0, 10),
    }),
  );
  campaignIds.push(id);
  await newActivity({ campaignId: id, title: `${tag}乙`, heldAt: day(-3) });
  await newActivity({ campaignId: id, title: `${tag}甲`, heldAt: day(-2), type: "FORUM" });
  await newActivity({ campaignId: id, title: `${tag}丙`, heldAt: day(-1) });
  // In the campaign but not matching the keyword; matching it but outside the campaign.
  await newActivity({ campaignId: id, title: "另一场学习", heldAt: day(-4) });
  await newActivity({ title: `${tag}丁`, heldAt: day(-1) });
});

describe("searching, filtering and sorting", () => {
  it("searches the titles of this campaign only, filters by type, sorts by declared columns", async () => {
    expect(titles(await list({ q: tag }))).toEqual([`${tag}丙`, `${tag}甲`, `${tag}乙`]);
    const asc = await list({ q: tag, sort: "title", dir: "asc" });
    expect(titles(asc)).toEqual([`${tag}丙`, `${tag}甲`, `${tag}乙`].sort());
    const desc = await list({ q: tag, sort: "title", dir: "desc" });
    expect(titles(desc)).toEqual([...titles(asc)].reverse());
    expect(titles(await list({ q: tag, sort: "locationId" }))).toEqual(
      titles(await list({ q: tag })),
    );
    expect(titles(await list({ q: tag, type: "FORUM" }))).toEqual([`${tag}甲`]);
    expect((await list({})).total).toBe(4);
  });

  it("is 政治处's and 院领导's only", async () => {
    expect(await campaignForActivities(await session(leader), id)).not.toBeNull();
    expect(await campaignForActivities(await session(a1), id)).toBeNull();
  });
});

describe("导出 Excel", () => {
  it("holds exactly the table's searched, sorted rows and figures, audited", async () => {
    const q = { q: tag, sort: "title", dir: "desc" };
    const l = await list(q);
    await actAs(leader);
    const x = await exportedSheet(
      exportRoute,
      `/study/campaigns/${id}/export?${new URLSearchParams(q)}`,
      { id },
    );
    expect(x.status).toBe(200);
    expect(column(x, "活动")).toEqual(titles(l));
    expect(column(x, "活动")).not.toContain("另一场学习");
    expect(column(x, "活动")).not.toContain(`${tag}丁`);
    expect(column(x, "应到")).toEqual(l.rows.map((r) => String(r.tally.expected)));
    expect(x.sub).toContain(`关键词：${tag}`);
    const a = await lastExportAudit("study.campaign.activities.export", leader.id);
    expect(a!.objectId).toBe(id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${tag}`,
    });
  });

  it("staff and a department head get null from the builder and 404, audited", async () => {
    const url = new URL(`http://localhost/study/campaigns/${id}/export`);
    for (const u of [a1, headA]) {
      expect(await exportCampaignActivities(await session(u), url, { id })).toBeNull();
      await actAs(u);
      const x = await exportedSheet(exportRoute, `/study/campaigns/${id}/export`, { id });
      expect(x.status).toBe(404);
      const a = await lastExportAudit("study.campaign.activities.export", u.id);
      expect(a?.result).toBe("NOT_FOUND");
    }
    expect(await exportCampaignActivities(await session(office), url, { id: "nosuch" })).toBeNull();
  });
});
