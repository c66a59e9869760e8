// The audit log (审计日志) as the auditor works with it (issue 15 item 5):
// searched by username, action (code or Chinese name) or object, sorted
// through the URL (every order ends on seq), and exported to XLSX holding
// exactly the rows — in the order — the same query shows, the long detail as
// text; the export is itself audited with its filter and row count; anyone
// but AUDITOR gets 404 (audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/(portal)/audit/export/route";
import { detailCell } from "@/lib/audit/export";
import { writeAudit, type AuditEntry } from "@/lib/audit/log";
import { listAuditLogs } from "@/lib/audit/queries";
import { AuditFilter } from "@/lib/audit/schemas";
import { db } from "@/lib/db";

import { column, exportedSheet, lastExportAudit } from "./fixtures/list-export";
import { actAs, makeUser } from "./helpers";

type U = { id: string; username: string };
const OBJ = `审计列表${Math.floor(Math.random() * 1e6)}`;
let auditor: U;
let admin: U;
let subject: U;
let other: U;

const parse = (q: Record<string, string>) => AuditFilter.parse(q);
const LONG_IDS = Array.from({ length: 300 }, (_, i) => `c${String(i).padStart(24, "0")}`);

beforeAll(async () => {
  auditor = await makeUser({ roles: ["AUDITOR"] });
  admin = await makeUser({ roles: ["SYS_ADMIN"] });
  subject = await makeUser();
  other = await makeUser();
  const as = (u: U, e: Omit<AuditEntry, "userId" | "username" | "roles">) =>
    writeAudit({ userId: u.id, username: u.username, roles: ["STAFF"], ip: "10.0.0.9", ...e });
  await as(subject, {
    action: "talk.read",
    objectType: "TalkRecord",
    objectId: "t1",
    result: "SUCCESS",
  });
  await as(subject, { action: "report.create", objectId: `${OBJ}-r`, result: "SUCCESS" });
  await as(subject, {
    action: "talk.read",
    objectType: "TalkRecord",
    objectId: "t2",
    result: "NOT_FOUND",
  });
  await as(subject, {
    action: "admin.user.list.export",
    objectType: "User",
    objectId: "",
    result: "DENIED",
    detail: { ids: LONG_IDS },
  });
  await as(subject, { action: "auth.login", result: "FAILURE" });
  // Another's row that only the object id ties to the keyword.
  await as(other, {
    action: "talk.read",
    objectType: "TalkRecord",
    objectId: OBJ,
    result: "SUCCESS",
  });
});

afterAll(async () => {
  // Audit rows are never deleted (append-only, hash-chained); the people are.
  await db.user.deleteMany({ where: { id: { in: [auditor.id, admin.id, subject.id, other.id] } } });
});

describe("sorting and searching", () => {
  it("searches the username, newest first by default, and sorts by action both ways", async () => {
    const plain = await listAuditLogs(parse({ q: subject.username }));
    expect(plain.total).toBe(5);
    const seqs = plain.rows.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const asc = await listAuditLogs(parse({ q: subject.username, sort: "action", dir: "asc" }));
    expect(asc.rows.map((r) => r.action)).toEqual([
      "admin.user.list.export",
      "auth.login",
      "report.create",
      "talk.read",
      "talk.read",
    ]);
    // Equal actions keep the newest first (seq desc ends every order).
    expect(asc.rows[3].seq).toBeGreaterThan(asc.rows[4].seq);
    const bogus = await listAuditLogs(parse({ q: subject.username, sort: "hash" }));
    expect(bogus.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
  });

  it("searches object ids and the actions' Chinese names", async () => {
    const byObject = await listAuditLogs(parse({ q: OBJ }));
    expect(byObject.rows.map((r) => r.username).sort()).toEqual(
      [subject.username, other.username].sort(),
    );
    const named = await listAuditLogs(parse({ q: "导出用户列表", user: subject.username }));
    expect(named.rows.map((r) => r.action)).toEqual(["admin.user.list.export"]);
  });
});

describe("导出 Excel", () => {
  it("holds exactly the searched, sorted rows, the long detail whole, and is audited", async () => {
    const query = { q: subject.username, sort: "result", dir: "desc" };
    const list = await listAuditLogs(parse(query));
    await actAs(auditor);
    const x = await exportedSheet(exportRoute, `/audit/export?${new URLSearchParams(query)}`);
    expect(x.status).toBe(200);
    expect(column(x, "序号")).toEqual(list.rows.map((r) => String(r.seq)));
    expect(column(x, "操作代码")).toEqual(list.rows.map((r) => r.action));
    expect(column(x, "结果")).toEqual(["成功", "成功", "未找到", "失败", "拒绝"]);
    expect(column(x, "用户")).toEqual(list.rows.map(() => subject.username));
    expect(column(x, "详情")).toEqual(list.rows.map((r) => r.detail ?? ""));
    const long = column(x, "详情").find((d) => d.includes(LONG_IDS[299]));
    expect(long!.length).toBeGreaterThan(300 * 25);
    expect(x.sub).toContain(`关键词：${subject.username}`);
    const a = await lastExportAudit("audit.list.export", auditor.id);
    expect(a?.result).toBe("SUCCESS");
    expect(JSON.parse(a!.detail!)).toMatchObject({
      format: "xlsx",
      rows: 5,
      filter: `关键词：${subject.username}`,
    });
  });

  it("the default order and an object-id keyword match the list too", async () => {
    const list = await listAuditLogs(parse({ q: OBJ }));
    await actAs(auditor);
    const x = await exportedSheet(exportRoute, `/audit/export?q=${encodeURIComponent(OBJ)}`);
    expect(column(x, "序号")).toEqual(list.rows.map((r) => String(r.seq)));
    expect(column(x, "对象")).toEqual(list.rows.map((r) => r.objectId ?? ""));
  });

  it("cuts a detail longer than an Excel cell holds, and says so", () => {
    const cell = detailCell("x".repeat(40_000));
    expect(cell.length).toBe(32_767);
    expect(cell).toContain("共 40000 字，已截断");
    expect(detailCell(null)).toBe("");
  });

  it("anyone but AUDITOR gets 404, and the refusal is audited", async () => {
    for (const u of [admin, subject]) {
      await actAs(u);
      expect((await exportedSheet(exportRoute, "/audit/export")).status).toBe(404);
      expect((await lastExportAudit("audit.list.export", u.id))?.result).toBe("NOT_FOUND");
    }
  });
});
