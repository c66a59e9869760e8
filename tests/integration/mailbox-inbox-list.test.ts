// The 检察长信箱 inbox as its handler works with it (issue 15 item 5): sorted
// by date, status or category and searched by subject (sealed, so matched
// after decryption) through the URL, and exported to XLSX holding exactly
// the rows — in the order — the same handler's inbox shows, with no letter
// body and no author for an anonymous letter; an unknown ?sort= falls back to
// the default; the export is audited with its filter and row count, and
// anyone but the handlers gets 404 (audited).
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/mailbox/inbox/export/route";
import { db } from "@/lib/db";
import { sendAnonymousLetter, sendSignedLetter } from "@/lib/mailbox/actions";
import { listInbox } from "@/lib/mailbox/queries";
import { InboxFilter } from "@/lib/mailbox/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { makeMailboxPeople, resetPublicRequest, session, type U } from "./fixtures/mailbox";
import { actAs } from "./helpers";
import { dataOf } from "./result";

let chief: U, delegate: U, office: U, otherLeader: U, writer: U, staff: U;
const BODY = "信件正文不进导出";

beforeAll(async () => {
  ({ chief, delegate, office, otherLeader, writer, staff } = await makeMailboxPeople());
  await actAs(writer);
  for (const [subject, category] of [
    ["列表来信关于值班", "SUGGESTION"],
    ["列表来信关于食堂", "PROBLEM"],
    ["列表来信关于培训", "APPEAL"],
  ] as const)
    dataOf(await sendSignedLetter({ category, subject, body: BODY }));
  // Names that appear nowhere else (makeUser's may repeat across test files).
  await db.user.update({ where: { id: staff.id }, data: { realName: "列表匿名写信人" } });
  await db.user.update({ where: { id: writer.id }, data: { realName: "列表署名写信人" } });
  await actAs(staff);
  dataOf(
    await sendAnonymousLetter({ category: "PROBLEM", subject: "列表匿名反映食堂", body: BODY }),
  );
});
afterEach(resetPublicRequest);

const parse = (q: Record<string, string>) => InboxFilter.parse(q);
const exported = (query: string) => exportedSheet(exportRoute, `/mailbox/inbox/export${query}`);

describe("sorting and searching", () => {
  it("sorts by category both ways, ignores an unknown column, and searches subjects", async () => {
    const v = await session(chief);
    const asc = await listInbox(v, parse({ q: "列表来信", sort: "category", dir: "asc" }));
    const cats = asc!.rows.map((r) => r.category);
    expect(cats).toEqual(["APPEAL", "PROBLEM", "SUGGESTION"]);
    const desc = await listInbox(v, parse({ q: "列表来信", sort: "category", dir: "desc" }));
    expect(desc!.rows.map((r) => r.category)).toEqual([...cats].reverse());
    const bogus = await listInbox(v, parse({ sort: "subjectEnc" }));
    const plain = await listInbox(v, parse({}));
    expect(bogus!.rows.map((r) => r.id)).toEqual(plain!.rows.map((r) => r.id));
    const hit = await listInbox(v, parse({ q: "食堂" }));
    expect(hit!.rows.map((r) => r.subject)).toEqual(
      expect.arrayContaining(["列表来信关于食堂", "列表匿名反映食堂"]),
    );
    expect(hit!.rows.every((r) => r.subject.includes("食堂"))).toBe(true);
    expect((await listInbox(v, parse({ q: "食堂", category: "SUGGESTION" })))!.total).toBe(0);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the handler's filtered, sorted rows, names its filter, and is audited", async () => {
    const list = await listInbox(
      await session(delegate),
      parse({ q: "列表来信", sort: "category", dir: "desc" }),
    );
    await actAs(delegate);
    const x = await exported("?q=列表来信&sort=category&dir=desc");
    expect(x.status).toBe(200);
    expect(column(x, "标题")).toEqual(list!.rows.map((r) => r.subject));
    expect(x.sub).toContain("关键词：列表来信");
    const a = await lastExportAudit("mailbox.inbox.export", delegate.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 3,
      filter: "关键词：列表来信",
    });
  });

  it("holds no body, and no author for an anonymous letter", async () => {
    await actAs(chief);
    const x = await exported("");
    const list = await listInbox(await session(chief), parse({}));
    expect(x.rows.length).toBe(list!.total);
    const text = JSON.stringify(x.rows);
    expect(text).not.toContain(BODY);
    const anonymous = x.rows[column(x, "标题").indexOf("列表匿名反映食堂")];
    expect(anonymous[x.header.indexOf("来信人")]).toBe("匿名");
    expect(text).not.toContain("列表匿名写信人");
    expect(column(x, "来信人")).toContain("列表署名写信人");
  });

  it("anyone but the handlers gets 404, and the refusal is audited", async () => {
    for (const u of [office, otherLeader, writer]) {
      await actAs(u);
      expect((await exported("")).status).toBe(404);
      expect((await lastExportAudit("mailbox.inbox.export", u.id))?.result).toBe("NOT_FOUND");
    }
  });
});
