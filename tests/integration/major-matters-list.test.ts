// 政治处's list of 个人重大事项报告 as people work with it (issue 15 item 5):
// sorted and searched through the URL (the reporter's name only — the
// encrypted content is never searched), and exported to XLSX holding exactly
// the rows, in the order, the same viewer's list shows; metadata only, never
// the content; each exported page audited as a read of the reports on it, the
// file with its filter and row count; anyone but 政治处 gets 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/major-matters/all/export/route";
import { loadSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fileMajorMatter } from "@/lib/major-matters/actions";
import { exportMatters } from "@/lib/major-matters/export";
import { listAllMatters } from "@/lib/major-matters/list";
import { MatterListFilter } from "@/lib/major-matters/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string };
const TAG = `重大列表${Math.floor(Math.random() * 1e6)}`;
const NAMES = ["甲", "乙", "丙"];
let office: U, leader: U, owners: U[];
const ids: string[] = [];

async function session(u: U) {
  return (await loadSessionUser(await actAs(u)))!;
}
const parse = (q: Record<string, string>) => MatterListFilter.parse(q);

beforeAll(async () => {
  const dept = await makeDepartment();
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  owners = [];
  for (const n of NAMES)
    owners.push(await makeUser({ departmentId: dept.id, realName: `${TAG}${n}` }));
  const categories = ["TRAVEL", "PROPERTY", "MARRIAGE"] as const;
  for (const [i, o] of owners.entries()) {
    await actAs(o);
    ids.push(
      dataOf(
        await fileMajorMatter({
          category: categories[i],
          occurredOn: `2026-0${i + 1}-15`,
          detail: `机密内容 CANARY-LIST-${i}`,
        }),
      ).id,
    );
  }
});

afterAll(async () => {
  await db.majorMatterReport.deleteMany({ where: { id: { in: ids } } });
});

describe("sorting and searching", () => {
  it("sorts by the reporter's name both ways, and ignores an unknown column", async () => {
    const s = await session(office);
    const asc = await listAllMatters(s, parse({ q: TAG, sort: "reporter", dir: "asc" }));
    expect(asc!.rows.map((r) => r.user.realName)).toEqual(NAMES.map((n) => `${TAG}${n}`).sort());
    const desc = await listAllMatters(s, parse({ q: TAG, sort: "reporter", dir: "desc" }));
    expect(desc!.rows.map((r) => r.id)).toEqual(asc!.rows.map((r) => r.id).reverse());
    const bogus = await listAllMatters(s, parse({ q: TAG, sort: "detailEnc" }));
    const plain = await listAllMatters(s, parse({ q: TAG }));
    expect(bogus!.rows.map((r) => r.id)).toEqual(plain!.rows.map((r) => r.id));
  });

  it("searches the reporter's name, never the encrypted content", async () => {
    const s = await session(office);
    expect((await listAllMatters(s, parse({ q: `${TAG}乙` })))!.rows.map((r) => r.id)).toEqual([
      ids[1],
    ]);
    expect((await listAllMatters(s, parse({ q: "CANARY-LIST" })))!.total).toBe(0);
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's filtered, sorted rows, metadata only, and is audited", async () => {
    const query = `q=${TAG}&sort=occurredOn&dir=desc`;
    const s = await session(office);
    const list = await listAllMatters(s, parse(Object.fromEntries(new URLSearchParams(query))));
    expect(list!.total).toBe(3);
    const x = await exportedSheet(exportRoute, `/major-matters/all/export?${query}`);
    expect(x.status).toBe(200);
    expect(x.header).toEqual([
      "报告人",
      "部门",
      "类别",
      "发生日期",
      "报告日期",
      "状态",
      "确认日期",
    ]);
    expect(column(x, "报告人")).toEqual(list!.rows.map((r) => r.user.realName));
    expect(column(x, "类别")).toEqual(["婚姻变化", "房产/投资", "出国(境)"]);
    expect(column(x, "状态")).toEqual(["待确认", "待确认", "待确认"]);
    expect(JSON.stringify(x.rows)).not.toContain("CANARY");
    expect(x.sub).toContain(`报告人：${TAG}`);

    const file = await lastExportAudit("majorMatter.list.export", office.id);
    expect(JSON.parse(file!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `报告人：${TAG}`,
    });
    // The page of reports handed on is audited as a read of each of them.
    const read = await db.auditLog.findFirst({
      where: { action: "majorMatter.read", objectId: "export", userId: office.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(read!.detail!).reports.split(",").sort()).toEqual([...ids].sort());
  });

  it("anyone but 政治处 gets null from the builder and 404 from the route, audited", async () => {
    for (const u of [leader, owners[0]]) {
      const s = await session(u);
      const url = new URL(`http://localhost/major-matters/all/export?q=${TAG}`);
      expect(await exportMatters(s, url)).toBeNull();
      expect(await listAllMatters(s, parse({ q: TAG }))).toBeNull();
      expect((await exportedSheet(exportRoute, `/major-matters/all/export?q=${TAG}`)).status).toBe(
        404,
      );
      const a = await lastExportAudit("majorMatter.list.export", u.id);
      expect(a?.result).toBe("NOT_FOUND");
      expect(
        await db.auditLog.count({
          where: { action: "majorMatter.read", objectId: "export", userId: u.id },
        }),
      ).toBe(0);
    }
  });
});
