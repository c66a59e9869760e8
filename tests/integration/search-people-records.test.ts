// The global search's people, major matters, essay calls and appraisal cycles
// (issue 15 item 6) against a real database. 人员: 政治处 and 院领导 find every
// active colleague, a head or liaison only the people of the departments
// whose post they hold, staff no one; a hit holds name, department and
// position and links to the department dashboard only where the viewer may
// open it. 个人重大事项报告: the owner finds their own by category, 政治处
// everyone's by the reporter's name (audited with the ids, never decrypted),
// nobody else anyone's. Essay calls and cycles are the viewer's own lists.
// Each match has a non-matching record beside it.
import { beforeAll, describe, expect, it } from "vitest";

import SearchPage from "@/app/(portal)/search/page";
import { listCyclePage } from "@/lib/appraisal/queries";
import { listCalls } from "@/lib/culture/essays/queries";
import { db } from "@/lib/db";
import { fileMajorMatter } from "@/lib/major-matters/actions";
import { listAllMatters } from "@/lib/major-matters/queries";
import { searchAll, type SearchResults } from "@/lib/search/queries";

import { session } from "./fixtures/talks";
import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

// A keyword no other test file uses.
const KEY = "觅踪乙";
type U = Awaited<ReturnType<typeof makeUser>>;
let office: U, leaderA: U, leaderX: U, headA: U, liaisonA: U, headB: U;
let personA: U, personB: U, gone: U, other: U, staff: U, admin: U, auditor: U;
let deptA: { id: string }, deptB: { id: string };
const m = { aMarriage: "", aTravel: "", bMarriage: "", otherMarriage: "" };
const c = { callKey: "", callOther: "", cycleA: "", cycleB: "", cycleOther: "" };

async function file(u: U, category: string) {
  await actAs(u);
  return dataOf(await fileMajorMatter({ category, occurredOn: "", detail: "保密的事项内容" })).id;
}

async function cycle(title: string, subjects: U[], departmentId: string) {
  const row = await db.appraisalCycle.create({
    data: {
      title,
      year: 2026,
      periodStart: new Date("2026-01-01T00:00:00+08:00"),
      periodEnd: new Date("2027-01-01T00:00:00+08:00"),
      distribution: "{}",
      createdById: office.id,
      sheets: {
        create: subjects.map((s) => ({
          subjectType: "PERSON",
          subjectKey: `U:${s.id}`,
          userId: s.id,
          departmentId,
          subjectName: s.realName,
        })),
      },
    },
  });
  return row.id;
}

beforeAll(async () => {
  deptA = await makeDepartment();
  deptB = await makeDepartment();
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leaderA = await makeUser({ roles: ["LEADER", "STAFF"] });
  leaderX = await makeUser({ roles: ["LEADER", "STAFF"] });
  headA = await makeUser({ roles: ["DEPT_HEAD", "STAFF"], departmentId: deptA.id });
  liaisonA = await makeUser({ roles: ["LIAISON", "STAFF"], departmentId: deptA.id });
  headB = await makeUser({ roles: ["DEPT_HEAD", "STAFF"], departmentId: deptB.id });
  personA = await makeUser({ departmentId: deptA.id, realName: `${KEY}甲` });
  personB = await makeUser({ departmentId: deptB.id, realName: `${KEY}乙` });
  gone = await makeUser({ departmentId: deptA.id, realName: `${KEY}丙`, status: "DISABLED" });
  other = await makeUser({ departmentId: deptA.id, realName: "无关干警" });
  staff = await makeUser({ departmentId: deptA.id });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  auditor = await makeUser({ roles: ["AUDITOR"] });
  await db.user.update({ where: { id: personA.id }, data: { position: "检察官助理" } });
  await db.department.update({
    where: { id: deptA.id },
    data: { headId: headA.id, liaisonId: liaisonA.id, leaderId: leaderA.id },
  });
  await db.department.update({ where: { id: deptB.id }, data: { headId: headB.id } });

  m.aMarriage = await file(personA, "MARRIAGE");
  m.aTravel = await file(personA, "TRAVEL");
  m.bMarriage = await file(personB, "MARRIAGE");
  m.otherMarriage = await file(other, "MARRIAGE");

  const call = (title: string) =>
    db.essayCall.create({
      data: {
        title,
        opensAt: new Date(),
        closesAt: new Date(Date.now() + 9e8),
        createdById: office.id,
      },
    });
  c.callKey = (await call(`${KEY}我眼中的梁溪检察`)).id;
  c.callOther = (await call("另一次征文")).id;
  c.cycleA = await cycle(`${KEY}2026 年度考评甲`, [personA], deptA.id);
  c.cycleB = await cycle(`${KEY}2026 年度考评乙`, [personB], deptB.id);
  c.cycleOther = await cycle("2026 年度另一考评", [personA], deptA.id);
});

const group = (r: SearchResults, kind: string) => r.groups.find((g) => g.kind === kind);
const idsOf = (r: SearchResults, kind: string) =>
  (group(r, kind)?.rows.map((x) => x.id) ?? []).sort();
const search = async (u: U, q = KEY) => searchAll(await session(u), q);
const audits = (u: U) =>
  db.auditLog.findMany({
    where: { action: "search.confidential", userId: u.id },
    orderBy: { seq: "asc" },
  });

describe("人员", () => {
  it("政治处 finds every active colleague named so, each with department links", async () => {
    const r = await search(office);
    expect(idsOf(r, "colleague")).toEqual([personA.id, personB.id].sort());
    expect(idsOf(r, "colleague")).not.toContain(gone.id);
    const rows = group(r, "colleague")!.rows as { id: string; href: string | null }[];
    const a = rows.find((x) => x.id === personA.id)!;
    expect(a).toMatchObject({ position: "检察官助理", href: `/department/${deptA.id}` });
    expect(rows.find((x) => x.id === personB.id)!.href).toBe(`/department/${deptB.id}`);
    expect(JSON.stringify(rows)).not.toMatch(/employeeNo|username|phone|email|birthYear/);
  });

  it("a 院领导 finds everyone, with a link only into the departments they supervise", async () => {
    const r = await search(leaderA);
    const rows = group(r, "colleague")!.rows as { id: string; href: string | null }[];
    expect(rows.map((x) => x.id).sort()).toEqual([personA.id, personB.id].sort());
    expect(rows.find((x) => x.id === personA.id)!.href).toBe(`/department/${deptA.id}`);
    expect(rows.find((x) => x.id === personB.id)!.href).toBeNull();
    const x = await search(leaderX);
    expect((group(x, "colleague")!.rows as { href: string | null }[]).map((h) => h.href)).toEqual([
      null,
      null,
    ]);
  });

  it("a head or liaison finds their own department's people only; staff and the admin find no colleague", async () => {
    for (const u of [headA, liaisonA])
      expect(idsOf(await search(u), "colleague")).toEqual([personA.id]);
    expect(idsOf(await search(headB), "colleague")).toEqual([personB.id]);
    for (const u of [staff, personA, admin]) {
      const r = await search(u);
      expect(r.searched).not.toContain("colleague");
      expect(group(r, "colleague")).toBeUndefined();
    }
  });

  it("the page shows a hit without a page to open as plain text", async () => {
    await actAs(leaderX);
    const html = JSON.stringify(await SearchPage({ searchParams: Promise.resolve({ q: KEY }) }));
    expect(html).toContain(`${KEY}乙`);
    expect(html).not.toContain(`/department/${deptB.id}`);
  });
});

describe("个人重大事项报告", () => {
  it("the owner finds their own by category, never another's or another category", async () => {
    const r = await search(personA, "婚姻");
    expect(idsOf(r, "myMatter")).toEqual([m.aMarriage]);
    expect(group(r, "myMatter")!.more).toBe("/major-matters?category=MARRIAGE");
    expect(idsOf(await search(personB, "婚姻"), "myMatter")).toEqual([m.bMarriage]);
    expect(idsOf(await search(personA, "出国"), "myMatter")).toEqual([m.aTravel]);
    expect(group(await search(personA, KEY), "myMatter")).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain("保密的事项内容");
  });

  it("only 政治处 finds others' reports, by the reporter's name, audited with their ids", async () => {
    for (const u of [leaderA, headA, liaisonA, staff, personA]) {
      const r = await search(u);
      expect(r.searched).not.toContain("matter");
      expect(JSON.stringify(r)).not.toContain(m.bMarriage);
    }
    const before = (await audits(office)).length;
    const r = await search(office);
    expect(idsOf(r, "matter")).toEqual([m.aMarriage, m.aTravel, m.bMarriage].sort());
    expect(idsOf(r, "matter")).not.toContain(m.otherMarriage);
    expect(JSON.stringify(r)).not.toContain("保密的事项内容");
    const list = await listAllMatters(await session(office), { q: KEY, page: 1 });
    expect(group(r, "matter")!.total).toBe(list!.total);
    const rows = await audits(office);
    expect(rows).toHaveLength(before + 1);
    const detail = JSON.parse(rows.at(-1)!.detail!);
    expect(detail).toMatchObject({ majorMatter: 3, keywordLength: KEY.length });
    expect(detail.ids.split(",").sort()).toEqual([m.aMarriage, m.aTravel, m.bMarriage].sort());
    expect(rows.at(-1)!.detail).not.toContain(KEY);
  });
});

describe("征文活动 and 考评周期", () => {
  it("every business role finds the essay call by title, exactly as its list; the admin does not", async () => {
    for (const u of [office, leaderA, headA, liaisonA, staff]) {
      const r = await search(u);
      expect(idsOf(r, "essayCall")).toEqual([c.callKey]);
      const list = await listCalls(await session(u), { q: KEY, page: 1 });
      expect(group(r, "essayCall")!.total).toBe(list.total);
    }
    expect((await search(admin)).searched).not.toContain("essayCall");
  });

  it("a cycle is found by whoever has a part in it; 政治处 and 院领导 find all", async () => {
    expect(idsOf(await search(personA), "cycle")).toEqual([c.cycleA]);
    expect(idsOf(await search(personB), "cycle")).toEqual([c.cycleB]);
    expect(idsOf(await search(headA), "cycle")).toEqual([c.cycleA]);
    expect(group(await search(staff), "cycle")).toBeUndefined();
    for (const u of [office, leaderX]) {
      const r = await search(u);
      expect(idsOf(r, "cycle")).toEqual([c.cycleA, c.cycleB].sort());
      const list = await listCyclePage(await session(u), { q: KEY, page: 1 });
      expect(group(r, "cycle")!.total).toBe(list.total);
    }
    expect(idsOf(await search(personA, "2026"), "cycle")).toEqual([c.cycleA, c.cycleOther].sort());
  });

  it("the auditor has no search at all", async () => {
    await actAs(auditor);
    await expect(SearchPage({ searchParams: Promise.resolve({ q: KEY }) })).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
  });
});
