// The 学习活动 list as people work with it (issue 15 item 5): sorted and
// searched through the URL, and exported to XLSX holding exactly the rows —
// in the order — the same viewer's list shows; a staff member's export never
// holds an activity they are not expected at; an unknown ?sort= falls back to
// the default; the export is audited with its filter and row count, and a
// viewer without the list gets 404 (audited).
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/study/activities/export/route";
import { listActivities } from "@/lib/study/activities/queries";
import { ActivityListFilter } from "@/lib/study/activities/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import {
  a1,
  admin,
  day,
  deptB,
  newActivity,
  office,
  organiser,
  session,
  setupStudyActivities,
} from "./fixtures/study-activities";
import { actAs } from "./helpers";

setupStudyActivities();

const TITLES = ["列表活动乙", "列表活动甲", "列表活动丁", "列表活动丙"];
let otherDeptTitle: string;

beforeAll(async () => {
  for (const [i, title] of TITLES.entries()) await newActivity({ title, heldAt: day(-(i + 1)) });
  otherDeptTitle = "列表活动仅乙部门";
  await newActivity({ title: otherDeptTitle, departmentIds: [deptB.id], heldAt: day(-2) });
});

const parse = (q: Record<string, string>) => ActivityListFilter.parse(q);
const exported = (query: string) => exportedSheet(exportRoute, `/study/activities/export${query}`);

describe("sorting and searching", () => {
  it("sorts by title both ways, and ignores an unknown column", async () => {
    const v = await session(a1);
    const asc = await listActivities(v, parse({ q: "列表活动", sort: "title", dir: "asc" }));
    const titles = asc.rows.map((r) => r.title);
    expect(titles).toHaveLength(4);
    expect(titles).toEqual([...titles].sort());
    const desc = await listActivities(v, parse({ q: "列表活动", sort: "title", dir: "desc" }));
    expect(desc.rows.map((r) => r.title)).toEqual([...titles].reverse());
    const bogus = await listActivities(v, parse({ q: "列表活动", sort: "scopeValue" }));
    const byDate = await listActivities(v, parse({ q: "列表活动" }));
    expect(bogus.rows.map((r) => r.id)).toEqual(byDate.rows.map((r) => r.id));
    expect(byDate.rows.map((r) => r.title)).toEqual(TITLES);
  });

  it("searches titles and organisers within the viewer's scope", async () => {
    expect((await listActivities(await session(a1), parse({ q: "仅乙部门" }))).total).toBe(0);
    expect((await listActivities(await session(office), parse({ q: "仅乙部门" }))).total).toBe(1);
    const byName = await listActivities(await session(a1), parse({ q: organiser.realName }));
    expect(byName.rows.map((r) => r.title)).toContain("列表活动甲");
  });
});

describe("导出 Excel", () => {
  it("holds exactly the viewer's filtered, sorted rows, names its filter, and is audited", async () => {
    const v = await session(a1);
    const list = await listActivities(v, parse({ q: "列表活动", sort: "title", dir: "desc" }));
    await actAs(a1);
    const x = await exported("?q=列表活动&sort=title&dir=desc");
    expect(x.status).toBe(200);
    expect(column(x, "活动")).toEqual(list.rows.map((r) => r.title));
    expect(column(x, "应到")).toEqual(list.rows.map((r) => String(r.tally.expected)));
    expect(x.sub).toContain("关键词：列表活动");
    const a = await lastExportAudit("study.activity.list.export", a1.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 4,
      filter: "关键词：列表活动",
    });
  });

  it("a staff member's export never holds an activity they are not expected at", async () => {
    await actAs(office);
    const wide = await exported("?q=列表活动");
    expect(column(wide, "活动")).toContain(otherDeptTitle);
    await actAs(a1);
    const x = await exported("");
    expect(x.rows.length).toBe((await listActivities(await session(a1), parse({}))).total);
    expect(column(x, "活动")).not.toContain(otherDeptTitle);
  });

  it("an account without the list gets 404, and the refusal is audited", async () => {
    await actAs(admin);
    expect((await exported("")).status).toBe(404);
    expect((await lastExportAudit("study.activity.list.export", admin.id))?.result).toBe(
      "NOT_FOUND",
    );
  });
});
