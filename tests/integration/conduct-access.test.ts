// Who reads a conduct record, on a real database: discipline records are
// readable by 政治处, LEADER and the person concerned only, every read
// audited; anyone else, a department head included, gets the same answer as
// for a record that does not exist (page and evidence download alike). A
// head does see their department's commendations and findings. And a copy
// of the database does not say whose a discipline record is.
import { describe, expect, it } from "vitest";

import { confirmConductRecord, uploadConductEvidence } from "@/lib/conduct/actions";
import { getConductRecord, listConduct } from "@/lib/conduct/queries";
import { db } from "@/lib/db";

import { makePdf } from "../support/files";
import {
  a1,
  a2,
  b1,
  deptA,
  DISCIPLINE,
  evidenceForm,
  fileOf,
  get,
  headA,
  headB,
  idOf,
  leader,
  newRecord,
  office,
  recordIds,
  session,
  setupConduct,
} from "./fixtures/conduct";
import { actAs, lastAudit } from "./helpers";

setupConduct();

const page1 = { page: 1 } as const;

describe("discipline records are confidential", () => {
  it("staff reading another person's discipline record get not-found, page and evidence alike", async () => {
    const id = await newRecord(DISCIPLINE, true);
    await actAs(office);
    const att = idOf(
      await uploadConductEvidence(null, evidenceForm(id, fileOf(makePdf("x"), "处分决定.pdf"))),
    );
    expect((await db.attachment.findUniqueOrThrow({ where: { id: att } })).fileName).toBe(
      "证明材料.pdf",
    );
    await actAs(office);
    idOf(await confirmConductRecord({ id }));

    for (const other of [a2, b1]) {
      const v = await session(other);
      expect(await getConductRecord(v, id)).toBeNull();
      expect(await lastAudit()).toMatchObject({
        action: "conduct.read",
        objectId: id,
        result: "NOT_FOUND",
        userId: other.id,
      });
      expect((await listConduct(v, page1)).rows.map((r) => r.id)).not.toContain(id);
      expect((await get(att)).status).toBe(404);
    }
    // The person concerned reads it, and its evidence.
    const own = await session(a1);
    const r = await getConductRecord(own, id);
    expect(r).toMatchObject({ title: DISCIPLINE.title, own: true, subjectUserId: a1.id });
    expect(await lastAudit()).toMatchObject({
      action: "conduct.readOwn",
      objectId: "mine",
      userId: a1.id,
    });
    expect((await listConduct(own, page1, true)).rows.map((r) => r.id)).toContain(id);
    expect((await get(att)).status).toBe(200);
  });

  it("a head reading their department's discipline records gets not-found, but sees its commendations and findings", async () => {
    const discipline = await newRecord({ ...DISCIPLINE, subjectUserId: a2.id });
    const praise = await newRecord({ subjectUserId: a2.id });
    const finding = await newRecord({
      category: "JUDICIAL",
      kind: "CASE_QUALITY",
      severity: "SERIOUS",
      level: "",
      subjectType: "DEPARTMENT",
      subjectUserId: "",
      subjectDepartmentId: deptA.id,
    });
    const head = await session(headA);
    expect(await getConductRecord(head, discipline)).toBeNull();
    expect(await getConductRecord(head, praise)).toMatchObject({ id: praise });
    expect(await getConductRecord(head, finding)).toMatchObject({ id: finding });
    const listed = (await listConduct(head, page1)).rows.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining([praise, finding]));
    expect(listed).not.toContain(discipline);
    // Even a discipline row stored with a plain subject (as no action writes
    // it) stays out of the head's reach: the category itself is excluded.
    const plain = await db.conductRecord.create({
      data: {
        category: "DISCIPLINE",
        kind: "REMINDER",
        subjectUserId: a2.id,
        occurredOn: new Date(),
        issuer: "本院",
        status: "CONFIRMED",
        createdById: office.id,
      },
    });
    recordIds.push(plain.id);
    expect(await getConductRecord(head, plain.id)).toBeNull();
    expect((await listConduct(head, page1)).rows.map((r) => r.id)).not.toContain(plain.id);
    // Another department's head sees none of them.
    const other = await session(headB);
    for (const id of [discipline, praise, finding])
      expect(await getConductRecord(other, id)).toBeNull();
  });

  it("LEADER and 政治处 read discipline records, each read audited with the record", async () => {
    const id = await newRecord({ ...DISCIPLINE, subjectUserId: b1.id });
    for (const reader of [leader, office]) {
      const v = await session(reader);
      expect(await getConductRecord(v, id)).toMatchObject({
        subjectUserId: b1.id,
        description: DISCIPLINE.description,
        sanctionCategory: "PARTY_WARNING",
      });
      expect(await lastAudit()).toMatchObject({
        action: "conduct.read",
        objectType: "ConductRecord",
        objectId: id,
        result: "SUCCESS",
        userId: reader.id,
      });
      const list = await listConduct(v, { category: "DISCIPLINE", page: 1 });
      expect(list.rows.map((r) => r.id)).toContain(id);
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: "conduct.list", userId: reader.id });
      expect(JSON.parse(audit!.detail!).discipline).toContain(id);
    }
  });

  it("a copy of the database holds no plaintext subject or text of a discipline record", async () => {
    const id = await newRecord(DISCIPLINE);
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT * FROM "ConductRecord" WHERE "id" = ${id}`;
    const raw = JSON.stringify(row);
    expect(row.subjectUserId).toBeNull();
    expect(row.subjectDepartmentId).toBeNull();
    expect(String(row.subjectToken)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const secret of [a1.id, DISCIPLINE.title, DISCIPLINE.description, DISCIPLINE.docNo])
      expect(raw).not.toContain(secret);
    expect(raw).not.toContain("PARTY_WARNING");
    // No notice was written: its time would match confirmedAt and name the person.
    expect(await db.notification.count({ where: { userId: a1.id, link: "/conduct/mine" } })).toBe(
      0,
    );
    // And no audit row of its writes names the person.
    const audits = await db.auditLog.findMany({ where: { objectId: id } });
    expect(audits.length).toBeGreaterThan(0);
    for (const a of audits) expect(JSON.stringify(a)).not.toContain(a1.id);
  });

  it("drafts are 政治处's only", async () => {
    const id = await newRecord({}, true);
    for (const u of [a1, leader, headA])
      expect(await getConductRecord(await session(u), id)).toBeNull();
    expect(await getConductRecord(await session(office), id)).toMatchObject({ status: "DRAFT" });
  });
});
