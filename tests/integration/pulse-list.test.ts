// /pulse's round list as people work with it (issue 15 item 5): searched by
// title, filtered by state, sorted through the URL — by response count only
// for those who see counts — and exported to XLSX holding exactly the rows, in
// the order, the same viewer's list shows, with the whole-round figures the
// page shows and nothing finer; every export is audited with its filter and
// row count, and staff (who never see counts) get 404.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/pulse/export/route";
import { db } from "@/lib/db";
import { closePulseRound, createPulseRound } from "@/lib/pulse/actions";
import { exportPulseRounds } from "@/lib/pulse/export";
import { listPulseRoundTable } from "@/lib/pulse/list";
import { PulseRoundListFilter } from "@/lib/pulse/schemas";

import {
  answer,
  big,
  day,
  head,
  leader,
  office,
  Q,
  session,
  setupPulse,
  staff,
} from "./fixtures/pulse";
import { actAs } from "./helpers";
import { dataOf } from "./result";

setupPulse();

const tag = `轮次列表${Date.now().toString(36)}`;
const parse = (q: Record<string, string>) => PulseRoundListFilter.parse(q);
let upcoming: string, open: string, closed: string, decoy: string;

async function round(title: string, opensOn: string, closesOn: string) {
  await actAs(office);
  return dataOf(
    await createPulseRound({ title, opensOn, closesOn, allowComment: false, questions: Q }),
  ).id;
}

beforeAll(async () => {
  upcoming = await round(`${tag}A`, day(3), day(10));
  open = await round(`${tag}B`, day(0), day(7));
  closed = await round(`${tag}C`, day(0), day(7));
  decoy = await round(`另一轮${Date.now()}`, day(0), day(7)); // never matches the keyword
  for (const u of big.slice(0, 3)) dataOf(await answer(u, open, [4, 4, 4]));
  for (const u of big.slice(0, 5)) dataOf(await answer(u, closed, [3, 4, 5]));
  await actAs(office);
  dataOf(await closePulseRound({ id: closed }));
});

async function exported(query: string) {
  const res = await exportRoute(new Request(`http://localhost/pulse/export${query}`), {
    params: Promise.resolve({}),
  });
  if (res.status !== 200) return { status: res.status, rows: [] as string[][] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 2)
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? "date" : String(v))),
      );
  });
  return { status: res.status, rows, sub: String(ws.getRow(2).getCell(1).value) };
}

describe("searching, filtering and sorting", () => {
  it("searches titles, filters by state, and sorts by title both ways", async () => {
    const o = await session(office);
    const asc = await listPulseRoundTable(o, parse({ q: tag, sort: "title", dir: "asc" }));
    expect(asc.rows.map((r) => r.id)).toEqual([upcoming, open, closed]);
    const desc = await listPulseRoundTable(o, parse({ q: tag, sort: "title", dir: "desc" }));
    expect(desc.rows.map((r) => r.id)).toEqual([closed, open, upcoming]);
    const only = async (status: string) =>
      (await listPulseRoundTable(o, parse({ q: tag, status }))).rows.map((r) => r.id);
    expect(await only("UPCOMING")).toEqual([upcoming]);
    expect(await only("OPEN")).toEqual([open]);
    const all = await listPulseRoundTable(o, parse({ status: "OPEN" }));
    expect(all.rows.map((r) => r.id)).toContain(decoy);
    expect(await only("CLOSED")).toEqual([closed]);
  });

  it("sorts by response count for 政治处; staff see no counts and cannot sort by them", async () => {
    const o = await session(office);
    const byCount = await listPulseRoundTable(o, parse({ q: tag, sort: "responses", dir: "desc" }));
    expect(byCount.rows.map((r) => [r.id, r.responses])).toEqual([
      [closed, 5],
      [open, 3],
      [upcoming, 0],
    ]);
    const s = await session(staff);
    const asked = await listPulseRoundTable(s, parse({ q: tag, sort: "responses", dir: "desc" }));
    const plain = await listPulseRoundTable(s, parse({ q: tag }));
    expect(asked.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
    expect(asked.rows.every((r) => r.responses === null && r.rate === null)).toBe(true);
    // Whether the viewer took part is theirs: big[0] answered two rounds, staff none.
    const mine = await listPulseRoundTable(await session(big[0]), parse({ q: tag }));
    expect(
      mine.rows
        .filter((r) => r.answered)
        .map((r) => r.id)
        .sort(),
    ).toEqual([open, closed].sort());
    expect(plain.rows.some((r) => r.answered)).toBe(false);
  });
});

describe("导出 Excel", () => {
  it("holds exactly 政治处's filtered, sorted rows with the page's figures, and is audited", async () => {
    const query = `?q=${encodeURIComponent(tag)}&sort=responses&dir=desc`;
    const list = await listPulseRoundTable(
      await session(office),
      parse({ q: tag, sort: "responses", dir: "desc" }),
    );
    await actAs(office);
    const x = await exported(query);
    expect(x.status).toBe(200);
    expect(x.rows[0]).toEqual([
      "测评名称",
      "开始日期",
      "结束日期",
      "状态",
      "题目数",
      "作答人数",
      "应参与人数",
      "参与率",
    ]);
    const body = x.rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(list.rows.map((r) => r.title));
    expect(list.rows.map((r) => r.id).sort()).toEqual([upcoming, open, closed].sort());
    expect(body.map((r) => [r[3], Number(r[5]), Number(r[6])])).toEqual(
      list.rows.map((r) => [
        { UPCOMING: "未开始", OPEN: "进行中", CLOSED: "已结束" }[r.status],
        r.responses,
        r.eligible,
      ]),
    );
    expect(body.map((r) => Math.round(Number(r[7]) * 100))).toEqual(list.rows.map((r) => r.rate));
    expect(x.sub).toContain(`关键词：${tag}`);
    const a = await db.auditLog.findFirst({
      where: { action: "pulse.round.list.export", userId: office.id },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: `关键词：${tag}`,
    });
  });

  it("a state filter narrows the export as it does the list; 院领导 may export too", async () => {
    await actAs(leader);
    const x = await exported(`?q=${encodeURIComponent(tag)}&status=CLOSED`);
    expect(x.status).toBe(200);
    expect(x.rows.slice(1).map((r) => r[0])).toEqual([`${tag}C`]);
    expect(x.sub).toContain("状态：已结束");
  });

  it("staff and a department head get null from the builder and 404 from the route, audited", async () => {
    const url = new URL(`http://localhost/pulse/export?q=${encodeURIComponent(tag)}`);
    for (const u of [staff, head]) {
      expect(await exportPulseRounds(await session(u), url)).toBeNull();
      await actAs(u);
      expect((await exported("")).status).toBe(404);
      const a = await db.auditLog.findFirst({
        where: { action: "pulse.round.list.export", userId: u.id },
        orderBy: { seq: "desc" },
      });
      expect(a?.result).toBe("NOT_FOUND");
    }
  });
});
