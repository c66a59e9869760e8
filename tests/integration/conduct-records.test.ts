// Writing conduct records on a real database: bad input gets a Chinese
// message on its field and writes nothing; only 政治处 confirms; a revoke
// needs its reason; two confirms (or revokes) at once change the record once
// and notify once; and the appraisal query counts confirmed records only.
import { describe, expect, it } from "vitest";

import {
  confirmConductRecord,
  createConductRecord,
  revokeConductRecord,
  updateConductRecord,
  uploadConductEvidence,
} from "@/lib/conduct/actions";
import { CONDUCT_MESSAGES } from "@/lib/conduct/labels";
import { confirmedConductFor } from "@/lib/conduct/queries";
import { db } from "@/lib/db";

import { makeDocx, makePdf } from "../support/files";
import {
  a1,
  a2,
  b1,
  deptA,
  deptB,
  disabled,
  DISCIPLINE,
  evidenceForm,
  fileOf,
  headA,
  idOf,
  leader,
  newRecord,
  office,
  recordInput,
  setupConduct,
} from "./fixtures/conduct";
import { actAs } from "./helpers";
import { failureOf } from "./result";

setupConduct();

const DENIED = "您没有执行此操作的权限";

async function refusedWithoutWrite(input: Record<string, unknown>, field: string, message: string) {
  await actAs(office);
  const before = await db.conductRecord.count();
  const r = failureOf(await createConductRecord(recordInput(input)));
  expect(r.fieldErrors?.[field]).toBe(message);
  expect(await db.conductRecord.count()).toBe(before);
}

describe("bad input", () => {
  it("refuses discipline on a disabled or unknown person", async () => {
    await refusedWithoutWrite(
      { ...DISCIPLINE, subjectUserId: disabled.id },
      "subjectUserId",
      CONDUCT_MESSAGES.personInvalid,
    );
    await refusedWithoutWrite(
      { ...DISCIPLINE, subjectUserId: "c000000000000000000000000" },
      "subjectUserId",
      CONDUCT_MESSAGES.personInvalid,
    );
  });

  it("refuses a record on a department unless it is a 规范司法 finding", async () => {
    await refusedWithoutWrite(
      { subjectType: "DEPARTMENT", subjectDepartmentId: deptA.id },
      "subjectType",
      CONDUCT_MESSAGES.departmentOnlyJudicial,
    );
    await refusedWithoutWrite(
      { ...DISCIPLINE, subjectType: "DEPARTMENT", subjectDepartmentId: deptA.id },
      "subjectType",
      CONDUCT_MESSAGES.departmentOnlyJudicial,
    );
  });

  it("requires each kind's own fields and a date within bounds", async () => {
    const judicial = { category: "JUDICIAL", kind: "CASE_QUALITY", level: "" };
    await refusedWithoutWrite(judicial, "severity", CONDUCT_MESSAGES.severityRequired);
    await refusedWithoutWrite(
      { kind: "HONOUR", level: "CITY" },
      "honourTitle",
      CONDUCT_MESSAGES.honourTitleRequired,
    );
    await refusedWithoutWrite(
      { kind: "HONOUR", honourTitle: "业务标兵", level: "" },
      "level",
      CONDUCT_MESSAGES.levelRequired,
    );
    await refusedWithoutWrite(
      { ...DISCIPLINE, sanctionCategory: "" },
      "sanctionCategory",
      CONDUCT_MESSAGES.sanctionRequired,
    );
    await refusedWithoutWrite({ kind: "SANCTION" }, "kind", CONDUCT_MESSAGES.kindMismatch);
    await refusedWithoutWrite(
      { occurredOn: "1999-12-31" },
      "occurredOn",
      "日期不能早于 2000-01-01",
    );
    await refusedWithoutWrite(
      { occurredOn: "2101-01-01" },
      "occurredOn",
      "日期不能晚于 2100-12-31",
    );
    await refusedWithoutWrite({ occurredOn: "2026-02-30" }, "occurredOn", "日期不是有效日期");
    await refusedWithoutWrite(
      { subjectType: "DEPARTMENT", ...judicial, severity: "GENERAL", subjectDepartmentId: "" },
      "subjectDepartmentId",
      CONDUCT_MESSAGES.departmentRequired,
    );
  });

  it("refuses a revoke without a reason and leaves the record confirmed", async () => {
    const id = await newRecord();
    await actAs(office);
    const r = failureOf(await revokeConductRecord({ id, reason: "  " }));
    expect(r.fieldErrors?.reason).toBe(CONDUCT_MESSAGES.reasonRequired);
    expect((await db.conductRecord.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
  });

  it("lets nobody but 政治处 record, confirm or revoke", async () => {
    const draft = await newRecord({}, true);
    const confirmed = await newRecord();
    for (const u of [leader, headA, a1]) {
      await actAs(u);
      expect(failureOf(await confirmConductRecord({ id: draft })).message).toBe(DENIED);
      expect(failureOf(await revokeConductRecord({ id: confirmed, reason: "错" })).message).toBe(
        DENIED,
      );
      expect(failureOf(await createConductRecord(recordInput())).message).toBe(DENIED);
    }
    expect((await db.conductRecord.findUniqueOrThrow({ where: { id: draft } })).status).toBe(
      "DRAFT",
    );
  });

  it("takes PDF or image evidence on drafts only", async () => {
    const id = await newRecord({}, true);
    await actAs(office);
    const docx = failureOf(
      await uploadConductEvidence(null, evidenceForm(id, fileOf(makeDocx(), "a.docx"))),
    );
    expect(docx.fieldErrors?.file).toBe(CONDUCT_MESSAGES.evidenceType);
    idOf(await uploadConductEvidence(null, evidenceForm(id, fileOf(makePdf(), "表彰决定.pdf"))));
    idOf(await confirmConductRecord({ id }));
    const late = failureOf(
      await uploadConductEvidence(null, evidenceForm(id, fileOf(makePdf(), "b.pdf"))),
    );
    expect(late.message).toBe(CONDUCT_MESSAGES.notDraft);
    const edit = failureOf(await updateConductRecord({ id, ...recordInput({ title: "改" }) }));
    expect(edit.message).toBe(CONDUCT_MESSAGES.notDraft);
    expect(await db.attachment.count({ where: { ownerId: id } })).toBe(1);
  });
});

describe("status changes", () => {
  it("confirms once when two confirms race, and notifies once", async () => {
    const id = await newRecord({ subjectUserId: a2.id }, true);
    await actAs(office);
    const before = await db.notification.count({ where: { userId: a2.id } });
    const results = await Promise.all([confirmConductRecord({ id }), confirmConductRecord({ id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: CONDUCT_MESSAGES.alreadyDecided });
    expect(await db.notification.count({ where: { userId: a2.id } })).toBe(before + 1);
    expect(await db.conductRecord.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONFIRMED",
      confirmedById: office.id,
    });
  });

  it("revokes once when two revokes race, keeping the first reason", async () => {
    const id = await newRecord({ ...DISCIPLINE, subjectUserId: b1.id });
    await actAs(office);
    const results = await Promise.all([
      revokeConductRecord({ id, reason: "事实认定有误" }),
      revokeConductRecord({ id, reason: "重复登记" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const row = await db.conductRecord.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("REVOKED");
    expect(["事实认定有误", "重复登记"]).toContain(row.revokeReason);
    // Discipline writes no notice at all (docs/sanhe.md: its time would name the person).
    expect(await db.notification.count({ where: { userId: b1.id } })).toBe(0);
  });
});

describe("the appraisal query", () => {
  it("returns confirmed records only, discipline included, by person and by department", async () => {
    const from = new Date("2026-01-01T00:00:00+08:00");
    const to = new Date("2027-01-01T00:00:00+08:00");
    const confirmed = await newRecord({ subjectUserId: b1.id, occurredOn: "2026-05-01" });
    const draft = await newRecord({ subjectUserId: b1.id, occurredOn: "2026-05-02" }, true);
    const revoked = await newRecord({ subjectUserId: b1.id, occurredOn: "2026-05-03" });
    await actAs(office);
    idOf(await revokeConductRecord({ id: revoked, reason: "文件撤回" }));
    const discipline = await newRecord({
      ...DISCIPLINE,
      subjectUserId: b1.id,
      occurredOn: "2026-05-04",
    });
    const outside = await newRecord({ subjectUserId: b1.id, occurredOn: "2025-12-31" });
    const finding = await newRecord({
      category: "JUDICIAL",
      kind: "RECTIFICATION",
      severity: "GENERAL",
      level: "",
      subjectType: "DEPARTMENT",
      subjectDepartmentId: deptB.id,
      occurredOn: "2026-06-01",
    });

    const byPerson = await confirmedConductFor({ userIds: [b1.id], from, to });
    const ids = byPerson.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([confirmed, discipline]));
    for (const gone of [draft, revoked, outside, finding]) expect(ids).not.toContain(gone);
    expect(byPerson.find((r) => r.id === discipline)).toMatchObject({
      category: "DISCIPLINE",
      kind: "SANCTION",
      sanctionCategory: "PARTY_WARNING",
      subjectUserId: b1.id,
    });

    const byDept = (await confirmedConductFor({ departmentIds: [deptB.id], from, to })).map(
      (r) => r.id,
    );
    expect(byDept).toEqual(expect.arrayContaining([confirmed, discipline, finding]));
    for (const gone of [draft, revoked, outside]) expect(byDept).not.toContain(gone);
    expect(await confirmedConductFor({ from, to })).toEqual([]);
  });
});
