// The 政策解读 list (/consult/faq, issue 15 item 5), on SQLite and PostgreSQL:
// searched by question, answer or topic name, filtered by topic and sorted
// (published date, question) through the URL; the export holds exactly the
// rows, in the order, of the same query — question, answer, topics and date,
// never the consultation or its asker — and is audited with its filter and
// row count; a viewer without consult.ask (SYS_ADMIN, AUDITOR) gets 404.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/consult/faq/export/route";
import FaqPage from "@/app/(portal)/consult/faq/page";
import { loadSessionUser } from "@/lib/auth/session";
import { exportFaq } from "@/lib/consult/faq-export";
import { listFaq } from "@/lib/consult/faq-list";
import { FaqFilter } from "@/lib/consult/schemas";
import { db } from "@/lib/db";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

type U = { id: string };
const TAG = `解读${Math.floor(Math.random() * 1e6)}`;
const ids: string[] = [];
const users: string[] = [];
let office: U;
let staff: U;
let admin: U;

const listed = async (q: Record<string, string>) =>
  (await listFaq(FaqFilter.parse(q))).rows.map((r) => r.question.replace(TAG, ""));

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  staff = await makeUser();
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  users.push(office.id, staff.id, admin.id);
  for (const [n, tags, at, answer] of [
    ["乙问", "QUOTA", "2026-03-01T02:00:00Z", "笔试占三成"],
    ["甲问", "RANK,EXIT", "2026-05-01T02:00:00Z", "按职级序列办理"],
    ["丙问", "PAY", "2026-04-30T17:00:00Z", `工资套改${TAG}答`],
  ] as const) {
    const e = await db.faqEntry.create({
      data: {
        question: `${TAG}${n}`,
        answer,
        tags,
        publishedById: office.id,
        publishedAt: new Date(at),
      },
    });
    ids.push(e.id);
  }
  // One the keyword does not find, beside them.
  const other = await db.faqEntry.create({
    data: {
      question: `别的问题${TAG.slice(2)}`,
      answer: "无关",
      tags: "QUOTA",
      publishedById: office.id,
    },
  });
  ids.push(other.id);
});

afterAll(async () => {
  await db.faqEntry.deleteMany({ where: { id: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("政策解读 list", () => {
  it("searches question, answer and topic; filters the topic; sorts through the URL", async () => {
    expect(await listed({ q: TAG })).toEqual(["甲问", "丙问", "乙问"]);
    expect(await listed({ q: TAG, sort: "publishedAt", dir: "asc" })).toEqual([
      "乙问",
      "丙问",
      "甲问",
    ]);
    const byQuestion = await listed({ q: TAG, sort: "question" });
    expect(await listed({ q: TAG, sort: "question", dir: "desc" })).toEqual(
      [...byQuestion].reverse(),
    );
    expect(await listed({ q: `${TAG}答` })).toEqual(["丙问"]);
    expect(await listed({ q: TAG, tag: "QUOTA" })).toEqual(["乙问"]);
    // A topic's name finds entries tagged with it.
    const rank = (await listFaq(FaqFilter.parse({ q: "职级" }))).rows.map((r) => r.id);
    expect(rank).toContain(ids[1]);
    expect(rank).not.toContain(ids[0]);
    expect(await listed({ q: TAG, sort: "publishedById" })).toEqual(["甲问", "丙问", "乙问"]);
    expect(await listed({ q: TAG.slice(2) })).toHaveLength(4);
  });

  it("the page shows the cards in order; sort links keep the keyword; empty says what to do", async () => {
    await actAs(staff);
    const html = renderToStaticMarkup(
      await FaqPage({ searchParams: Promise.resolve({ q: TAG, sort: "publishedAt", dir: "asc" }) }),
    );
    expect(html).toContain("共 3 条");
    expect(html.indexOf(`${TAG}乙问`)).toBeLessThan(html.indexOf(`${TAG}甲问`));
    expect(html).not.toContain(`别的问题${TAG.slice(2)}`);
    expect(html).toContain(
      `/consult/faq?q=${encodeURIComponent(TAG)}&amp;sort=question&amp;dir=asc`,
    );
    const empty = renderToStaticMarkup(
      await FaqPage({ searchParams: Promise.resolve({ q: `${TAG}无此` }) }),
    );
    expect(empty).toContain("没有符合条件的政策解读");
    expect(empty).toContain("我要咨询");
  });
});

describe("政策解读 export", () => {
  const exported = (q: string) => exportedSheet(exportRoute as never, `/consult/faq/export${q}`);

  it("holds exactly the rows of the same query, in order, audited", async () => {
    await actAs(staff);
    const x = await exported(`?q=${TAG}&sort=publishedAt&dir=asc`);
    expect(x.status).toBe(200);
    expect(x.header).toEqual(["问题", "解答", "主题", "发布时间"]);
    expect(column(x, "问题").map((t) => t.replace(TAG, ""))).toEqual(
      await listed({ q: TAG, sort: "publishedAt", dir: "asc" }),
    );
    expect(column(x, "主题")).toEqual(["入额", "薪酬", "职级、员额退出"]);
    // 17:00 UTC on 30 April is 1 May in Shanghai.
    expect(column(x, "发布时间")[1]).toContain("May 01 2026");
    const a = await lastExportAudit("consult.faq.export", staff.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      filter: `关键词：${TAG}`,
      rows: 3,
    });
    const pay = await exported(`?q=${TAG}&tag=PAY`);
    expect(column(pay, "问题")).toEqual([`${TAG}丙问`]);
    expect(pay.sub).toContain("主题：");
    // Never the consultation or who published it.
    expect(x.rows.flat().join("|")).not.toContain(office.id);
  });

  it("SYS_ADMIN gets null from the builder and 404, audited NOT_FOUND", async () => {
    const v = (await loadSessionUser(await actAs(admin)))!;
    expect(await exportFaq(v, new URL(`http://localhost/x?q=${TAG}`))).toBeNull();
    expect((await exported(`?q=${TAG}`)).status).toBe(404);
    expect(await lastExportAudit("consult.faq.export", admin.id)).toMatchObject({
      result: "NOT_FOUND",
    });
  });
});
