// One's own letters (/mailbox, 我的来信) as the writer works with them (issue
// 15 item 5), on SQLite and PostgreSQL: searched by subject (sealed, matched
// after decryption), filtered and sorted through the URL; the export holds
// exactly the rows, in the order, of the same writer's page — their signed
// letters only: never another writer's, never an anonymous letter (it has no
// author), never a body — and is audited with its filter and row count; a
// viewer without the mailbox gets null (404).
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/mailbox/export/route";
import MailboxPage from "@/app/(portal)/mailbox/page";
import { db } from "@/lib/db";
import { sendSignedLetter } from "@/lib/mailbox/actions";
import { exportMyLetters } from "@/lib/mailbox/export";
import { listMyLetterPage } from "@/lib/mailbox/queries";
import { MyLettersFilter } from "@/lib/mailbox/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import {
  anonymousLetter,
  makeMailboxPeople,
  resetPublicRequest,
  session,
  type U,
} from "./fixtures/mailbox";
import { actAs } from "./helpers";
import { dataOf } from "./result";

const TAG = `信列${Math.floor(Math.random() * 1e6)}`;
const BODY = `${TAG}正文不进导出`;
let admin: U, writer: U, staff: U;
const ids: string[] = [];

async function letter(as: U, subject: string, category: string) {
  await actAs(as);
  const { id } = dataOf(
    await sendSignedLetter({ category, subject: `${TAG}${subject}`, body: BODY }),
  );
  ids.push(id);
  return id;
}

beforeAll(async () => {
  ({ admin, writer, staff } = await makeMailboxPeople());
  await letter(writer, "值班", "SUGGESTION");
  const canteen = await letter(writer, "食堂", "PROBLEM");
  await letter(writer, "培训", "APPEAL");
  // Beside them: the writer's letter the keyword does not find, another
  // writer's letter and the writer's own anonymous one with the keyword.
  await actAs(writer);
  ids.push(
    dataOf(await sendSignedLetter({ category: "OTHER", subject: "别的来信", body: BODY })).id,
  );
  await letter(staff, "他人食堂", "PROBLEM");
  ids.push((await anonymousLetter(writer, BODY)).id);
  await db.mailboxMessage.update({
    where: { id: ids.at(-1)! },
    data: {
      subjectEnc: (await db.mailboxMessage.findUniqueOrThrow({ where: { id: canteen } }))
        .subjectEnc,
    },
  });
  await db.mailboxMessage.update({ where: { id: canteen }, data: { status: "REPLIED" } });
});
afterEach(resetPublicRequest);
afterAll(async () => {
  await db.mailboxMessage.deleteMany({ where: { id: { in: ids } } });
});

async function listed(u: U, q: Record<string, string>) {
  const { rows } = await listMyLetterPage(await session(u), MyLettersFilter.parse(q));
  return rows.map((r) => r.subject.replace(TAG, ""));
}
const exported = (q: string) => exportedSheet(exportRoute as never, `/mailbox/export${q}`);

describe("我的来信 list", () => {
  it("sorts through the URL, searches subjects, filters, and holds only one's signed letters", async () => {
    expect(await listed(writer, { q: TAG })).toHaveLength(3);
    expect(await listed(writer, { q: TAG, sort: "category" })).toEqual(["培训", "食堂", "值班"]);
    expect(await listed(writer, { q: TAG, sort: "category", dir: "desc" })).toEqual([
      "值班",
      "食堂",
      "培训",
    ]);
    expect((await listed(writer, { q: TAG, sort: "status", dir: "desc" }))[0]).toBe("食堂");
    expect(await listed(writer, { q: `${TAG}食堂` })).toEqual(["食堂"]);
    expect(await listed(writer, { q: TAG, status: "REPLIED" })).toEqual(["食堂"]);
    expect(await listed(writer, { q: TAG, category: "APPEAL" })).toEqual(["培训"]);
    // Without the keyword the writer's other letter is there; an unknown column is the default.
    expect(await listed(writer, {})).toContain("别的来信");
    expect(await listed(writer, { sort: "subjectEnc" })).toEqual(await listed(writer, {}));
    expect(await listed(staff, { q: TAG })).toEqual(["他人食堂"]);
  });

  it("the page shows the rows in order, and its sort links keep the keyword", async () => {
    await actAs(writer);
    const html = renderToStaticMarkup(
      await MailboxPage({ searchParams: Promise.resolve({ q: TAG, sort: "category" }) }),
    );
    expect(html).toContain("共 3 封署名来信");
    expect(html.indexOf(`${TAG}培训`)).toBeLessThan(html.indexOf(`${TAG}食堂`));
    expect(html.indexOf(`${TAG}食堂`)).toBeLessThan(html.indexOf(`${TAG}值班`));
    expect(html).not.toContain("他人食堂");
    expect(html).toContain(`/mailbox?q=${encodeURIComponent(TAG)}&amp;sort=category&amp;dir=desc`);
  });
});

describe("我的来信 export", () => {
  it("holds exactly the writer's rows, sorted and searched alike, audited", async () => {
    await actAs(writer);
    const x = await exported(`?q=${TAG}&sort=category&dir=desc`);
    expect(x.status).toBe(200);
    expect(column(x, "标题").map((t) => t.replace(TAG, ""))).toEqual(
      await listed(writer, { q: TAG, sort: "category", dir: "desc" }),
    );
    expect(column(x, "状态")).toEqual(["新来信", "已答复", "新来信"]);
    const a = await lastExportAudit("mailbox.mine.export", writer.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 3,
    });
  });

  it("never holds another's letter, an anonymous one or a body", async () => {
    await actAs(writer);
    const all = await exported("");
    const text = JSON.stringify(all.rows);
    expect(text).not.toContain("他人食堂");
    expect(text).not.toContain(BODY);
    expect(column(all, "标题").filter((t) => t === `${TAG}食堂`)).toHaveLength(1);
    expect(all.rows).toHaveLength(
      (await listMyLetterPage(await session(writer), MyLettersFilter.parse({}))).total,
    );
    await actAs(staff);
    expect(column(await exported(`?q=${TAG}`), "标题")).toEqual([`${TAG}他人食堂`]);
  });

  it("a viewer without the mailbox gets null from the builder and 404", async () => {
    const v = await session(admin);
    expect(await exportMyLetters(v, new URL("http://localhost/mailbox/export"))).toBeNull();
    await actAs(admin);
    expect((await exported("")).status).toBe(404);
    expect((await lastExportAudit("mailbox.mine.export", admin.id))?.result).toBe("NOT_FOUND");
  });
});
