// 校准 and 异议 under parallel requests (issue 14). Each calibration or
// adjusting answer re-ranks the whole cycle from the final totals; two sent at
// once must not re-rank from a state that misses the other's change, and two
// calibrations of one sheet must keep the chain before → after. A
// department's sheet is not calibrated (its ranking is not re-computed).
import { beforeAll, describe, expect, it } from "vitest";

import { advanceAppraisalCycle } from "@/lib/appraisal/cycles/actions";
import { answerObjection, calibrateSheet, fileObjection } from "@/lib/appraisal/review/actions";
import { rerank } from "@/lib/appraisal/review/writes";
import { shanghaiDayKey } from "@/lib/dates";
import { db } from "@/lib/db";

import {
  calibrationCycle,
  deptA,
  deptSheetOf,
  po,
  setupAppraisalWorld,
  sheetOf,
  staffA,
} from "./fixtures/appraisal";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

setupAppraisalWorld();

let cycleId: string;

beforeAll(async () => {
  cycleId = await calibrationCycle("并发校准测试");
});

/** Ranks, department ranks and grades as stored. */
const standings = async () =>
  (
    await db.appraisalSheet.findMany({
      where: { cycleId, subjectType: "PERSON" },
      select: { id: true, rankOverall: true, rankInDept: true, finalGrade: true },
      orderBy: { id: "asc" },
    })
  ).map((s) => `${s.id}:${s.rankOverall}:${s.rankInDept}:${s.finalGrade}`);

/** The standings are what a fresh re-rank of the final totals gives. */
async function expectConsistent(regrade: boolean) {
  const stored = await standings();
  await db.$transaction((tx) => rerank(tx, cycleId, regrade));
  expect(stored).toEqual(await standings());
}

describe("校准, sent at once", () => {
  it("two sheets: both changes count in the ranks and grades", async () => {
    await actAs(po);
    const [a, b] = await Promise.all([sheetOf(cycleId, staffA[0]), sheetOf(cycleId, staffA[1])]);
    const rs = await Promise.all([
      calibrateSheet({ sheetId: a.id, total: "99", reason: "并发校准甲，办案质效突出" }),
      calibrateSheet({ sheetId: b.id, total: "98", reason: "并发校准乙，办案质效突出" }),
    ]);
    rs.forEach((r) => dataOf(r));
    expect((await sheetOf(cycleId, staffA[0])).rankOverall).toBe(1);
    expect((await sheetOf(cycleId, staffA[1])).rankOverall).toBe(2);
    await expectConsistent(true);
  });

  it("one sheet: the second adjustment starts where the first ended", async () => {
    await actAs(po);
    const s = await sheetOf(cycleId, staffA[2]);
    const rs = await Promise.all([
      calibrateSheet({ sheetId: s.id, total: "91", reason: "第一次校准，补计办案数量" }),
      calibrateSheet({ sheetId: s.id, total: "92", reason: "第二次校准，补计办案数量" }),
    ]);
    rs.forEach((r) => dataOf(r));
    const adj = await db.appraisalAdjustment.findMany({
      where: { sheetId: s.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(adj).toHaveLength(2);
    const [first, second] = adj[0].beforeCenti === s.finalTotalCenti ? adj : [adj[1], adj[0]];
    expect(first.beforeCenti).toBe(s.finalTotalCenti);
    expect(second.beforeCenti).toBe(first.afterCenti);
    expect((await sheetOf(cycleId, staffA[2])).finalTotalCenti).toBe(second.afterCenti);
    await expectConsistent(true);
  });

  it("refuses a department's sheet", async () => {
    await actAs(po);
    const d = await deptSheetOf(cycleId, deptA);
    const r = failureOf(
      await calibrateSheet({ sheetId: d.id, total: "99", reason: "部门整体表现突出" }),
    );
    expect(r.message).toBe("部门考评表不参与校准，只能校准个人考评表的总分");
    expect((await deptSheetOf(cycleId, deptA)).finalTotalCenti).toBe(d.finalTotalCenti);
    expect(await db.appraisalAdjustment.count({ where: { sheetId: d.id } })).toBe(0);
  });
});

describe("异议 answers", () => {
  it("an adjustment must change something; two sent at once both count in the ranks", async () => {
    await actAs(po);
    dataOf(
      await advanceAppraisalCycle({
        id: cycleId,
        to: "PUBLICITY",
        publicityEndsOn: shanghaiDayKey(new Date(Date.now() + 86_400_000)),
      }),
    );
    const ids: string[] = [];
    for (const u of [staffA[3], staffA[4]]) {
      await actAs(u);
      const s = await sheetOf(cycleId, u);
      dataOf(
        await fileObjection({ sheetId: s.id, body: "个人职责目标评分未体现本人承办的案件。" }),
      );
      ids.push((await db.appraisalObjection.findUniqueOrThrow({ where: { sheetId: s.id } })).id);
    }
    await actAs(po);
    // An "adjustment" that changes nothing is refused: the person would be told of a change.
    const same = failureOf(
      await answerObjection({
        objectionId: ids[0],
        decision: "ADJUSTED",
        answer: "经复核，补计办案数量。",
        total: String((await sheetOf(cycleId, staffA[3])).finalTotalCenti! / 100),
        grade: "",
      }),
    );
    expect(same.fieldErrors?.total).toBe(
      "调整后的总分和等次与原结果相同；不作调整请选择“维持原结果”",
    );
    expect((await db.appraisalObjection.findUniqueOrThrow({ where: { id: ids[0] } })).status).toBe(
      "PENDING",
    );
    const rs = await Promise.all(
      ids.map((objectionId, i) =>
        answerObjection({
          objectionId,
          decision: "ADJUSTED",
          answer: "经复核，补计办案数量。",
          total: String(97 - i),
          grade: "",
        }),
      ),
    );
    rs.forEach((r) => dataOf(r));
    expect((await sheetOf(cycleId, staffA[3])).rankOverall).toBe(3);
    expect((await sheetOf(cycleId, staffA[4])).rankOverall).toBe(4);
    await expectConsistent(false);
  });
});
