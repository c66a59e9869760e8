// The 履职表现加减分表 (issue 14): only 政治处 edits it; a bad value (sign, ±20.00,
// two decimals, unknown key) is refused in Chinese with nothing written; a save
// is all or nothing, audited before → after per key; 恢复默认 removes the saved
// value. A change moves the CONDUCT_POINTS score of a cycle 打分中, never of a
// snapshotted one. Parallel saves take turns: never a mixture of two saves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import ConductPointsPage from "@/app/(portal)/appraisal/points/page";
import { resetConductPoint, saveConductPoints } from "@/lib/appraisal/points/actions";
import { listConductPoints, loadConductPoints } from "@/lib/appraisal/points/queries";
import { POINTS_MESSAGES } from "@/lib/appraisal/points/schemas";
import { getSheet } from "@/lib/appraisal/queries";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";

import {
  calibrationCycle,
  confirmedConduct,
  indicatorNamed,
  leader,
  po,
  scoringCycle,
  setupAppraisalWorld,
  sheetOf,
  staffA,
} from "./fixtures/appraisal";
import { actAs, lastAudit, makeUser } from "./helpers";
import { dataOf, failureOf } from "./result";

setupAppraisalWorld();

const CITATION = "COMMENDATION:CITATION";
const GENERAL = "JUDICIAL:GENERAL";
let openCycle: string;
let frozenCycle: string;

/** 政治处 as a reader of sheets. */
const reader = (): Viewer => ({
  id: po.id,
  username: "po",
  departmentId: null,
  roles: ["POLITICAL_OFFICE", "STAFF"],
});

/** staffA[0]'s 履职表现 score in a cycle, as 政治处 reads the sheet. */
async function conductScoreIn(cycleId: string) {
  const sheet = await sheetOf(cycleId, staffA[0]);
  const ind = await indicatorNamed(cycleId, "履职表现");
  const view = (await getSheet(reader(), cycleId, sheet.id))!;
  const cell = view.results[ind.id];
  return cell.kind === "SCORED" ? cell.centi : null;
}

const savedRows = () =>
  db.conductPointRule.findMany({ select: { key: true, centi: true }, orderBy: { key: "asc" } });

beforeAll(async () => {
  await db.conductPointRule.deleteMany();
  // One confirmed 嘉奖 (2.00 by default) for staffA[0] in 2026.
  await confirmedConduct(staffA[0]);
  // A cycle snapshotted with the default table, and one still 打分中.
  frozenCycle = await calibrationCycle("加减分表：已快照");
  openCycle = await scoringCycle("加减分表：打分中");
});

// Later files of the run score with the default table.
afterAll(async () => {
  await db.conductPointRule.deleteMany();
});

describe("who", () => {
  it("is 政治处 only: others are refused, and the page is a 404 for them", async () => {
    for (const u of [staffA[1], leader, await makeUser({ roles: ["SYS_ADMIN"] })]) {
      await actAs(u);
      expect(await saveConductPoints({ points: { [CITATION]: "3" } })).toEqual({
        ok: false,
        message: "您没有执行此操作的权限",
      });
      expect(await resetConductPoint({ key: CITATION })).toMatchObject({ ok: false });
      await expect(ConductPointsPage()).rejects.toThrow("NEXT_NOT_FOUND");
    }
    expect(await lastAudit()).toMatchObject({
      action: "page.view",
      objectId: "/appraisal/points",
      result: "DENIED",
    });
    expect(await savedRows()).toEqual([]);
    await actAs(po);
    await expect(ConductPointsPage()).resolves.toBeTruthy();
  });

  it("lists every key with its Chinese name, default and current value", async () => {
    const rows = await listConductPoints();
    expect(rows).toHaveLength(18);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row("COMMENDATION:HONOUR:CITY")).toMatchObject({ sign: 1, centi: 500, saved: null });
    expect([
      row("COMMENDATION:HONOUR:CITY").category,
      row("COMMENDATION:HONOUR:CITY").item,
    ]).toEqual(["表彰奖励", "荣誉称号（市级）"]);
    expect(row("JUDICIAL:SERIOUS")).toMatchObject({
      category: "规范司法",
      item: "较重问题",
      sign: -1,
    });
    expect([row("DISCIPLINE:SANCTION").item, row("INNOVATION:NATIONAL").item]).toEqual([
      "党纪/政务处分",
      "国家级创新",
    ]);
  });
});

describe("validation", () => {
  it.each([
    [CITATION, "-1", POINTS_MESSAGES.plus],
    ["INNOVATION:CITY", "-0.01", POINTS_MESSAGES.plus],
    [GENERAL, "2", POINTS_MESSAGES.minus],
    ["DISCIPLINE:REMINDER", "+0.5", POINTS_MESSAGES.minus],
    ["DISCIPLINE:SANCTION", "-20.01", POINTS_MESSAGES.range],
    ["COMMENDATION:MERIT", "25", POINTS_MESSAGES.range],
    [CITATION, "1.234", POINTS_MESSAGES.decimals],
    [CITATION, "两分", POINTS_MESSAGES.format],
    [CITATION, "", POINTS_MESSAGES.required],
  ])("%s = %j is refused: %s", async (key, value, message) => {
    await actAs(po);
    // With a valid change beside it: nothing at all is written.
    const r = failureOf(
      await saveConductPoints({ points: { [key]: value, "COMMENDATION:PRAISE": "1.5" } }),
    );
    expect(r.fieldErrors?.[`points.${key}`]).toBe(message);
    expect(await savedRows()).toEqual([]);
  });

  it("refuses a key the table does not have, also from a form, with nothing written", async () => {
    await actAs(po);
    const r = failureOf(
      await saveConductPoints({ points: { [CITATION]: "3", "JUDICIAL:FATAL": "-5" } }),
    );
    expect(r.fieldErrors?.points).toBe(`${POINTS_MESSAGES.unknownKey}：JUDICIAL:FATAL`);
    const fd = new FormData();
    fd.set(`points.${CITATION}`, "3");
    fd.set("points.__proto__", "1");
    const f = failureOf(await saveConductPoints(null as never, fd));
    expect(f.fieldErrors?.points).toContain(POINTS_MESSAGES.unknownKey);
    expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await savedRows()).toEqual([]);
    expect(failureOf(await resetConductPoint({ key: "NOPE" })).fieldErrors?.key).toBe(
      POINTS_MESSAGES.unknownKey,
    );
  });
});

describe("saving", () => {
  it("writes only the changed keys, audited before → after, and moves the open cycle's score only", async () => {
    expect(await conductScoreIn(openCycle)).toBe(8200);
    expect(await conductScoreIn(frozenCycle)).toBe(8200);
    const frozenTotal = (await sheetOf(frozenCycle, staffA[0])).finalTotalCenti;

    await actAs(po);
    // As the form posts it: every key, flat, with the values it showed.
    const table = await loadConductPoints();
    const fd = new FormData();
    for (const [k, v] of Object.entries(table)) {
      fd.set(`points.${k}`, (v / 100).toFixed(2));
      fd.set(`basis.${k}`, String(v));
    }
    fd.set(`points.${CITATION}`, "3.5");
    fd.set(`points.${GENERAL}`, "−3");
    expect(dataOf(await saveConductPoints(null as never, fd))).toEqual({ changed: 2 });
    expect(await savedRows()).toEqual([
      { key: CITATION, centi: 350 },
      { key: GENERAL, centi: -300 },
    ]);
    expect(await db.conductPointRule.count({ where: { updatedById: po.id } })).toBe(2);
    const audit = (await lastAudit())!;
    expect(audit).toMatchObject({ action: "appraisal.points.save", result: "SUCCESS" });
    expect(JSON.parse(audit.detail!)).toEqual({
      changed: 2,
      [CITATION]: "+2.00 → +3.50",
      [GENERAL]: "-2.00 → -3.00",
    });
    expect((await listConductPoints()).find((r) => r.key === CITATION)?.saved?.by).toBeTruthy();

    // 打分中: 80 + 3.50. Snapshotted: still 80 + 2.00, and its total unchanged.
    expect(await conductScoreIn(openCycle)).toBe(8350);
    expect(await conductScoreIn(frozenCycle)).toBe(8200);
    expect((await sheetOf(frozenCycle, staffA[0])).finalTotalCenti).toBe(frozenTotal);

    // Saving the same form again changes nothing.
    expect(dataOf(await saveConductPoints(null as never, fd))).toEqual({ changed: 0 });
  });

  it("refuses, whole, a change to a key someone else changed since the form was opened", async () => {
    await actAs(po);
    const before = await savedRows();
    // The form showed 嘉奖 at 2.00; it is 3.50 now. 表扬 alone would be fine.
    const r = failureOf(
      await saveConductPoints({
        points: { "COMMENDATION:PRAISE": "1.5", [CITATION]: "4" },
        basis: { "COMMENDATION:PRAISE": 100, [CITATION]: 200 },
      }),
    );
    expect(r.message).toBe("“嘉奖”的分值已被他人改为 +3.50，请刷新页面后重新填写");
    expect(r.fieldErrors?.[`points.${CITATION}`]).toBe(r.message);
    expect(await savedRows()).toEqual(before);
    expect(await lastAudit()).toMatchObject({ action: "appraisal.points.save", result: "FAILURE" });
    // A key the user left as the form showed it is not written over the newer value.
    expect(
      dataOf(
        await saveConductPoints({
          points: { "COMMENDATION:PRAISE": "1.5", [CITATION]: "2" },
          basis: { "COMMENDATION:PRAISE": 100, [CITATION]: 200 },
        }),
      ),
    ).toEqual({ changed: 1 });
    expect((await loadConductPoints())[CITATION]).toBe(350);
  });

  it("恢复默认 removes the saved value, audited, and the open cycle follows", async () => {
    await actAs(po);
    expect(dataOf(await resetConductPoint({ key: CITATION }))).toEqual({ reset: true });
    const audit = (await lastAudit())!;
    expect(audit).toMatchObject({ action: "appraisal.points.reset", objectId: CITATION });
    expect(JSON.parse(audit.detail!)).toEqual({ reset: true, [CITATION]: "+3.50 → +2.00" });
    expect(await db.conductPointRule.findUnique({ where: { key: CITATION } })).toBeNull();
    expect(await conductScoreIn(openCycle)).toBe(8200);
    expect(dataOf(await resetConductPoint({ key: CITATION }))).toEqual({ reset: false });
  });
});

describe("parallel saves", () => {
  it("from the same form: one wins, the others are refused, the table is the winner's", async () => {
    await actAs(po);
    await db.conductPointRule.deleteMany();
    const values = ["3", "4", "6", "7", "8", "9"]; // none is 嘉奖's or 记功's default
    const results = await Promise.all(
      values.map((v) =>
        saveConductPoints({
          points: { [CITATION]: v, "COMMENDATION:MERIT": v },
          basis: { [CITATION]: 200, "COMMENDATION:MERIT": 500 },
        }),
      ),
    );
    const won = results.flatMap((r, i) => (r.ok ? [values[i]] : []));
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining("已被他人改为") });
    const centi = Number(won[0]) * 100;
    expect(await savedRows()).toEqual([
      { key: CITATION, centi },
      { key: "COMMENDATION:MERIT", centi },
    ]);
  });

  it("without a basis (the last one wins): every key ends as one save wrote all of them", async () => {
    await actAs(po);
    await db.conductPointRule.deleteMany();
    const values = ["11", "12", "13", "14", "15", "16"]; // none is a default
    const keys = ["COMMENDATION:PRAISE", CITATION, "INNOVATION:COURT", "INNOVATION:CITY"];
    const results = await Promise.all(
      values.map((v) => saveConductPoints({ points: Object.fromEntries(keys.map((k) => [k, v])) })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = (await savedRows()).filter((r) => keys.includes(r.key));
    expect(rows).toHaveLength(keys.length);
    expect(new Set(rows.map((r) => r.centi)).size).toBe(1);
    // Each save's audit row starts from what the one before it left.
    const audits = await db.auditLog.findMany({
      where: { action: "appraisal.points.save", result: "SUCCESS" },
      orderBy: { seq: "desc" },
      take: values.length,
    });
    const steps = audits.reverse().map((a) => String(JSON.parse(a.detail!)[CITATION]).split(" → "));
    for (let i = 1; i < steps.length; i++) expect(steps[i][0]).toBe(steps[i - 1][1]);
  });
});
