// The 部署事项 and 会议 lists as people work with them (issue 15 item 5):
// sorted and searched (title) through the URL, ?mine=1 for what the viewer
// reports on / attends, and exported to XLSX holding exactly the rows, in
// the order, the same viewer's list shows; a narrower ?mine=1 export never
// holds a row only another's list shows; every export audited with its filter
// and row count; a viewer without direction.read gets null and 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as deploymentsRoute } from "@/app/(portal)/direction/deployments/export/route";
import { GET as meetingsRoute } from "@/app/(portal)/direction/meetings/export/route";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { exportDeployments } from "@/lib/direction/deployments/export";
import { listDeployments } from "@/lib/direction/deployments/list";
import { DeploymentListFilter } from "@/lib/direction/deployments/schemas";
import { createMeeting } from "@/lib/direction/meetings/actions";
import { exportMeetings } from "@/lib/direction/meetings/export";
import { listMeetings } from "@/lib/direction/meetings/list";
import { MeetingListFilter } from "@/lib/direction/meetings/schemas";

import { deploy, inDays, org, type Org } from "./fixtures/direction";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";
import { dataOf } from "./result";

const TAG = `引航列表${Math.floor(Math.random() * 1e6)}`;
let o: Org;
const deployments: string[] = [];
const meetings: string[] = [];

async function session(u: { id: string }) {
  return (await loadSessionUser(await actAs(u)))!;
}
const dq = (q: Record<string, string>) => DeploymentListFilter.parse(q);
const mq = (q: Record<string, string>) => MeetingListFilter.parse(q);
const titles = (l: { rows: { title: string }[] }) => l.rows.map((r) => r.title);

beforeAll(async () => {
  o = await org();
  const to = (...depts: { id: string }[]) =>
    depts.map((d) => ({
      departmentId: d.id,
      ownerId: d.id === o.a.id ? o.headA.id : o.headB.id,
      dueDate: inDays(30),
    }));
  for (const [n, assignments] of [
    ["甲", to(o.a, o.b)],
    ["乙", to(o.b)],
    ["丙", to(o.a)],
  ] as const)
    deployments.push((await deploy(o, { title: `${TAG}${n}`, assignments })).id);
  await actAs(o.office);
  for (const [i, [n, people]] of (
    [
      ["甲", [o.memberA]],
      ["乙", [o.memberA, o.memberB]],
      ["丙", []],
    ] as const
  ).entries())
    meetings.push(
      dataOf(
        await createMeeting({
          type: "ZUOTAN",
          title: `${TAG}${n}`,
          heldAt: `2026-0${i + 3}-10`,
          attendeeIds: people.map((p) => p.id),
        }),
      ).id,
    );
});

afterAll(async () => {
  await db.deployment.deleteMany({ where: { id: { in: deployments } } });
  await db.meeting.deleteMany({ where: { id: { in: meetings } } });
  const people = [o.headA, o.headB, o.memberA, o.memberB].map((u) => u.id);
  await db.notification.deleteMany({ where: { userId: { in: people } } });
});

describe("部署事项", () => {
  it("sorts by title both ways, searches the title, and ignores an unknown column", async () => {
    const v = await session(o.liaisonA);
    const asc = await listDeployments(v, dq({ q: TAG, sort: "title", dir: "asc" }));
    expect(titles(asc)).toEqual([`${TAG}甲`, `${TAG}乙`, `${TAG}丙`].sort());
    const desc = await listDeployments(v, dq({ q: TAG, sort: "title", dir: "desc" }));
    expect(titles(desc)).toEqual([...titles(asc)].reverse());
    const bogus = await listDeployments(v, dq({ q: TAG, sort: "description" }));
    expect(titles(bogus)).toEqual(titles(await listDeployments(v, dq({ q: TAG }))));
    expect(titles(await listDeployments(v, dq({ q: `${TAG}乙` })))).toEqual([`${TAG}乙`]);
  });

  it("exports exactly the viewer's sorted, searched rows, audited with filter and count", async () => {
    const v = await session(o.liaisonA);
    const list = await listDeployments(v, dq({ q: TAG, sort: "title", dir: "desc" }));
    const x = await exportedSheet(
      deploymentsRoute,
      `/direction/deployments/export?q=${TAG}&sort=title&dir=desc`,
    );
    expect(x.status).toBe(200);
    expect(column(x, "部署事项")).toEqual(titles(list));
    expect(column(x, "部门数")).toEqual(list.rows.map((r) => String(r.summary.total)));
    expect(column(x, "各部门落实情况")[titles(list).indexOf(`${TAG}乙`)]).toBe(
      `${o.b.name}·未开始`,
    );
    const a = await lastExportAudit("direction.deployment.list.export", o.liaisonA.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${TAG}`,
    });
  });

  it("a ?mine=1 export never holds a deployment only another department's list shows", async () => {
    const b = await listDeployments(await session(o.liaisonB), dq({ q: TAG, mine: "1" }));
    expect(titles(b).sort()).toEqual([`${TAG}甲`, `${TAG}乙`].sort());
    const a = await listDeployments(await session(o.liaisonA), dq({ q: TAG, mine: "1" }));
    const x = await exportedSheet(
      deploymentsRoute,
      `/direction/deployments/export?q=${TAG}&mine=1`,
    );
    expect(column(x, "部署事项")).toEqual(titles(a));
    expect(column(x, "部署事项").sort()).toEqual([`${TAG}甲`, `${TAG}丙`].sort());
    expect(x.sub).toContain("范围：需我落实的");
  });

  it("a viewer without direction.read gets null from the builder and 404, audited", async () => {
    const auditor = await makeUser({ roles: ["AUDITOR"] });
    const url = new URL(`http://localhost/direction/deployments/export?q=${TAG}`);
    expect(await exportDeployments(await session(auditor), url)).toBeNull();
    expect((await exportedSheet(deploymentsRoute, url.pathname + url.search)).status).toBe(404);
    const a = await lastExportAudit("direction.deployment.list.export", auditor.id);
    expect(a?.result).toBe("NOT_FOUND");
  });
});

describe("会议", () => {
  it("sorts by attendees and by date, searches the title", async () => {
    const v = await session(o.memberA);
    const most = await listMeetings(v, mq({ q: TAG, sort: "attendees", dir: "desc" }));
    expect(titles(most)).toEqual([`${TAG}乙`, `${TAG}甲`, `${TAG}丙`]);
    const latest = await listMeetings(v, mq({ q: TAG }));
    expect(titles(latest)).toEqual([`${TAG}丙`, `${TAG}乙`, `${TAG}甲`]);
    expect(titles(await listMeetings(v, mq({ q: TAG, sort: "minutes" })))).toEqual(titles(latest));
    expect(titles(await listMeetings(v, mq({ q: `${TAG}甲` })))).toEqual([`${TAG}甲`]);
  });

  it("exports exactly the viewer's sorted, searched rows, audited, never the minutes", async () => {
    const v = await session(o.memberA);
    const list = await listMeetings(v, mq({ q: TAG, sort: "attendees", dir: "asc" }));
    const x = await exportedSheet(
      meetingsRoute,
      `/direction/meetings/export?q=${TAG}&sort=attendees&dir=asc`,
    );
    expect(x.header).toEqual(["会议日期", "会议类型", "会议名称", "参会人数", "部署事项数"]);
    expect(column(x, "会议名称")).toEqual(titles(list));
    expect(column(x, "参会人数")).toEqual(["0", "1", "2"]);
    const a = await lastExportAudit("direction.meeting.list.export", o.memberA.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({ rows: 3, filter: `关键词：${TAG}` });
  });

  it("a ?mine=1 export never holds a meeting only another attendee's list shows", async () => {
    const a = await listMeetings(await session(o.memberA), mq({ q: TAG, mine: "1" }));
    expect(titles(a)).toEqual([`${TAG}乙`, `${TAG}甲`]);
    const b = await listMeetings(await session(o.memberB), mq({ q: TAG, mine: "1" }));
    const x = await exportedSheet(meetingsRoute, `/direction/meetings/export?q=${TAG}&mine=1`);
    expect(column(x, "会议名称")).toEqual(titles(b));
    expect(column(x, "会议名称")).toEqual([`${TAG}乙`]);
  });

  it("a viewer without direction.read gets null from the builder and 404", async () => {
    const auditor = await makeUser({ roles: ["AUDITOR"] });
    const url = new URL(`http://localhost/direction/meetings/export?q=${TAG}`);
    expect(await exportMeetings(await session(auditor), url)).toBeNull();
    expect((await exportedSheet(meetingsRoute, url.pathname + url.search)).status).toBe(404);
  });
});
