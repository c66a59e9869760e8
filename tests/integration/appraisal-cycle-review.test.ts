// 校准, 公示, 异议 and 归档 (issue 14): a calibration needs a reason and is kept
// as before → after; nothing changes after lock; one objection per sheet,
// only one's own, only inside the window; 政治处's answer is audited and
// told; archiving waits for every answer; an archived cycle is read-only.
import { beforeAll, describe, expect, it } from "vitest";

import { advanceAppraisalCycle } from "@/lib/appraisal/cycles/actions";
import { answerObjection, calibrateSheet, fileObjection } from "@/lib/appraisal/review/actions";
import { SHEET_NOT_FOUND } from "@/lib/appraisal/review/writes";
import { shanghaiDayKey } from "@/lib/dates";
import { db } from "@/lib/db";

import { calibrationCycle, po, setupAppraisalWorld, sheetOf, staffA } from "./fixtures/appraisal";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

setupAppraisalWorld();

let cycleId: string;
const tomorrow = () => shanghaiDayKey(new Date(Date.now() + 86_400_000));

beforeAll(async () => {
  cycleId = await calibrationCycle("复核测试");
});

describe("校准", () => {
  it("needs a written reason, and keeps the change as before → after, audited", async () => {
    await actAs(po);
    const s = await sheetOf(cycleId, staffA[0]);
    const r = failureOf(await calibrateSheet({ sheetId: s.id, total: "90", reason: "" }));
    expect(r.fieldErrors?.reason).toBe("请填写调整理由");
    const short = failureOf(await calibrateSheet({ sheetId: s.id, total: "90", reason: "偏低" }));
    expect(short.fieldErrors?.reason).toBe("调整理由至少 4 个字符");
    expect((await sheetOf(cycleId, staffA[0])).finalTotalCenti).toBe(s.finalTotalCenti);

    dataOf(
      await calibrateSheet({
        sheetId: s.id,
        total: "90",
        reason: "年度办案质效突出，部门评分偏低",
      }),
    );
    const adj = await db.appraisalAdjustment.findFirstOrThrow({ where: { sheetId: s.id } });
    expect(adj).toMatchObject({
      kind: "CALIBRATION",
      beforeCenti: s.finalTotalCenti,
      afterCenti: 9000,
      byId: po.id,
    });
    expect((await sheetOf(cycleId, staffA[0])).rankOverall).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "appraisal.calibrate", objectId: s.id },
    });
    expect(audit.result).toBe("SUCCESS");
  });

  it("is 政治处's alone", async () => {
    await actAs(staffA[1]);
    const s = await sheetOf(cycleId, staffA[1]);
    expect((await calibrateSheet({ sheetId: s.id, total: "99", reason: "我想要更高" })).ok).toBe(
      false,
    );
  });
});

describe("公示 and 异议", () => {
  it("locks the cycle at 公示: no calibration any more", async () => {
    await actAs(po);
    dataOf(
      await advanceAppraisalCycle({ id: cycleId, to: "PUBLICITY", publicityEndsOn: tomorrow() }),
    );
    const s = await sheetOf(cycleId, staffA[1]);
    const r = failureOf(
      await calibrateSheet({ sheetId: s.id, total: "70", reason: "锁定后尝试调整" }),
    );
    expect(r.message).toContain("不能校准");
  });

  it("takes one objection per sheet, on one's own sheet only, even when sent twice at once", async () => {
    const own = await sheetOf(cycleId, staffA[2]);
    await actAs(staffA[3]);
    expect(
      failureOf(await fileObjection({ sheetId: own.id, body: "我对他的结果有异议。" })).message,
    ).toBe(SHEET_NOT_FOUND);
    await actAs(staffA[2]);
    const twice = await Promise.all([
      fileObjection({ sheetId: own.id, body: "个人职责目标评分未体现本人承办的重大案件。" }),
      fileObjection({ sheetId: own.id, body: "个人职责目标评分未体现本人承办的重大案件。" }),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(failureOf(twice.find((r) => !r.ok)!).message).toBe(
      "您已对本考评表提出过异议，每份考评表只能提出一次异议，请刷新页面查看处理情况",
    );
    expect(await db.appraisalObjection.count({ where: { sheetId: own.id } })).toBe(1);
  });

  it("refuses an objection after the window", async () => {
    await db.appraisalCycle.update({
      where: { id: cycleId },
      data: { publicityEndsAt: new Date(Date.now() - 1000) },
    });
    await actAs(staffA[4]);
    const s = await sheetOf(cycleId, staffA[4]);
    expect(
      failureOf(await fileObjection({ sheetId: s.id, body: "公示结束后才提出的异议。" })).message,
    ).toBe("公示期已结束，不能再提出异议");
  });

  it("answers with an adjustment and a reason, tells the person, and archives only when all are answered", async () => {
    await actAs(po);
    dataOf(await advanceAppraisalCycle({ id: cycleId, to: "OBJECTION" }));
    expect(failureOf(await advanceAppraisalCycle({ id: cycleId, to: "ARCHIVED" })).message).toBe(
      "还有 1 件异议未答复，不能归档",
    );
    const o = await db.appraisalObjection.findFirstOrThrow({ where: { sheet: { cycleId } } });
    const before = await sheetOf(cycleId, staffA[2]);
    dataOf(
      await answerObjection({
        objectionId: o.id,
        decision: "ADJUSTED",
        answer: "经复核，补计重大案件办理情况。",
        total: "86",
        grade: "",
      }),
    );
    expect(
      failureOf(
        await answerObjection({ objectionId: o.id, decision: "UPHELD", answer: "再次答复" }),
      ).message,
    ).toBe("该异议已答复");
    const after = await sheetOf(cycleId, staffA[2]);
    expect(after.finalTotalCenti).toBe(8600);
    expect(after.finalGrade).toBe(before.finalGrade);
    const adj = await db.appraisalAdjustment.findFirstOrThrow({
      where: { sheetId: after.id, kind: "OBJECTION" },
    });
    expect(adj).toMatchObject({ beforeCenti: before.finalTotalCenti, afterCenti: 8600 });
    expect(
      await db.notification.count({
        where: { userId: staffA[2].id, title: { contains: "异议已答复" } },
      }),
    ).toBe(1);

    dataOf(await advanceAppraisalCycle({ id: cycleId, to: "ARCHIVED" }));
    const r = failureOf(
      await answerObjection({ objectionId: o.id, decision: "UPHELD", answer: "归档后尝试" }),
    );
    expect(r.message).toContain("已归档");
  });
});
