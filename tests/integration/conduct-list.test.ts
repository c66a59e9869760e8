// The 履职表现记录 list as people work with it (issue 15 item 5): sorted and
// searched through the URL, and exported to XLSX holding exactly the rows —
// in the order — the same viewer's list shows. Discipline rows are found by
// the person's name only (never by their sealed title), a head's export never
// holds a discipline row, and the export audits each discipline read as the
// list does; an unknown ?sort= is ignored; a viewer without the list gets an
// audited 404.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/conduct/export/route";
import { GET as mineExportRoute } from "@/app/(portal)/conduct/mine/export/route";
import { listConduct } from "@/lib/conduct/queries";
import { ConductListFilter } from "@/lib/conduct/schemas";
import { db } from "@/lib/db";

import {
  a1,
  a2,
  b1,
  DISCIPLINE,
  headA,
  newRecord,
  office,
  session,
  setupConduct,
} from "./fixtures/conduct";
import { actAs, makeUser } from "./helpers";

setupConduct();

const TAG = `列导${Math.floor(Math.random() * 1e6)}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const [u, n] of [
    [a1, "甲"],
    [a2, "乙"],
    [b1, "丙"],
  ] as const)
    await db.user.update({ where: { id: u.id }, data: { realName: `${TAG}${n}` } });
  ids.a1Citation = await newRecord({ subjectUserId: a1.id, issuer: "市院" });
  ids.a2Citation = await newRecord({ subjectUserId: a2.id, occurredOn: "2026-02-01" });
  ids.b1Citation = await newRecord({ subjectUserId: b1.id, issuer: "省院" });
  ids.a1Discipline = await newRecord({
    ...DISCIPLINE,
    subjectUserId: a1.id,
    occurredOn: "2026-01-05",
  });
  ids.b1Discipline = await newRecord({ ...DISCIPLINE, subjectUserId: b1.id });
});

const parse = (q: Record<string, string>) => ConductListFilter.parse({ page: "1", ...q });
const all = (q: Record<string, string>) => ({ ...parse(q), page: 1 });

async function listed(u: { id: string }, q: Record<string, string>, mine = false) {
  const r = await listConduct(await session(u), all(q), mine, 1000);
  return r.rows.map((x) => [x.subjectName, x.title, x.id] as const);
}

async function exported(query: string, mine = false) {
  const route = mine ? mineExportRoute : exportRoute;
  const res = await route(new Request(`http://localhost/conduct/export${query}`), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) return { status: res.status, rows: [] as string[][] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) rows.push([2, 3, 6].map((c) => String(row.getCell(c).value ?? "")));
  });
  return { status: res.status, rows, sub: String(ws.getRow(2).getCell(1).value) };
}

const exportAudit = (userId: string, action = "conduct.list.export") =>
  db.auditLog.findFirst({ where: { action, userId }, orderBy: { seq: "desc" } });

describe("sorting and searching", () => {
  it("sorts by issuer both ways, and ignores an unknown column", async () => {
    const q = { q: TAG };
    const asc = await listConduct(await session(office), all({ ...q, sort: "issuer", dir: "asc" }));
    const issuers = asc.rows.map((r) => r.issuer);
    expect(issuers).toEqual([...issuers].sort());
    const desc = await listConduct(
      await session(office),
      all({ ...q, sort: "issuer", dir: "desc" }),
    );
    expect(desc.rows.map((r) => r.issuer)).toEqual([...issuers].sort().reverse());
    expect(await listed(office, { ...q, sort: "sealed" })).toEqual(await listed(office, q));
    expect(await listed(office, { ...q, sort: "title" })).toEqual(await listed(office, q));
  });

  it("finds discipline rows by the person's name, never by their sealed title", async () => {
    const byName = (await listed(office, { q: `${TAG}甲` })).map((r) => r[2]);
    expect(byName.sort()).toEqual([ids.a1Citation, ids.a1Discipline].sort());
    const byTitle = (await listed(office, { q: DISCIPLINE.title })).map((r) => r[2]);
    expect(byTitle).not.toContain(ids.a1Discipline);
    // A head finds the commendation of their person, never the discipline.
    expect((await listed(headA, { q: `${TAG}甲` })).map((r) => r[2])).toEqual([ids.a1Citation]);
    // A person searching another's name finds nothing of theirs.
    expect(await listed(a2, { q: `${TAG}甲` })).toEqual([]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's filtered, sorted rows, audits the discipline reads and the export", async () => {
    const list = await listed(office, { q: TAG, sort: "category", dir: "desc" });
    expect(list).toHaveLength(5);
    await actAs(office);
    const x = await exported(`?q=${TAG}&sort=category&dir=desc`);
    expect(x.status).toBe(200);
    expect(x.rows.map((r) => [r[1], r[2]])).toEqual(list.map((r) => [r[0], r[1]]));
    expect(x.rows.filter((r) => r[0] === "纪律处分")).toHaveLength(2);
    expect(x.sub).toContain(`关键词：${TAG}`);
    const reads = await db.auditLog.findFirst({
      where: { action: "conduct.list", objectId: "export", userId: office.id },
      orderBy: { seq: "desc" },
    });
    const discipline = String(JSON.parse(reads!.detail!).discipline).split(",");
    expect(discipline).toEqual(expect.arrayContaining([ids.a1Discipline, ids.b1Discipline]));
    expect(JSON.parse((await exportAudit(office.id))!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 5,
      filter: `关键词：${TAG}`,
    });
  });

  it("a head's export equals their list and never holds a discipline row or another department's", async () => {
    await actAs(headA);
    const x = await exported(`?q=${TAG}`);
    const list = await listed(headA, { q: TAG });
    expect(x.rows.map((r) => [r[1], r[2]])).toEqual(list.map((r) => [r[0], r[1]]));
    expect(x.rows.map((r) => r[1]).sort()).toEqual([`${TAG}乙`, `${TAG}甲`]);
    expect(x.rows.some((r) => r[0] === "纪律处分")).toBe(false);
    expect(x.rows.some((r) => r[2] === DISCIPLINE.title)).toBe(false);
  });

  it("a person exports their own records, discipline included; a colleague's export holds none of them", async () => {
    await actAs(a1);
    const own = await exported(`?q=${TAG}`);
    expect(own.rows.map((r) => [r[1], r[2]])).toEqual(
      (await listed(a1, { q: TAG })).map((r) => [r[0], r[1]]),
    );
    expect(own.rows.map((r) => r[0]).sort()).toEqual(["纪律处分", "表彰奖励"]);
    await actAs(a1);
    const mine = await exported("", true);
    expect(mine.rows.map((r) => r[2])).toEqual((await listed(a1, {}, true)).map((r) => r[1]));
    expect((await exportAudit(a1.id, "conduct.mine.export"))?.result).toBe("SUCCESS");
    await actAs(a2);
    const other = await exported("");
    expect(other.rows.every((r) => r[1] === `${TAG}乙`)).toBe(true);
    expect(other.rows.some((r) => r[0] === "纪律处分")).toBe(false);
  });

  it("a viewer without the list gets 404, and the refusal is audited", async () => {
    const auditor = await makeUser({ roles: ["AUDITOR"] });
    await actAs(auditor);
    expect((await exported("")).status).toBe(404);
    expect((await exportAudit(auditor.id))?.result).toBe("NOT_FOUND");
    await actAs(auditor);
    expect((await exported("", true)).status).toBe(404);
  });
});
