// The talk list as people work with it (issue 15 item 5): sorted and searched
// through the URL, and exported to XLSX holding exactly the rows — in the
// order — the same viewer's list shows; a head's export holds only their own
// talks; anything else in ?sort= falls back to the default; every export is
// audited with its filter and row count, and a viewer without the list gets 404.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/talks/export/route";
import { db } from "@/lib/db";
import { recordTalk } from "@/lib/talks/actions";
import { listTalks } from "@/lib/talks/queries";
import { TalkListFilter } from "@/lib/talks/schemas";

import { day, makeTalksPeople, session } from "./fixtures/talks";
import { actAs, makeUser } from "./helpers";
import { dataOf } from "./result";

let p: Awaited<ReturnType<typeof makeTalksPeople>>;
const NAMES = ["甲乙", "丙丁", "戊己", "庚辛"];

beforeAll(async () => {
  p = await makeTalksPeople();
  // Names that sort and search predictably.
  for (const [i, m] of p.members.entries())
    await db.user.update({ where: { id: m.id }, data: { realName: `列表测试${NAMES[i]}` } });
  await actAs(p.head);
  for (const [i, m] of p.members.entries())
    dataOf(
      await recordTalk({
        intervieweeId: m.id,
        heldOn: day(-(i + 1)),
        occasion: "ROUTINE",
        topics: i % 2 ? "家庭" : "工作压力",
        notes: "谈话内容不进导出",
        needsFollowUp: "",
      }),
    );
  await actAs(p.office);
  dataOf(
    await recordTalk({
      intervieweeId: p.staff.id,
      heldOn: day(-2),
      occasion: "ROUTINE",
      topics: "工作压力",
      notes: "政治处的谈话",
      needsFollowUp: "",
    }),
  );
});

const parse = (q: Record<string, string>) => TalkListFilter.parse(q);

async function exported(query: string) {
  const res = await exportRoute(new Request(`http://localhost/talks/export${query}`), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) return { status: res.status, names: [] as string[] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const names: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 3) names.push(String(row.getCell(2).value));
  });
  return { status: res.status, names, sub: String(ws.getRow(2).getCell(1).value) };
}

describe("sorting and searching", () => {
  it("sorts by the interviewee's name both ways, and ignores an unknown column", async () => {
    const head = await session(p.head);
    const asc = await listTalks(head, parse({ sort: "interviewee", dir: "asc" }));
    const names = asc.rows.map((r) => r.interviewee.realName);
    expect(names).toEqual([...names].sort());
    const desc = await listTalks(head, parse({ sort: "interviewee", dir: "desc" }));
    expect(desc.rows.map((r) => r.interviewee.realName)).toEqual([...names].reverse());
    const bogus = await listTalks(head, parse({ sort: "notesEnc" }));
    const byDate = await listTalks(head, parse({}));
    expect(bogus.rows.map((r) => r.id)).toEqual(byDate.rows.map((r) => r.id));
  });

  it("searches names and topics within the viewer's scope", async () => {
    const head = await session(p.head);
    expect((await listTalks(head, parse({ q: "丙丁" }))).rows).toHaveLength(1);
    expect((await listTalks(head, parse({ q: "家庭" }))).total).toBe(2);
    // 政治处's own talk matches 工作压力 for 政治处, never for the head.
    const office = await session(p.office);
    expect((await listTalks(office, parse({ q: "工作压力" }))).total).toBeGreaterThanOrEqual(3);
    expect((await listTalks(head, parse({ q: "工作压力" }))).total).toBe(2);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the head's filtered, sorted rows, names its filter, and is audited", async () => {
    const head = await session(p.head);
    const list = await listTalks(head, parse({ q: "列表测试", sort: "interviewee", dir: "desc" }));
    await actAs(p.head);
    const x = await exported("?q=列表测试&sort=interviewee&dir=desc");
    expect(x.status).toBe(200);
    expect(x.names).toEqual(list.rows.map((r) => r.interviewee.realName));
    expect(x.sub).toContain("关键词：列表测试");
    const a = await db.auditLog.findFirst({
      where: { action: "talk.list.export", userId: p.head.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 4,
      filter: "关键词：列表测试",
    });
  });

  it("a head's export never holds another's talk", async () => {
    await actAs(p.head);
    const x = await exported("");
    expect(x.names.length).toBe((await listTalks(await session(p.head), parse({}))).total);
    const staff = await db.user.findUniqueOrThrow({ where: { id: p.staff.id } });
    expect(x.names).not.toContain(staff.realName);
  });

  it("staff without the list get 404, and the refusal is audited", async () => {
    const plain = await makeUser();
    await actAs(plain);
    expect((await exported("")).status).toBe(404);
    const a = await db.auditLog.findFirst({
      where: { action: "talk.list.export", userId: plain.id },
      orderBy: { seq: "desc" },
    });
    expect(a?.result).toBe("NOT_FOUND");
  });
});
