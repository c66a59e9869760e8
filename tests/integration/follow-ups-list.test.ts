// The follow-up list as people work with it (issue 15 item 5): sorted and
// searched through the URL, and exported to XLSX holding exactly the rows — in
// the order, over every page — the same viewer's list shows. 政治处 and 院领导
// export the board, a staff member only their own, whatever ?assigneeId= says.
// A staff-of-concern follow-up's title stays 政治处's and the assignee's: a
// leader's list and file show it masked, his keyword never finds it and
// 督办事项 does not sort for him. An unknown ?sort= falls back to the default;
// every export is audited with its filter and row count, and an account
// without the list (SYS_ADMIN, AUDITOR) gets 404, audited.
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/follow-ups/export/route";
import { CONCERN_TITLE_MASKED, listFollowUps } from "@/lib/follow-ups/queries";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";

import { DAY, makeFollowUp, viewer, type User } from "./fixtures/follow-ups";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { makeDepartment, makeUser } from "./helpers";

const TAG = `督列${Math.floor(Math.random() * 1e6)}`;
// 23 rows over two pages, found by a keyword of their own.
const MANY = `督批${Math.floor(Math.random() * 1e6)}`;
let office: User, leader: User, mine: User, theirs: User, admin: User, auditor: User;
let deptName: string;

beforeAll(async () => {
  const dept = await makeDepartment();
  deptName = dept.name;
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  mine = await makeUser({ realName: `${TAG}承办甲` });
  theirs = await makeUser({ realName: `${TAG}承办乙` });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  auditor = await makeUser({ roles: ["AUDITOR"] });
  const at = (days: number) => new Date(Date.now() + days * DAY);
  await makeFollowUp({ title: `${TAG}甲落实`, assigneeId: mine.id, departmentId: dept.id });
  await makeFollowUp({
    title: `${TAG}乙整改`,
    sourceType: "MEETING",
    assigneeId: theirs.id,
    dueDate: at(3),
  });
  await makeFollowUp({
    title: `${TAG}关注张某某`,
    sourceType: "CONCERN",
    assigneeId: theirs.id,
    departmentId: dept.id,
  });
  await makeFollowUp({
    title: `${TAG}丙部署`,
    sourceType: "DEPLOYMENT",
    assigneeId: mine.id,
    status: "IN_PROGRESS",
    dueDate: at(-2),
  });
  await makeFollowUp({ title: `${TAG}丁待分派`, assigneeId: null, dueDate: null });
  for (let i = 0; i < 23; i++)
    await makeFollowUp({ title: `${MANY}${String(i).padStart(2, "0")}`, assigneeId: null });
});

const parse = (q: Record<string, string>) => FollowUpListFilter.parse(q);
const titles = async (u: User, q: Record<string, string>) =>
  (await listFollowUps(await viewer(u), parse(q))).rows.map((r) => r.title);

describe("sorting and searching", () => {
  it("sorts by title and by due date both ways, and ignores an unknown column", async () => {
    const asc = await titles(office, { q: TAG, sort: "title", dir: "asc" });
    expect(asc).toEqual([...asc].sort());
    expect(await titles(office, { q: TAG, sort: "title", dir: "desc" })).toEqual(
      [...asc].reverse(),
    );
    const due = await listFollowUps(await viewer(office), parse({ q: TAG, sort: "dueDate" }));
    const days = due.rows.map((r) => r.dueDate?.getTime() ?? Infinity);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(due.rows.at(-1)?.title).toBe(`${TAG}丁待分派`);
    // Default: newest 立项 first.
    expect((await titles(office, { q: TAG }))[0]).toBe(`${TAG}丁待分派`);
    expect((await titles(office, { q: MANY }))[0]).toBe(`${MANY}22`);
    expect(await titles(office, { q: TAG, sort: "notes" })).toEqual(
      await titles(office, { q: TAG }),
    );
  });

  it("searches titles, assignees, departments and sources within the viewer's scope", async () => {
    expect(await titles(office, { q: `${TAG}丙` })).toEqual([`${TAG}丙部署`]);
    expect((await listFollowUps(await viewer(office), parse({ q: `${TAG}承办甲` }))).total).toBe(2);
    expect(await titles(office, { q: deptName })).toHaveLength(2);
    expect(await titles(office, { q: "会议决定" })).toContain(`${TAG}乙整改`);
    // The assignee of the concern finds it by the name in its title; the leader never does.
    expect(await titles(office, { q: "张某某" })).toContain(`${TAG}关注张某某`);
    expect(await titles(theirs, { q: "张某某" })).toEqual([`${TAG}关注张某某`]);
    expect(await titles(leader, { q: "张某某" })).toEqual([]);
    // Staff search only their own.
    expect((await titles(mine, { q: TAG })).sort()).toEqual([`${TAG}丙部署`, `${TAG}甲落实`]);
  });

  it("does not sort a leader's board by the titles he may not read", async () => {
    const l = await viewer(leader);
    const bySort = await listFollowUps(l, parse({ q: TAG, sort: "title", dir: "desc" }));
    const byDefault = await listFollowUps(l, parse({ q: TAG }));
    expect(bySort.rows.map((r) => r.id)).toEqual(byDefault.rows.map((r) => r.id));
    // Found through its assignee's name (a fact he reads), shown masked.
    expect(byDefault.rows.map((r) => r.title)).toContain(CONCERN_TITLE_MASKED);
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's filtered, sorted rows over every page, names its filter, and is audited", async () => {
    const v = await viewer(office);
    const f = { q: MANY, sort: "title", dir: "desc" };
    const [p1, p2] = [
      await listFollowUps(v, parse(f)),
      await listFollowUps(v, parse({ ...f, page: "2" })),
    ];
    expect(p1.total).toBe(23);
    const x = await exportedSheet(exportRoute, `/follow-ups/export?q=${MANY}&sort=title&dir=desc`);
    expect(x.status).toBe(200);
    expect(x.header).toEqual([
      "督办事项",
      "来源",
      "部门",
      "承办人",
      "优先级",
      "立项日期",
      "办结期限",
      "状态",
      "逾期",
    ]);
    expect(column(x, "督办事项")).toEqual([...p1.rows, ...p2.rows].map((r) => r.title));
    expect(x.sub).toContain(`关键词：${MANY}`);
    const a = await lastExportAudit("followup.list.export", office.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 23,
      filter: `关键词：${MANY}`,
    });
  });

  it("a filtered export equals the list: source, overdue, status", async () => {
    const v = await viewer(office);
    const queries: Record<string, string>[] = [
      { q: TAG, overdue: "1" },
      { q: TAG, source: "MEETING" },
      { q: TAG, status: "ACTIVE", sort: "dueDate", dir: "desc" },
    ];
    for (const q of queries) {
      const list = await listFollowUps(v, parse(q));
      const x = await exportedSheet(exportRoute, `/follow-ups/export?${new URLSearchParams(q)}`);
      expect(column(x, "督办事项"), JSON.stringify(q)).toEqual(list.rows.map((r) => r.title));
    }
    const overdue = await exportedSheet(exportRoute, `/follow-ups/export?q=${TAG}&overdue=1`);
    expect(column(overdue, "逾期")).toEqual(["逾期"]);
    expect(overdue.sub).toContain("只看逾期：是");
  });

  it("a leader's file is his board: the concern's title masked, the name nowhere", async () => {
    const list = await listFollowUps(await viewer(leader), parse({ q: TAG }));
    const x = await exportedSheet(exportRoute, `/follow-ups/export?q=${TAG}`);
    expect(x.status).toBe(200);
    expect(column(x, "督办事项")).toEqual(list.rows.map((r) => r.title));
    expect(column(x, "督办事项")).toContain(CONCERN_TITLE_MASKED);
    expect(JSON.stringify(x.rows)).not.toContain("张某某");
  });

  it("a staff member's file holds only their own, whatever ?assigneeId= says", async () => {
    const list = await listFollowUps(await viewer(mine), parse({ q: TAG }));
    const x = await exportedSheet(
      exportRoute,
      `/follow-ups/export?q=${TAG}&assigneeId=${theirs.id}`,
    );
    expect(column(x, "督办事项")).toEqual(list.rows.map((r) => r.title));
    expect(column(x, "督办事项").sort()).toEqual([`${TAG}丙部署`, `${TAG}甲落实`]);
    expect(x.header).not.toContain("承办人");
    // Not even another's row whose title matches.
    const wide = await exportedSheet(exportRoute, `/follow-ups/export`);
    const all = (await listFollowUps(await viewer(mine), parse({}))).total;
    expect(wide.rows).toHaveLength(all);
    expect(column(wide, "督办事项")).not.toContain(`${TAG}乙整改`);
  });

  it("an account without the list gets 404, and the refusal is audited", async () => {
    for (const u of [admin, auditor]) {
      await viewer(u);
      expect((await exportedSheet(exportRoute, `/follow-ups/export?q=${TAG}`)).status).toBe(404);
      const a = await lastExportAudit("followup.list.export", u.id);
      expect(a?.result).toBe("NOT_FOUND");
    }
  });
});
