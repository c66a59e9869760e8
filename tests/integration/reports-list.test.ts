// The report list as people work with it (issue 15 item 5): sorted and
// searched through the URL, and exported to XLSX holding exactly the rows —
// in the order — the same viewer's list shows. A liaison's export holds only
// their department's reports, a leader's export carries no staff-of-concern
// detail (and his search never reaches it), an unknown ?sort= is ignored, and
// a viewer without the list gets an audited 404. The compliance matrix offers
// 催报 to 政治处 only: the leader's is read-only.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import ReportCompliancePage from "@/app/(portal)/reports/compliance/page";
import { GET as exportRoute } from "@/app/(portal)/reports/export/route";
import { ComplianceTable } from "@/components/reports/compliance-table";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createReport, submitReport } from "@/lib/reports/actions";
import { listReports } from "@/lib/reports/queries";
import { reportHeading, ReportListFilter } from "@/lib/reports/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { draftsFor, makeUnit } from "./fixtures/reports";
import { actAs, makeUser } from "./helpers";
import { dataOf } from "./result";

type Unit = Awaited<ReturnType<typeof makeUnit>>;
const TAG = `报列${Math.floor(Math.random() * 1e6)}`;
let A: Unit;
let B: Unit;
let office: { id: string };
let leader: { id: string };
let staff: { id: string };

async function file(u: Unit, over: Record<string, unknown>, submit = true) {
  await actAs(u.liaison);
  const id = dataOf(await createReport(draft(u.member.id, over))).id;
  if (submit) dataOf(await submitReport({ id }));
  return id;
}
let draft: ReturnType<typeof draftsFor>;

async function session(u: { id: string }) {
  return (await loadSessionUser(await actAs(u)))!;
}

beforeAll(async () => {
  A = await makeUnit();
  B = await makeUnit();
  await db.department.update({ where: { id: A.dept.id }, data: { name: `${TAG}甲部` } });
  await db.department.update({ where: { id: B.dept.id }, data: { name: `${TAG}乙部` } });
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  staff = await makeUser({ departmentId: A.dept.id });
  const topic = (await db.hotTopic.create({ data: { name: `${TAG}话题` } })).id;
  draft = draftsFor(topic);
  await file(A, { mood: 2, summary: `${TAG}综述甲 入额讨论` });
  await file(A, { kind: "ADHOC", periodKey: undefined, title: `${TAG}即时一`, mood: 4 });
  await file(A, { kind: "ADHOC", periodKey: undefined, title: `${TAG}草稿`, mood: 1 }, false);
  await file(B, { mood: 5, summary: `${TAG}综述乙` });
  await file(B, { kind: "ADHOC", periodKey: undefined, title: `${TAG}即时二`, mood: 3 });
});

const parse = (q: Record<string, string>) => ReportListFilter.parse(q);
const titles = async (u: { id: string }, q: Record<string, string>) =>
  (await listReports(await session(u), parse(q))).rows.map(reportHeading);
const query = (q: Record<string, string>) => `/reports/export?${new URLSearchParams(q)}`;

describe("sorting and searching", () => {
  it("sorts by mood both ways, and ignores an unknown column", async () => {
    const s = await session(office);
    const asc = (await listReports(s, parse({ q: TAG, sort: "mood", dir: "asc" }))).rows;
    expect(asc.map((r) => r.mood)).toEqual([2, 3, 4, 5]);
    const desc = (await listReports(s, parse({ q: TAG, sort: "mood", dir: "desc" }))).rows;
    expect(desc.map((r) => r.mood)).toEqual([5, 4, 3, 2]);
    const bogus = await listReports(s, parse({ q: TAG, sort: "summaryEnc" }));
    const byDefault = await listReports(s, parse({ q: TAG }));
    expect(bogus.rows.map((r) => r.id)).toEqual(byDefault.rows.map((r) => r.id));
    // The default order is unchanged: newest first.
    const created = byDefault.rows.map((r) => r.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it("sorts by department in the 院's order and by liaison name", async () => {
    const s = await session(office);
    await db.department.update({ where: { id: B.dept.id }, data: { sortOrder: -1 } });
    const rows = (await listReports(s, parse({ q: TAG, sort: "department" }))).rows;
    expect(rows.map((r) => r.department.name)).toEqual([
      `${TAG}乙部`,
      `${TAG}乙部`,
      `${TAG}甲部`,
      `${TAG}甲部`,
    ]);
    const byAuthor = (await listReports(s, parse({ q: TAG, sort: "author", dir: "desc" }))).rows;
    const names = byAuthor.map((r) => r.author.realName);
    expect(names).toEqual([...names].sort().reverse());
  });

  it("searches titles, summaries and department names within the viewer's scope", async () => {
    expect(await titles(office, { q: `${TAG}即时一` })).toEqual([`即时报告：${TAG}即时一`]);
    expect(await titles(office, { q: "综述乙" })).toHaveLength(1);
    expect(await titles(office, { q: `${TAG}甲部` })).toHaveLength(2);
    // 政治处 never sees another department's draft; its liaison does.
    expect(await titles(office, { q: `${TAG}草稿` })).toEqual([]);
    expect(await titles(A.liaison, { q: `${TAG}草稿` })).toEqual([`即时报告：${TAG}草稿`]);
    // A liaison's search stays in their department.
    expect(await titles(A.liaison, { q: TAG })).toHaveLength(3);
    expect(await titles(A.liaison, { q: `${TAG}乙部` })).toEqual([]);
    expect(await titles(A.liaison, { q: "综述乙" })).toEqual([]);
    // The leader finds reports by their summary, never by a concern's description.
    expect(await titles(leader, { q: "综述甲" })).toHaveLength(1);
    expect(await titles(leader, { q: "CANARY-CONCERN" })).toEqual([]);
    expect(await titles(office, { q: "CANARY-CONCERN" })).toEqual([]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's filtered, sorted rows, names its filter, and is audited", async () => {
    const q = { q: TAG, sort: "mood", dir: "desc" };
    const list = await listReports(await session(office), parse(q));
    await actAs(office);
    const x = await exportedSheet(exportRoute, query(q));
    expect(x.status).toBe(200);
    expect(column(x, "周期 / 标题")).toEqual(list.rows.map(reportHeading));
    expect(column(x, "整体情绪（1–5）")).toEqual(["5", "4", "3", "2"]);
    expect(x.sub).toContain(`关键词：${TAG}`);
    const a = await lastExportAudit("report.list.export", office.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 4,
      filter: `关键词：${TAG}`,
    });
  });

  it("a liaison's export holds only their department, whatever department it asks for", async () => {
    await actAs(A.liaison);
    const queries: Record<string, string>[] = [
      {},
      { departmentId: B.dept.id },
      { q: `${TAG}乙部` },
    ];
    for (const q of queries) {
      const list = await listReports(await session(A.liaison), parse(q));
      await actAs(A.liaison);
      const x = await exportedSheet(exportRoute, query(q));
      expect(x.status).toBe(200);
      expect(column(x, "周期 / 标题")).toEqual(list.rows.map(reportHeading));
      expect(new Set(column(x, "部门"))).toEqual(new Set(list.total ? [`${TAG}甲部`] : []));
    }
  });

  it("a leader's export has the list's rows and no staff-of-concern detail", async () => {
    const list = await listReports(await session(leader), parse({ q: TAG }));
    await actAs(leader);
    const x = await exportedSheet(exportRoute, query({ q: TAG }));
    expect(column(x, "周期 / 标题")).toEqual(list.rows.map(reportHeading));
    expect(x.rows).toHaveLength(4);
    expect(x.header).toEqual([
      "周期 / 标题",
      "类型",
      "部门",
      "整体情绪（1–5）",
      "稳定性",
      "热点话题",
      "关注人员（人数）",
      "状态",
      "迟报",
      "截止日期",
      "提交时间",
      "信息员",
      "情况综述",
    ]);
    const members = await db.user.findMany({
      where: { id: { in: [A.member.id, B.member.id] } },
      select: { realName: true },
    });
    const cells = x.rows.flat().join("\n");
    for (const secret of [
      "CANARY-CONCERN",
      "部门负责人谈心谈话",
      ...members.map((m) => m.realName),
    ])
      expect(cells).not.toContain(secret);
    expect(column(x, "关注人员（人数）")).toEqual(["1", "1", "1", "1"]);
  });

  it("staff without the list get 404, and the refusal is audited", async () => {
    await actAs(staff);
    expect((await exportedSheet(exportRoute, "/reports/export")).status).toBe(404);
    const a = await db.auditLog.findFirst({
      where: { action: "report.list.export", userId: staff.id },
      orderBy: { seq: "desc" },
    });
    expect(a?.result).toBe("NOT_FOUND");
  });
});

describe("the compliance matrix's 催报", () => {
  /** The ComplianceTable element of the page as `u` sees it, and its markup. */
  async function matrixOf(u: { id: string }) {
    await actAs(u);
    const page = await ReportCompliancePage({ searchParams: Promise.resolve({}) });
    const found: { props: Parameters<typeof ComplianceTable>[0] }[] = [];
    const walk = (n: unknown) => {
      if (!n || typeof n !== "object") return;
      if (Array.isArray(n)) return n.forEach(walk);
      const el = n as { type?: unknown; props?: { children?: unknown } };
      if (el.type === ComplianceTable) found.push(el as (typeof found)[number]);
      walk(el.props?.children);
    };
    walk(page);
    expect(found).toHaveLength(1);
    const props = found[0].props;
    return { props, html: renderToStaticMarkup(ComplianceTable(props)) };
  }

  it("offers 政治处 催报 for a department's period still owed, and the leader nothing", async () => {
    const o = await matrixOf(office);
    expect(o.props.urge).not.toBeNull();
    expect(o.html).toContain(">催报</button>");
    expect(o.html).toContain(`value="${A.dept.id}"`);
    // Filed reports open from the matrix.
    expect(o.html).toMatch(/href="\/reports\/c[a-z0-9]+"/);

    const l = await matrixOf(leader);
    expect(l.props.urge).toBeNull();
    expect(l.html).not.toContain("催报");
    expect(l.html).toMatch(/href="\/reports\/c[a-z0-9]+"/);
  });
});
