// A round's published lists (/quota/[id]/publicity, issue 15 item 5), on
// SQLite and PostgreSQL: the 公示 and the admitted, searched by name or
// department and sorted (rank, name, department, total) through the URL; the
// export holds exactly the rows, in the order, and the columns of the same
// viewer's page — rank, name, department, total, never component scores — and
// is audited with its filter and row count. Staff and 政治处 see the same
// published rows; an unpublished round and a viewer without the right (审计员, who has no business permission)
// get null and 404, audited NOT_FOUND.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/(portal)/quota/[id]/publicity/export/route";
import PublicityPage from "@/app/(portal)/quota/[id]/publicity/page";
import { db } from "@/lib/db";
import { exportPublicity } from "@/lib/quota/publicity-export";
import { listPublicityPage } from "@/lib/quota/publicity-list";
import { PublicityFilter, type PublicityView } from "@/lib/quota/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { newRound, office, register, regOf, session, setupQuota, staff } from "./fixtures/quota";
import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

setupQuota();

const route = GET as Parameters<typeof exportedSheet>[0];
let roundId: string;
let draftId: string;
let auditor: { id: string };
let outsider: { id: string; realName: string };

async function listed(u: { id: string }, view: PublicityView, q: Record<string, string>) {
  const data = await listPublicityPage(await session(u), roundId, view, PublicityFilter.parse(q));
  return data?.rows.map((r) => r.user.realName) ?? null;
}

beforeAll(async () => {
  roundId = await newRound(`公示列表${Math.floor(Math.random() * 1e6)}`);
  draftId = await newRound(`未公示${Math.floor(Math.random() * 1e6)}`);
  const other = await makeDepartment();
  outsider = await makeUser({ departmentId: other.id, realName: "他部门公示者" });
  auditor = await makeUser({ roles: ["AUDITOR"] });
  // 报名甲 1st, 他部门公示者 2nd, 报名乙 3rd in 公示; 报名丙 admitted; 报名丁 not admitted.
  const plan = [
    [staff[0], 1, 9050, "PUBLICITY"],
    [outsider, 2, 8800, "PUBLICITY"],
    [staff[1], 3, 8100, "PUBLICITY"],
    [staff[2], 4, 7900, "ADMITTED"],
    [staff[3], 5, 7000, "NOT_ADMITTED"],
  ] as const;
  for (const [u, rank, totalCenti, outcome] of plan) {
    dataOf(await register(u, roundId));
    dataOf(await register(u, draftId));
    const r = await regOf(roundId, u.id);
    await db.quotaRegistration.update({ where: { id: r.id }, data: { rank, totalCenti, outcome } });
    const d = await regOf(draftId, u.id);
    await db.quotaRegistration.update({ where: { id: d.id }, data: { outcome: "PUBLICITY" } });
  }
  await db.quotaRound.update({ where: { id: roundId }, data: { publishedAt: new Date() } });
});

afterAll(async () => {
  await db.quotaRound.deleteMany({ where: { id: { in: [roundId, draftId] } } });
});

describe("公示 list", () => {
  it("searches name or department, sorts through the URL, keeps the lists apart", async () => {
    const s = staff[2];
    expect(await listed(s, "PUBLICITY", {})).toEqual(["报名甲", "他部门公示者", "报名乙"]);
    expect(await listed(s, "PUBLICITY", { sort: "rank", dir: "desc" })).toEqual([
      "报名乙",
      "他部门公示者",
      "报名甲",
    ]);
    expect(await listed(s, "PUBLICITY", { sort: "total", dir: "asc" })).toEqual([
      "报名乙",
      "他部门公示者",
      "报名甲",
    ]);
    expect(await listed(s, "PUBLICITY", { q: "他部门" })).toEqual(["他部门公示者"]);
    expect(await listed(s, "PUBLICITY", { sort: "totalCenti" })).toEqual([
      "报名甲",
      "他部门公示者",
      "报名乙",
    ]);
    expect(await listed(s, "ADMITTED", {})).toEqual(["报名丙"]);
    // 政治处 sees the same published rows; a 审计员 has no list.
    expect(await listed(office, "PUBLICITY", {})).toEqual(await listed(s, "PUBLICITY", {}));
    expect(await listed(auditor, "PUBLICITY", {})).toBeNull();
  });

  it("the page shows the rows in order; sort links keep the list and keyword", async () => {
    await actAs(staff[3]);
    const html = renderToStaticMarkup(
      await PublicityPage({
        params: Promise.resolve({ id: roundId }),
        searchParams: Promise.resolve({ q: "报名", sort: "total", dir: "asc" }),
      }),
    );
    expect(html).toContain("共 2 人");
    expect(html.indexOf("报名乙")).toBeLessThan(html.indexOf("报名甲"));
    expect(html).not.toContain("他部门公示者");
    expect(html).not.toContain("报名丁");
    expect(html).toContain(
      `/quota/${roundId}/publicity?q=${encodeURIComponent("报名")}&amp;sort=name&amp;dir=asc&amp;view=PUBLICITY`,
    );
  });
});

describe("公示 export", () => {
  const exported = (id: string, q: string) =>
    exportedSheet(route, `/quota/${id}/publicity/export${q}`, { id });

  it("holds exactly the page's rows and columns, audited", async () => {
    await actAs(staff[2]);
    const x = await exported(roundId, "?view=PUBLICITY&sort=total&dir=asc");
    expect(x.status).toBe(200);
    expect(x.header).toEqual(["排名", "姓名", "部门", "总成绩"]);
    expect(column(x, "姓名")).toEqual(
      await listed(staff[2], "PUBLICITY", { sort: "total", dir: "asc" }),
    );
    expect(column(x, "总成绩")).toEqual(["81", "88", "90.5"]);
    expect(x.sub).toContain("名单：公示名单");
    const a = await lastExportAudit("quota.publicity.export", staff[2].id);
    expect(a).toMatchObject({ result: "SUCCESS", objectId: roundId });
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "xlsx", rows: 3 });
    const admitted = await exported(roundId, "?view=ADMITTED");
    expect(column(admitted, "姓名")).toEqual(["报名丙"]);
    // The default list is the page's: the 公示 while it has people.
    expect(column(await exported(roundId, "?q=他部门"), "姓名")).toEqual(["他部门公示者"]);
  });

  it("an unpublished round, and a 审计员, get null and 404, audited NOT_FOUND", async () => {
    await actAs(staff[2]);
    expect((await exported(draftId, "")).status).toBe(404);
    expect(await lastExportAudit("quota.publicity.export", staff[2].id)).toMatchObject({
      result: "NOT_FOUND",
    });
    const v = await session(auditor);
    const url = new URL(`http://localhost/quota/${roundId}/publicity/export`);
    expect(await exportPublicity(v, url, { id: roundId })).toBeNull();
    expect((await exported(roundId, "")).status).toBe(404);
    expect(await lastExportAudit("quota.publicity.export", auditor.id)).toMatchObject({
      result: "NOT_FOUND",
    });
  });
});
