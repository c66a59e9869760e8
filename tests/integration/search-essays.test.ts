// 征文作品 in the global search (issue 15 item 6): an entry is found by its
// title only by those who may open it (its author; 政治处; the call's judges
// once it has closed; everyone once it has won and the results are out), and
// judging stays blind: a judge finds the entry without its author. Each match
// has a non-matching entry beside it.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { searchAll, type SearchResults } from "@/lib/search/queries";

import { session } from "./fixtures/talks";
import { makeUser } from "./helpers";

const KEY = "觅踪丙";
const DAY = 86_400_000;
type U = Awaited<ReturnType<typeof makeUser>>;
let office: U, leader: U, judge: U, a: U, b: U, c: U, admin: U;
const e = { open: "", openOther: "", judged: "", winner: "", loser: "", unrelated: "" };

async function call(opens: number, closes: number, published: boolean, judges: U[] = []) {
  const row = await db.essayCall.create({
    data: {
      title: `征文${opens}${closes}`,
      opensAt: new Date(Date.now() + opens * DAY),
      closesAt: new Date(Date.now() + closes * DAY),
      resultsPublishedAt: published ? new Date() : null,
      createdById: office.id,
      judges: { create: judges.map((j) => ({ userId: j.id })) },
    },
  });
  return row.id;
}

async function entry(callId: string, author: U, title: string, award: string | null = null) {
  return (await db.essayEntry.create({ data: { callId, authorId: author.id, title, award } })).id;
}

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE", "STAFF"] });
  leader = await makeUser({ roles: ["LEADER", "STAFF"] });
  judge = await makeUser({ roles: ["DEPT_HEAD", "STAFF"] });
  a = await makeUser({ realName: "作者甲" });
  b = await makeUser({ realName: "作者乙" });
  c = await makeUser({ realName: "作者丙" });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  const open = await call(-5, 5, false, [judge]);
  e.open = await entry(open, a, `${KEY}征集中甲`);
  e.openOther = await entry(open, b, `${KEY}征集中乙`);
  e.unrelated = await entry(open, c, "无关的作品");
  const closed = await call(-20, -1, false, [judge]);
  e.judged = await entry(closed, a, `${KEY}评审中`);
  const published = await call(-40, -20, true);
  e.winner = await entry(published, b, `${KEY}获奖`, "FIRST");
  e.loser = await entry(published, c, `${KEY}未获奖`);
});

const group = (r: SearchResults) => r.groups.find((g) => g.kind === "essayEntry");
const found = async (u: U) => {
  const g = group(await searchAll(await session(u), KEY));
  return (g?.rows ?? []) as { id: string; authorName: string | null; award: string | null }[];
};
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("征文作品", () => {
  it("an author finds their own entries and the published winner, never another's entry", async () => {
    expect(ids(await found(a))).toEqual([e.open, e.judged, e.winner].sort());
    expect(ids(await found(c))).toEqual([e.winner, e.loser].sort());
    const own = (await found(a)).find((r) => r.id === e.open)!;
    expect(own.authorName).toBe("作者甲");
  });

  it("a judge finds the closed call's entries without their author, not the open call's", async () => {
    const rows = await found(judge);
    expect(ids(rows)).toEqual([e.judged, e.winner].sort());
    expect(rows.find((r) => r.id === e.judged)!.authorName).toBeNull();
    expect(JSON.stringify(rows)).not.toContain("作者甲");
  });

  it("a leader finds only the published winner, named, with its award", async () => {
    const rows = await found(leader);
    expect(rows).toEqual([
      expect.objectContaining({ id: e.winner, authorName: "作者乙", award: "FIRST" }),
    ]);
  });

  it("政治处 finds every matching entry with its author; the unrelated one never; the admin none", async () => {
    const rows = await found(office);
    expect(ids(rows)).toEqual([e.open, e.openOther, e.judged, e.winner, e.loser].sort());
    expect(ids(rows)).not.toContain(e.unrelated);
    expect(rows.find((r) => r.id === e.judged)!.authorName).toBe("作者甲");
    expect((await searchAll(await session(admin), KEY)).searched).not.toContain("essayEntry");
  });
});
