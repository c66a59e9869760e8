// The honours wall (/conduct/honours, issue 15 item 5), on SQLite and
// PostgreSQL: searched by person or honour and ordered within each year and
// level (date, person, honour) through the URL; the export holds exactly the
// wall's rows in the wall's order, with Shanghai dates, audited with its
// filter and row count. Never a discipline record, a draft or a revoked one,
// whatever the keyword; a viewer without conduct.read (SYS_ADMIN) gets 404.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/conduct/honours/export/route";
import HonoursPage from "@/app/(portal)/conduct/honours/page";
import { loadSessionUser } from "@/lib/auth/session";
import { listHonours } from "@/lib/conduct/honours";
import { exportHonours } from "@/lib/conduct/honours-export";
import { HonoursFilter } from "@/lib/conduct/schemas";
import { db } from "@/lib/db";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

type U = { id: string };
const TAG = `荣誉${Math.floor(Math.random() * 1e6)}`;
const YEAR = 2031;
const users: string[] = [];
const records: string[] = [];
let po: U;
let staff: U;
let admin: U;

async function wall(q: Record<string, string>) {
  const f = HonoursFilter.parse(q);
  const { groups } = await listHonours(f.year!, f);
  return groups.flatMap((g) =>
    g.levels.flatMap((l) => l.rows.map((r) => r.person.replace(TAG, ""))),
  );
}

beforeAll(async () => {
  po = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  staff = await makeUser();
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  const [jia, yi, bing] = [
    await makeUser({ realName: `${TAG}甲` }),
    await makeUser({ realName: `${TAG}乙` }),
    await makeUser({ realName: `${TAG}丙` }),
  ];
  const other = await makeUser({ realName: "别的干警" });
  users.push(po.id, staff.id, admin.id, jia.id, yi.id, bing.id, other.id);
  const base = { createdById: po.id, issuer: "市检察院", status: "CONFIRMED" };
  const rows = [
    // 甲: a provincial 业务标兵; 乙 and 丙 at city level (乙 later in the year).
    [jia, "COMMENDATION", "HONOUR", "PROVINCE", "业务标兵", "03-10", "全省业务竞赛"],
    [yi, "COMMENDATION", "MERIT", "CITY", null, "06-01", "办理重大案件"],
    [bing, "INNOVATION", "INNOVATION", "CITY", null, "05-01", "智慧办案平台"],
    [other, "COMMENDATION", "HONOUR", "CITY", "岗位能手", "02-01", "别的表彰"],
  ] as const;
  for (const [u, category, kind, level, honourTitle, day, title] of rows)
    records.push(
      (
        await db.conductRecord.create({
          data: {
            ...base,
            subjectUserId: u.id,
            category,
            kind,
            level,
            honourTitle,
            title,
            occurredOn: new Date(`${YEAR}-${day}T00:00:00+08:00`),
          },
        })
      ).id,
    );
  // An earlier year: 甲's municipal 嘉奖 two years before, and nothing in between.
  records.push(
    (
      await db.conductRecord.create({
        data: {
          ...base,
          subjectUserId: jia.id,
          category: "COMMENDATION",
          kind: "CITATION",
          level: "CITY",
          title: "往年嘉奖",
          occurredOn: new Date(`${YEAR - 2}-07-01T00:00:00+08:00`),
        },
      })
    ).id,
  );
  // Never on the wall: 甲's admonition (discipline), a draft and a revoked honour of 乙.
  const hidden = [
    { category: "DISCIPLINE", kind: "ADMONITION", severity: "GENERAL", title: `诫勉${TAG}` },
    { category: "COMMENDATION", kind: "PRAISE", status: "DRAFT", title: `草稿${TAG}` },
    { category: "COMMENDATION", kind: "PRAISE", status: "REVOKED", title: `撤销${TAG}` },
  ];
  for (const [i, h] of hidden.entries())
    records.push(
      (
        await db.conductRecord.create({
          data: {
            ...base,
            ...h,
            subjectUserId: i === 0 ? jia.id : yi.id,
            occurredOn: new Date(`${YEAR}-04-01T00:00:00+08:00`),
          },
        })
      ).id,
    );
});

afterAll(async () => {
  await db.conductRecord.deleteMany({ where: { id: { in: records } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("honours wall", () => {
  it("searches person or honour; orders within year and level through the URL", async () => {
    const y = String(YEAR);
    expect(await wall({ year: y, q: TAG })).toEqual(["甲", "乙", "丙"]);
    expect(await wall({ year: y, q: TAG, sort: "occurredOn", dir: "asc" })).toEqual([
      "甲",
      "丙",
      "乙",
    ]);
    expect(await wall({ year: y, q: "业务标兵" })).toContain("甲");
    expect(await wall({ year: y, q: "智慧办案" })).toEqual(["丙"]);
    expect(await wall({ year: y, q: TAG, sort: "status" })).toEqual(["甲", "乙", "丙"]);
    expect(await wall({ year: y })).toContain("别的干警");
    // No keyword finds a discipline record, a draft or a revoked one.
    for (const q of [`诫勉${TAG}`, `草稿${TAG}`, `撤销${TAG}`, "诫勉"])
      expect(await wall({ year: y, q })).toEqual([]);
  });

  it("the page shows the wall in order; sort links keep the filter; empty says what to do", async () => {
    await actAs(staff);
    const html = renderToStaticMarkup(
      await HonoursPage({ searchParams: Promise.resolve({ year: String(YEAR), q: TAG }) }),
    );
    expect(html).toContain("找到 3 人次");
    expect(html.indexOf(`${TAG}乙`)).toBeLessThan(html.indexOf(`${TAG}丙`));
    expect(html).not.toContain("别的干警");
    expect(html).not.toContain("诫勉");
    expect(html).toContain(
      `/conduct/honours?year=${YEAR}&amp;q=${encodeURIComponent(TAG)}&amp;sort=person&amp;dir=asc`,
    );
    const none = renderToStaticMarkup(
      await HonoursPage({ searchParams: Promise.resolve({ q: `诫勉${TAG}` }) }),
    );
    expect(none).toContain("没有符合条件的表彰");
  });
});

describe("honours wall, every year", () => {
  const page = async (q: Record<string, string>) =>
    renderToStaticMarkup(await HonoursPage({ searchParams: Promise.resolve(q) }));

  it("is read a year a page, newest first, among the years holding a match", async () => {
    await actAs(staff);
    const first = await page({ q: TAG });
    expect(first).toContain("找到 4 人次");
    expect(first).toContain(`${YEAR} 年`);
    expect(first).not.toContain("往年嘉奖");
    expect(first).toMatch(/aria-label="荣誉墙年度分页"[\s\S]*第 1 \/ 2 页/);
    expect(first).toContain(`/conduct/honours?q=${encodeURIComponent(TAG)}&amp;page=2`);
    const second = await page({ q: TAG, page: "2" });
    expect(second).toContain("往年嘉奖");
    expect(second).not.toContain("全省业务竞赛");
    // A year asked for is one page, as before.
    expect(await page({ q: TAG, year: String(YEAR) })).not.toContain("荣誉墙年度分页");
  });

  it("finds the honour's phrase (level and kind, or level and title)", async () => {
    const y = String(YEAR);
    expect(await wall({ year: y, q: "市级记功" })).toEqual(["乙"]);
    expect(await wall({ year: y, q: "省级“业务标兵”" })).toEqual(["甲"]);
    expect(await wall({ year: String(YEAR - 2), q: "市级嘉奖" })).toContain("甲");
  });

  it("the export holds every year's rows, newest year first", async () => {
    await actAs(staff);
    const x = await exportedSheet(
      exportRoute as never,
      `/conduct/honours/export?q=${encodeURIComponent(TAG)}`,
    );
    expect(column(x, "事由")).toEqual(["全省业务竞赛", "办理重大案件", "智慧办案平台", "往年嘉奖"]);
    expect(column(x, "年度")).toEqual([YEAR, YEAR, YEAR, YEAR - 2].map(String));
  });
});

describe("honours wall export", () => {
  const exported = (q: string) =>
    exportedSheet(exportRoute as never, `/conduct/honours/export${q}`);

  it("holds exactly the wall's rows in its order, audited", async () => {
    await actAs(staff);
    const q = `?year=${YEAR}&q=${encodeURIComponent(TAG)}&sort=occurredOn&dir=asc`;
    const x = await exported(q);
    expect(x.status).toBe(200);
    expect(column(x, "姓名").map((n) => n.replace(TAG, ""))).toEqual(
      await wall({ year: String(YEAR), q: TAG, sort: "occurredOn", dir: "asc" }),
    );
    expect(column(x, "级别")).toEqual(["省级", "市级", "市级"]);
    expect(column(x, "表彰/荣誉")[0]).toBe("省级“业务标兵”");
    expect(column(x, "日期")[0]).toContain(`Mar 10 ${YEAR}`);
    expect(x.rows.flat().join("|")).not.toContain("诫勉");
    const a = await lastExportAudit("conduct.honours.export", staff.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `年度：${YEAR} 年；关键词：${TAG}`,
      rows: 3,
    });
    // 政治处 gets the same wall.
    await actAs(po);
    expect(column(await exported(q), "姓名")).toEqual(column(x, "姓名"));
  });

  it("SYS_ADMIN gets null from the builder and 404, audited NOT_FOUND", async () => {
    const v = (await loadSessionUser(await actAs(admin)))!;
    const none = async () => [];
    expect(await exportHonours(v, new URL("http://localhost/x"), none)).toBeNull();
    expect((await exported(`?q=${TAG}`)).status).toBe(404);
    expect(await lastExportAudit("conduct.honours.export", admin.id)).toMatchObject({
      result: "NOT_FOUND",
    });
  });
});
