// The consultation lists as people work with them (issue 15 item 5): 政治处's
// queue and every consultation, and the asker's own, sorted and searched
// through the URL — 政治处 by the asker's name or a topic, the asker by a topic
// of their own, never by the question text — and exported to XLSX holding
// exactly the rows, in the order, the same viewer's list shows. The asker's
// name reaches 政治处's file only; an asker's export holds only their own
// questions whatever ?tab= says; an unknown ?sort= falls back to the default;
// every export is audited with its filter and row count, and an account
// without the desk gets 404 (audited).
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/consult/export/route";
import { askConsultation } from "@/lib/consult/actions";
import { listConsultations, listMyConsultations, listQueue } from "@/lib/consult/queries";
import { ConsultListFilter } from "@/lib/consult/schemas";

import { session } from "./fixtures/consult";
import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";
import { dataOf } from "./result";

type U = { id: string; realName: string };
let carol: U, dave: U, office: U, admin: U;

beforeAll(async () => {
  carol = await makeUser({ realName: "列表咨询甲" });
  dave = await makeUser({ realName: "列表咨询乙" });
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  for (const [u, tag, question] of [
    [carol, "QUOTA", "列表咨询问题一：入额条件"],
    [carol, "PAY", "列表咨询问题二：薪酬标准"],
    [dave, "EXIT", "列表咨询问题三：退出程序"],
  ] as const) {
    await actAs(u);
    dataOf(await askConsultation({ channel: "ONLINE", tags: [tag], question }));
  }
});

const parse = (q: Record<string, string>) => ConsultListFilter.parse(q);
const exported = (query: string) => exportedSheet(exportRoute, `/consult/export${query}`);

describe("sorting and searching", () => {
  it("sorts 政治处's list by asker both ways, and ignores an unknown column", async () => {
    const v = await session(office);
    const asc = await listConsultations(v, parse({ q: "列表咨询", sort: "asker", dir: "asc" }));
    const names = asc.rows.map((r) => r.asker.realName);
    expect(names).toHaveLength(3);
    expect(names).toEqual([...names].sort());
    const desc = await listConsultations(v, parse({ q: "列表咨询", sort: "asker", dir: "desc" }));
    expect(desc.rows.map((r) => r.asker.realName)).toEqual([...names].reverse());
    const bogus = await listConsultations(v, parse({ sort: "question" }));
    const plain = await listConsultations(v, parse({}));
    expect(bogus.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
  });

  it("政治处 searches askers' names and topics, the asker their own topics, nobody the question", async () => {
    const v = await session(office);
    expect((await listConsultations(v, parse({ q: "列表咨询甲" }))).total).toBe(2);
    const pay = await listConsultations(v, parse({ q: "薪酬" }));
    expect(pay.rows.map((r) => r.question)).toContain("列表咨询问题二：薪酬标准");
    expect((await listConsultations(v, parse({ q: "退出程序" }))).total).toBe(0);
    const c = await session(carol);
    expect(
      (await listMyConsultations(c, 1, parse({ q: "薪酬" }))).rows.map((r) => r.question),
    ).toEqual(["列表咨询问题二：薪酬标准"]);
    expect((await listMyConsultations(c, 1, parse({ q: "员额退出" }))).total).toBe(0);
    expect((await listConsultations(c, parse({ q: "列表咨询乙" }))).total).toBe(0);
  });
});

describe("导出 Excel", () => {
  it("政治处's export of every consultation is exactly the list, with askers, and is audited", async () => {
    const list = await listConsultations(
      await session(office),
      parse({ q: "列表咨询", sort: "asker", dir: "desc" }),
    );
    await actAs(office);
    const x = await exported("?tab=all&q=列表咨询&sort=asker&dir=desc");
    expect(x.status).toBe(200);
    expect(column(x, "咨询内容")).toEqual(list.rows.map((r) => r.question));
    expect(column(x, "咨询人")).toEqual(list.rows.map((r) => r.asker.realName));
    expect(x.sub).toContain("关键词：列表咨询");
    const a = await lastExportAudit("consult.list.export", office.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: "关键词：列表咨询",
    });
  });

  it("the queue's export is the queue, oldest first", async () => {
    const v = await session(office);
    const queue = await listQueue(v, new Date(), 1, parse({ q: "列表咨询" }));
    await actAs(office);
    const x = await exported("?q=列表咨询");
    expect(column(x, "咨询内容")).toEqual(queue.rows.map((r) => r.question));
    expect(column(x, "咨询内容")[0]).toBe("列表咨询问题一：入额条件");
  });

  it("an asker's export holds only their own questions and no asker column, whatever the tab", async () => {
    const mine = await listMyConsultations(await session(carol), 1);
    await actAs(carol);
    const x = await exported("?tab=all");
    expect(x.status).toBe(200);
    expect(column(x, "咨询内容")).toEqual(mine.rows.map((r) => r.question));
    expect(x.header).not.toContain("咨询人");
    expect(column(x, "咨询内容")).not.toContain("列表咨询问题三：退出程序");
    expect(JSON.stringify(x.rows)).not.toContain("列表咨询乙");
  });

  it("an account without the desk gets 404, and the refusal is audited", async () => {
    await actAs(admin);
    expect((await exported("")).status).toBe(404);
    expect((await lastExportAudit("consult.list.export", admin.id))?.result).toBe("NOT_FOUND");
  });
});
