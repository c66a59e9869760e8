// A call's judging board as people work with it (issue 15 item 5): searched
// and sorted through the URL, and exported to XLSX holding exactly the rows —
// in the order — the same viewer's board shows. Blind judging holds: a judge
// finds no entry by its author, 作者 does not sort for them, and their file
// has no author; a participant who does not judge, and a call that does not
// exist, get an audited 404; an unknown ?sort= is ignored.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/culture/essays/[id]/judging/export/route";
import { loadSessionUser } from "@/lib/auth/session";
import { boardOf } from "@/lib/culture/essays/judging";
import { EntryBoardFilter } from "@/lib/culture/essays/schemas";
import { db } from "@/lib/db";

import {
  closeCall,
  judge1,
  newCall,
  office,
  outsider,
  score,
  setupEssays,
  staff1,
  staff2,
  submit,
  type U,
} from "./fixtures/culture-essays";
import { actAs } from "./helpers";
import { dataOf } from "./result";

setupEssays();

let callId: string;
const call = () =>
  db.essayCall.findUniqueOrThrow({
    where: { id: callId },
    select: { id: true, closesAt: true, resultsPublishedAt: true },
  });

beforeAll(async () => {
  callId = await newCall({ judges: [judge1] });
  const ids: string[] = [];
  for (const [u, title] of [
    [staff1, "春天的故事"],
    [staff2, "秋天的回忆"],
    [outsider, "检察之光"],
  ] as const)
    ids.push(dataOf(await submit(u, callId, { title })).id);
  await closeCall(callId);
  dataOf(await score(judge1, ids[0], callId, 6));
  dataOf(await score(judge1, ids[1], callId, 9));
});

async function board(u: U, q: Record<string, string>) {
  const b = await boardOf(
    u as Awaited<ReturnType<typeof sessionOf>>,
    await call(),
    EntryBoardFilter.parse(q),
  );
  return b ? b.rows.map((r) => r.title) : null;
}

async function exported(u: U, query: string, id = callId) {
  await actAs(u);
  const res = await exportRoute(
    new Request(`http://localhost/culture/essays/${id}/judging/export${query}`),
    { params: Promise.resolve({ id }) },
  );
  if (res.status !== 200) return { status: res.status, titles: [] as string[], text: "" };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const titles: string[] = [];
  const all: string[] = [];
  ws.eachRow((row, n) => {
    row.eachCell((c) => all.push(String(c.value)));
    if (n > 3) titles.push(String(row.getCell(2).value));
  });
  const headers = (ws.getRow(3).values as unknown[]).map(String);
  return { status: res.status, titles, text: all.join("|"), headers };
}

const sessionOf = async (u: U) => (await loadSessionUser(await actAs(u)))!;

describe("sorting and searching", () => {
  it("sorts by title and total both ways; an unknown column means the default (by number)", async () => {
    const o = await sessionOf(office);
    const asc = (await board(o, { sort: "title", dir: "asc" }))!;
    expect(asc).toEqual([...asc].sort(new Intl.Collator("zh-CN").compare));
    expect(await board(o, { sort: "title", dir: "desc" })).toEqual([...asc].reverse());
    expect(await board(o, { sort: "total", dir: "desc" })).toEqual([
      "秋天的回忆",
      "春天的故事",
      "检察之光",
    ]);
    expect(await board(o, { sort: "total", dir: "asc" })).toEqual([
      "春天的故事",
      "秋天的回忆",
      "检察之光",
    ]);
    const byNo = ["春天的故事", "秋天的回忆", "检察之光"];
    expect(await board(o, {})).toEqual(byNo);
    expect(await board(o, { sort: "authorId" })).toEqual(byNo);
  });

  it("政治处 finds an entry by its author; a blind judge does not, nor sorts by author", async () => {
    const o = await sessionOf(office);
    expect(await board(o, { q: staff2.realName })).toEqual(["秋天的回忆"]);
    const j = await sessionOf(judge1);
    expect(await board(j, { q: staff2.realName })).toEqual([]);
    expect(await board(j, { q: "天的" })).toEqual(["春天的故事", "秋天的回忆"]);
    expect(await board(j, { sort: "author", dir: "desc" })).toEqual(await board(j, {}));
    expect(await board(await sessionOf(staff2), {})).toBeNull();
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's searched, sorted board, with authors, and is audited", async () => {
    const x = await exported(office, "?q=天的&sort=total&dir=desc");
    expect(x.status).toBe(200);
    expect(x.titles).toEqual(
      await board(await sessionOf(office), { q: "天的", sort: "total", dir: "desc" }),
    );
    expect(x.headers).toContain("作者");
    expect(x.text).toContain(staff2.realName);
    const a = await db.auditLog.findFirst({
      where: { action: "culture.essays.entries.export", userId: office.id },
      orderBy: { seq: "desc" },
    });
    expect(a).toMatchObject({ objectId: callId, result: "SUCCESS" });
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 2,
      filter: "关键词：天的",
    });
  });

  it("a judge's file is their blind board: the same rows, no author anywhere", async () => {
    const x = await exported(judge1, "?sort=title&dir=asc");
    expect(x.titles).toEqual(await board(await sessionOf(judge1), { sort: "title", dir: "asc" }));
    expect(x.headers).not.toContain("作者");
    for (const u of [staff1, staff2, outsider]) expect(x.text).not.toContain(u.realName);
  });

  it("a participant who does not judge, and a missing call, get 404, audited", async () => {
    expect((await exported(staff2, "")).status).toBe(404);
    const a = await db.auditLog.findFirst({
      where: { action: "culture.essays.entries.export", userId: staff2.id },
      orderBy: { seq: "desc" },
    });
    expect(a).toMatchObject({ objectId: callId, result: "NOT_FOUND" });
    expect((await exported(office, "", "c_missing_call")).status).toBe(404);
  });
});
