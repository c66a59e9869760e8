// The study-log lists as people work with them (issue 15 item 5): the
// person's own entries and the review list, sorted and searched through the
// URL, and exported to XLSX holding exactly the rows — in the order — the same
// viewer's list shows; a head's export never holds another department's entry
// (政治处's does); another's entries never reach a person's own export; an
// unknown ?sort= falls back to the default; every export is audited with its
// filter and row count, and a viewer without the list gets 404 (audited).
import { beforeAll, describe, expect, it } from "vitest";

import { GET as myExportRoute } from "@/app/(portal)/study/log/export/route";
import { GET as reviewExportRoute } from "@/app/(portal)/study/review/export/route";
import { listMyLogs, listReviewQueue } from "@/lib/study/log/queries";
import { MyLogFilter, ReviewFilter } from "@/lib/study/log/schemas";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import {
  alice,
  bob,
  carol,
  headA,
  log,
  office,
  session,
  setupStudyLog,
} from "./fixtures/study-log";
import { actAs, makeUser } from "./helpers";

setupStudyLog();

const ALICE = ["列表日志乙", "列表日志甲", "列表日志丙"];

beforeAll(async () => {
  for (const [i, title] of ALICE.entries()) await log(alice, { title, hours: String(i + 1) });
  await log(bob, { title: "列表日志同部门" });
  await log(carol, { title: "列表日志乙部门" });
});

const mine = (q: Record<string, string>) => MyLogFilter.parse(q);
const review = (q: Record<string, string>) => ReviewFilter.parse(q);

describe("the person's own list", () => {
  it("sorts by title both ways and by hours, ignores an unknown column, and searches titles", async () => {
    const v = await session(alice);
    const asc = await listMyLogs(v, mine({ sort: "title", dir: "asc" }));
    const titles = asc.rows.map((r) => r.title);
    expect(titles).toEqual([...ALICE].sort());
    const desc = await listMyLogs(v, mine({ sort: "title", dir: "desc" }));
    expect(desc.rows.map((r) => r.title)).toEqual([...titles].reverse());
    const byHours = await listMyLogs(v, mine({ sort: "hours", dir: "desc" }));
    expect(byHours.rows.map((r) => r.title)).toEqual([...ALICE].reverse());
    const bogus = await listMyLogs(v, mine({ sort: "reflection" }));
    const plain = await listMyLogs(v, mine({}));
    expect(bogus.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
    expect((await listMyLogs(v, mine({ q: "甲" }))).rows.map((r) => r.title)).toEqual([
      "列表日志甲",
    ]);
    expect((await listMyLogs(v, mine({ q: "同部门" }))).total).toBe(0);
  });

  it("exports exactly the list, never another's entry, and is audited", async () => {
    const list = await listMyLogs(await session(alice), mine({ sort: "title", dir: "desc" }));
    await actAs(alice);
    const x = await exportedSheet(myExportRoute, "/study/log/export?sort=title&dir=desc");
    expect(x.status).toBe(200);
    expect(column(x, "学习内容")).toEqual(list.rows.map((r) => r.title));
    expect(column(x, "时长（小时）")).toEqual(list.rows.map((r) => String(r.tenths / 10)));
    expect(column(x, "学习内容")).not.toContain("列表日志同部门");
    const a = await lastExportAudit("study.log.list.export", alice.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({ format: "xlsx", rows: 3, filter: null });
  });

  it("an account without the study log gets 404, audited", async () => {
    const admin = await makeUser({ roles: ["SYS_ADMIN"] });
    await actAs(admin);
    expect((await exportedSheet(myExportRoute, "/study/log/export")).status).toBe(404);
    expect((await lastExportAudit("study.log.list.export", admin.id))?.result).toBe("NOT_FOUND");
  });
});

describe("the review list", () => {
  it("searches titles and names within the reviewer's scope, and sorts by person", async () => {
    const hA = await session(headA);
    expect((await listReviewQueue(hA, review({ q: "列表日志" })))!.total).toBe(4);
    expect((await listReviewQueue(hA, review({ q: "乙部门" })))!.total).toBe(0);
    expect((await listReviewQueue(await session(office), review({ q: "乙部门" })))!.total).toBe(1);
    const byPerson = await listReviewQueue(hA, review({ q: "列表日志", sort: "person" }));
    const names = byPerson!.rows.map((r) => r.user.realName);
    expect(names).toEqual([...names].sort());
    const bogus = await listReviewQueue(hA, review({ q: "列表日志", sort: "userId" }));
    const plain = await listReviewQueue(hA, review({ q: "列表日志" }));
    expect(bogus!.rows.map((r) => r.id)).toEqual(plain!.rows.map((r) => r.id));
  });

  it("a head's export is exactly their list and never holds another department's entry", async () => {
    const query = "?q=列表日志&status=ALL&sort=hours&dir=desc";
    const list = await listReviewQueue(
      await session(headA),
      review({ q: "列表日志", status: "ALL", sort: "hours", dir: "desc" }),
    );
    await actAs(headA);
    const x = await exportedSheet(reviewExportRoute, `/study/review/export${query}`);
    expect(x.status).toBe(200);
    expect(column(x, "学习内容")).toEqual(list!.rows.map((r) => r.title));
    expect(column(x, "干警")).toEqual(list!.rows.map((r) => r.user.realName));
    expect(column(x, "学习内容")).not.toContain("列表日志乙部门");
    expect(x.sub).toContain("关键词：列表日志");
    const a = await lastExportAudit("study.log.review.export", headA.id);
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 4,
      filter: "状态：全部；关键词：列表日志",
    });
    await actAs(office);
    const wide = await exportedSheet(reviewExportRoute, `/study/review/export${query}`);
    expect(column(wide, "学习内容")).toContain("列表日志乙部门");
  });

  it("staff who review nothing get 404, and the refusal is audited", async () => {
    await actAs(bob);
    expect((await exportedSheet(reviewExportRoute, "/study/review/export")).status).toBe(404);
    expect((await lastExportAudit("study.log.review.export", bob.id))?.result).toBe("NOT_FOUND");
  });
});
