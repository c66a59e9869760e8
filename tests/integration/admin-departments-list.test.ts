// The department list (部门管理) as SYS_ADMIN works with it (issue 15 item 5),
// on SQLite and PostgreSQL: searched by name or code, sorted through the URL
// (configured order, name, code, active people), and exported to XLSX holding
// exactly the rows, in the order, of the same query; the export is audited
// with its filter and row count; anyone but SYS_ADMIN gets 404 (audited).
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/admin/departments/export/route";
import DepartmentsPage from "@/app/(portal)/admin/departments/page";
import { exportDepartments } from "@/lib/admin/department-export";
import { listDepartmentRows } from "@/lib/admin/department-list";
import { DepartmentListFilter } from "@/lib/admin/schemas";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

type U = { id: string };
const TAG = `部列${Math.floor(Math.random() * 1e6)}`;
const CODE = `DL${Math.floor(Math.random() * 1e6)}`;
const deptIds: string[] = [];
const userIds: string[] = [];
let admin: U;
let auditor: U;
let head: U;

const names = async (q: Record<string, string>) =>
  (await listDepartmentRows(DepartmentListFilter.parse(q))).map((d) => d.name.replace(TAG, ""));

beforeAll(async () => {
  // 乙 has 3 active people (and a disabled one), 甲 1, 丙 none; 丙 comes first by sortOrder.
  for (const [n, order] of [
    ["乙", 902],
    ["甲", 903],
    ["丙", 901],
  ] as const) {
    const d = await db.department.create({
      data: { name: `${TAG}${n}`, code: `${CODE}${order}`, sortOrder: order },
    });
    deptIds.push(d.id);
  }
  // A department the keyword does not find, beside them.
  const other = await db.department.create({
    data: { name: `别的部门${CODE}`, code: `ZZ${CODE}`, sortOrder: 900 },
  });
  deptIds.push(other.id);
  for (let i = 0; i < 3; i++) userIds.push((await makeUser({ departmentId: deptIds[0] })).id);
  userIds.push((await makeUser({ departmentId: deptIds[0], status: "DISABLED" })).id);
  const h = await makeUser({ departmentId: deptIds[1], roles: ["DEPT_HEAD"] });
  await db.department.update({ where: { id: deptIds[1] }, data: { headId: h.id } });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  auditor = await makeUser({ roles: ["AUDITOR"] });
  head = h;
  userIds.push(h.id, admin.id, auditor.id);
});

afterAll(async () => {
  await db.department.updateMany({ where: { id: { in: deptIds } }, data: { headId: null } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.department.deleteMany({ where: { id: { in: deptIds } } });
});

describe("department list", () => {
  it("searches name or code and sorts through the URL", async () => {
    expect(await names({ q: TAG })).toEqual(["丙", "乙", "甲"]);
    expect(await names({ q: TAG, sort: "sortOrder", dir: "desc" })).toEqual(["甲", "乙", "丙"]);
    expect(await names({ q: TAG, sort: "code" })).toEqual(["丙", "乙", "甲"]);
    expect(await names({ q: TAG, sort: "members" })).toEqual(["乙", "甲", "丙"]);
    expect(await names({ q: TAG, sort: "members", dir: "asc" })).toEqual(["丙", "甲", "乙"]);
    expect(await names({ q: TAG, sort: "name", dir: "desc" })).toEqual(
      [...(await names({ q: TAG, sort: "name" }))].reverse(),
    );
    expect(await names({ q: `${CODE}903` })).toEqual(["甲"]);
    expect(await names({ q: CODE })).toHaveLength(4);
    expect(await names({ q: TAG, sort: "headId" })).toEqual(["丙", "乙", "甲"]);
    const rows = await listDepartmentRows(DepartmentListFilter.parse({ q: TAG }));
    expect(rows.map((r) => r.members)).toEqual([0, 3, 1]);
  });

  it("the page shows the rows in order, its sort links keep the keyword", async () => {
    await actAs(admin);
    const html = renderToStaticMarkup(
      await DepartmentsPage({ searchParams: Promise.resolve({ q: TAG, sort: "members" }) }),
    );
    expect(html).toContain("共 3 个部门");
    expect(html.indexOf(`${TAG}乙`)).toBeLessThan(html.indexOf(`${TAG}甲`));
    expect(html).not.toContain(`别的部门${CODE}`);
    expect(html).toContain(
      `/admin/departments?q=${encodeURIComponent(TAG)}&amp;sort=code&amp;dir=asc`,
    );
    const empty = renderToStaticMarkup(
      await DepartmentsPage({ searchParams: Promise.resolve({ q: `无此部门${TAG}` }) }),
    );
    expect(empty).toContain("没有符合条件的部门");
  });
});

describe("department list export", () => {
  const exported = (q: string) =>
    exportedSheet(exportRoute as never, `/admin/departments/export${q}`);

  it("holds exactly the rows of the same query, in order, audited", async () => {
    await actAs(admin);
    const q = { q: TAG, sort: "members", dir: "desc" };
    const list = await listDepartmentRows(DepartmentListFilter.parse(q));
    const x = await exported(`?${new URLSearchParams(q)}`);
    expect(x.status).toBe(200);
    expect(x.header).toEqual(["排序", "部门", "代码", "在职人数", "负责人", "信息员", "分管领导"]);
    expect(column(x, "部门")).toEqual(list.map((d) => d.name));
    expect(column(x, "在职人数")).toEqual(["3", "1", "0"]);
    expect(column(x, "负责人")).toEqual(["未设置", list[1].head!.realName, "未设置"]);
    expect(x.sub).toContain(`关键词：${TAG}`);
    const a = await lastExportAudit("admin.department.list.export", admin.id);
    expect(a?.result).toBe("SUCCESS");
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 3,
    });
  });

  it("anyone but SYS_ADMIN gets null and 404, audited NOT_FOUND", async () => {
    for (const u of [auditor, head]) {
      const v = (await loadSessionUser(await actAs(u)))!;
      expect(
        await exportDepartments(v, new URL("http://localhost/admin/departments/export")),
      ).toBeNull();
      expect((await exported(`?q=${TAG}`)).status).toBe(404);
      expect(await lastExportAudit("admin.department.list.export", u.id)).toMatchObject({
        result: "NOT_FOUND",
      });
    }
  });
});
