// A round's registrant list on /quota/[id] as 政治处 works with it (issue 15
// item 5): searched by name or department and sorted through the URL, and
// exported to XLSX holding exactly the rows, in the order, the same viewer's
// table shows, audited with its filter and row count. The list is 政治处's
// only: a registrant gets null from the reader and the builder, and 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/(portal)/quota/[id]/export/route";
import { db } from "@/lib/db";
import { exportQuotaRegistrants } from "@/lib/quota/registrant-export";
import { listRegistrants } from "@/lib/quota/registrant-list";
import { RegistrantFilter } from "@/lib/quota/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { dept, newRound, office, register, session, setupQuota, staff } from "./fixtures/quota";
import { makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

setupQuota();

const exportRoute = GET as Parameters<typeof exportedSheet>[0];

let roundId: string;
let deptName: string;
let outsider: { id: string; realName: string };
const parse = (q: Record<string, string>) => RegistrantFilter.parse(q);
const names = (list: Awaited<ReturnType<typeof listRegistrants>>) =>
  list!.rows.map((r) => r.user.realName);

beforeAll(async () => {
  roundId = await newRound(`报名人员列表${Math.floor(Math.random() * 1e6)}`);
  deptName = (await db.department.findUniqueOrThrow({ where: { id: dept.id } })).name;
  const other = await makeDepartment();
  outsider = await makeUser({ departmentId: other.id, realName: "他部门报名者" });
  // Registered in this order: 报名乙, 报名甲, 他部门报名者, 报名丙.
  for (const u of [staff[1], staff[0], outsider, staff[2]]) dataOf(await register(u, roundId));
});

afterAll(async () => {
  await db.quotaRound.deleteMany({ where: { id: roundId } });
});

describe("sorting and searching", () => {
  it("searches the name or the department, and sorts by the declared columns only", async () => {
    const v = await session(office);
    expect(names(await listRegistrants(v, roundId, parse({ q: "报名甲" })))).toEqual(["报名甲"]);
    const ofDept = await listRegistrants(v, roundId, parse({ q: deptName, sort: "name" }));
    expect(names(ofDept)).toEqual(["报名丙", "报名乙", "报名甲"].sort());
    const desc = await listRegistrants(
      v,
      roundId,
      parse({ q: deptName, sort: "name", dir: "desc" }),
    );
    expect(names(desc)).toEqual([...names(ofDept)].reverse());
    // The default (and an unknown column): unranked, so by registration time.
    const plain = await listRegistrants(v, roundId, parse({}));
    expect(names(plain)).toEqual(["报名乙", "报名甲", "他部门报名者", "报名丙"]);
    const bogus = await listRegistrants(v, roundId, parse({ sort: "userId", dir: "desc" }));
    expect(names(bogus)).toEqual(names(plain));
    const latest = await listRegistrants(v, roundId, parse({ sort: "registeredAt" }));
    expect(names(latest)).toEqual([...names(plain)].reverse());
  });

  it("is 政治处's only", async () => {
    expect(await listRegistrants(await session(staff[0]), roundId, parse({}))).toBeNull();
  });
});

describe("导出 Excel", () => {
  it("holds exactly the list's searched, sorted rows, audited with filter and rows", async () => {
    const v = await session(office);
    const list = await listRegistrants(
      v,
      roundId,
      parse({ q: deptName, sort: "name", dir: "desc" }),
    );
    const x = await exportedSheet(
      exportRoute,
      `/quota/${roundId}/export?q=${encodeURIComponent(deptName)}&sort=name&dir=desc`,
      { id: roundId },
    );
    expect(x.status).toBe(200);
    expect(column(x, "姓名")).toEqual(names(list));
    expect(column(x, "姓名")).not.toContain(outsider.realName);
    expect(column(x, "部门")).toEqual(list!.rows.map((r) => r.user.department!.name));
    expect(column(x, "结果")).toEqual(["待定", "待定", "待定"]);
    expect(column(x, "已录成绩")).toEqual(["0 / 3", "0 / 3", "0 / 3"]);
    expect(x.sub).toContain(`关键词：${deptName}`);
    const a = await lastExportAudit("quota.registrants.export", office.id);
    expect(a!.objectId).toBe(roundId);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${deptName}`,
    });
  });

  it("a registrant gets null from the builder and 404, audited; so does an unknown round", async () => {
    const v = await session(staff[0]);
    const url = new URL(`http://localhost/quota/${roundId}/export`);
    expect(await exportQuotaRegistrants(v, url, { id: roundId })).toBeNull();
    const x = await exportedSheet(exportRoute, `/quota/${roundId}/export`, { id: roundId });
    expect(x.status).toBe(404);
    const a = await lastExportAudit("quota.registrants.export", staff[0].id);
    expect(a?.result).toBe("NOT_FOUND");
    const o = await session(office);
    expect(await exportQuotaRegistrants(o, url, { id: "nosuchround" })).toBeNull();
  });
});
