// The audit chain on a real database: intact after concurrent writes, and
// tampering (update or delete) is named by the verifier.
import { describe, expect, it } from "vitest";

import { hashAuditRow } from "@/lib/audit/chain";
import { writeAudit } from "@/lib/audit/log";
import { verifyAuditChain as verifyWithKey } from "@/lib/audit/verify";
import { db } from "@/lib/db";
import { getAuditKey } from "@/lib/env";

const verifyAuditChain = (client: typeof db) => verifyWithKey(client, getAuditKey());

describe("audit log", () => {
  it("stays a valid chain under concurrent appends", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writeAudit({ action: "test.concurrent", result: "SUCCESS", detail: { i } }),
      ),
    );
    const res = await verifyAuditChain(db);
    expect(res.fault).toBeNull();
    expect(res.rows).toBeGreaterThanOrEqual(20);
  });

  it("never stores secrets or bodies passed in detail", async () => {
    await writeAudit({
      action: "test.secret",
      result: "SUCCESS",
      detail: { password: "Hunter2-Secret!", token: "abc", body: "信件正文", kept: "ok" },
    });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "test.secret" } });
    expect(row.detail).toBe('{"kept":"ok"}');
  });

  it("names the first bad row when a row is modified, then when one is deleted", async () => {
    for (let i = 0; i < 5; i++)
      await writeAudit({ action: "test.tamper", result: "SUCCESS", detail: { i } });
    const rows = await db.auditLog.findMany({
      where: { action: "test.tamper" },
      orderBy: { seq: "asc" },
    });
    const victim = rows[2];
    // Simulate an attacker with database access (no code path does this).
    await db.$executeRawUnsafe(
      `UPDATE "AuditLog" SET "result" = 'DENIED' WHERE "id" = '${victim.id}'`,
    );
    let res = await verifyAuditChain(db);
    expect(res.fault).toMatchObject({ seq: victim.seq, id: victim.id });
    await db.$executeRawUnsafe(
      `UPDATE "AuditLog" SET "result" = 'SUCCESS' WHERE "id" = '${victim.id}'`,
    );
    expect((await verifyAuditChain(db)).fault).toBeNull();

    await db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = '${rows[1].id}'`);
    res = await verifyAuditChain(db);
    expect(res.fault?.seq).toBe(rows[1].seq);
    // Put it back so later tests start from an intact chain.
    await db.auditLog.create({ data: rows[1] });
    expect((await verifyAuditChain(db)).fault).toBeNull();
  });
});

describe("the chain cannot be re-forged without the key", () => {
  it("detects a row modified and re-hashed with a guessed key", async () => {
    for (let i = 0; i < 3; i++)
      await writeAudit({ action: "test.forge", result: "SUCCESS", detail: { i } });
    const row = (
      await db.auditLog.findMany({
        where: { action: "test.forge" },
        orderBy: { seq: "desc" },
        take: 1,
      })
    )[0];
    const forged = { ...row, result: "DENIED" };
    const hash = hashAuditRow(Buffer.alloc(32), forged.prevHash, forged);
    await db.$executeRawUnsafe(
      `UPDATE "AuditLog" SET "result" = 'DENIED', "hash" = '${hash}' WHERE "id" = '${row.id}'`,
    );
    expect((await verifyAuditChain(db)).fault).toMatchObject({ seq: row.seq });
  });
});

describe("no code path updates or deletes the audit log", () => {
  it("has no update/delete call on auditLog anywhere in the source", async () => {
    const { execFileSync } = await import("node:child_process");
    let out = "";
    try {
      out = execFileSync(
        "grep",
        [
          "-rnE",
          "auditLog\\.(update|updateMany|delete|deleteMany|upsert)",
          "app",
          "lib",
          "components",
          "scripts",
        ],
        { encoding: "utf8" },
      );
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e; // 1 = no match
    }
    expect(out.trim()).toBe("");
  });
});

describe("the audit viewer", () => {
  it("names the user of a row that carries only the user id (older logout rows)", async () => {
    const { makeUser } = await import("./helpers");
    const { listAuditLogs } = await import("@/lib/audit/queries");
    const u = await makeUser();
    await writeAudit({
      userId: u.id,
      action: "auth.logout",
      result: "SUCCESS",
      objectType: "UserSession",
      objectId: `viewer-${u.id}`,
    });
    await writeAudit({
      action: "auth.login",
      result: "DENIED",
      objectId: `viewer-anon-${u.id}`,
      detail: { reason: "rate_limited" },
    });
    const { rows } = await listAuditLogs({ page: 1, action: "auth." } as Parameters<
      typeof listAuditLogs
    >[0]);
    expect(rows.find((r) => r.objectId === `viewer-${u.id}`)?.username).toBe(u.username);
    expect(rows.find((r) => r.objectId === `viewer-anon-${u.id}`)?.username).toBeNull();
  });
});
