// 评先评优 (issue 14): a batch opens only on an archived cycle; eligibility
// comes from the grades; the quota holds under parallel nominations; the
// stages 部门 → 政治处 → 党组 each pass or return with an opinion, nobody
// reviewing their own; an approved honour becomes a confirmed 荣誉称号 record.
import { beforeAll, describe, expect, it } from "vitest";

import {
  nominateForHonour,
  openHonourBatch,
  reviewNomination,
} from "@/lib/appraisal/honours/actions";
import { calibrateSheet } from "@/lib/appraisal/review/actions";
import { db } from "@/lib/db";

import {
  archiveCycle,
  calibrationCycle,
  headA,
  leader,
  po,
  setupAppraisalWorld,
  sheetOf,
  staffA,
} from "./fixtures/appraisal";
import { actAs } from "./helpers";
import { dataOf, failureOf } from "./result";

setupAppraisalWorld();

let cycleId: string;
let batchId: string;
const DEEDS = "全年办理重大疑难案件十余件，所办案件无一错案，获评案件质量评查优秀等次。";

beforeAll(async () => {
  cycleId = await calibrationCycle("评优测试");
  dataOf(
    await calibrateSheet({
      sheetId: (await sheetOf(cycleId, staffA[5])).id,
      total: "65",
      reason: "全年多次迟报，经党组研究",
    }),
  );
  await archiveCycle(cycleId);
});

const nominate = (nominee: { id: string }, batch = batchId) =>
  nominateForHonour({
    batchId: batch,
    nomineeId: nominee.id,
    deeds: DEEDS,
    evidence: [{ label: "考评表", href: "/appraisal" }],
  });

describe("评先评优", () => {
  it("opens a batch on the archived cycle, as 政治处 only", async () => {
    await actAs(headA);
    expect(
      (
        await openHonourBatch({
          cycleId,
          title: "年度评优",
          honourTitle: "业务能手",
          level: "COURT",
          quota: 1,
          eligibleGrades: ["EXCELLENT", "COMPETENT"],
        })
      ).ok,
    ).toBe(false);
    await actAs(po);
    batchId = dataOf(
      await openHonourBatch({
        cycleId,
        title: "年度评优",
        honourTitle: "业务能手",
        level: "CITY",
        quota: 1,
        eligibleGrades: ["EXCELLENT", "COMPETENT"],
      }),
    ).id;
  });

  it("refuses an ineligible person, a nominator who is not their head or 政治处, and the quota's second", async () => {
    await actAs(headA);
    expect(failureOf(await nominate(staffA[5])).fieldErrors?.nomineeId).toBe(
      "被推荐人的考评等次不符合本批次推荐条件",
    );
    await actAs(staffA[1]);
    expect(failureOf(await nominate(staffA[0])).message).toBe(
      "只有被推荐人所在部门负责人或政治处可以推荐",
    );
    await actAs(headA);
    const both = await Promise.all([nominate(staffA[0]), nominate(staffA[1])]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(failureOf(both.find((r) => !r.ok)!).message).toBe("本批次名额为 1 名，已推荐满额");
    expect(await db.honourNomination.count({ where: { batchId } })).toBe(1);
  });

  it("passes 部门 → 政治处 → 党组, each by its own reviewer, and the approval becomes a 荣誉称号 record", async () => {
    const n = await db.honourNomination.findFirstOrThrow({ where: { batchId } });
    await actAs(po);
    expect(
      failureOf(await reviewNomination({ nominationId: n.id, decision: "PASS" })).message,
    ).toBe("您不是该推荐当前阶段的审核人");
    await actAs(headA);
    dataOf(await reviewNomination({ nominationId: n.id, decision: "PASS", opinion: "同意推荐" }));
    await actAs(po);
    dataOf(await reviewNomination({ nominationId: n.id, decision: "PASS", opinion: "符合条件" }));
    await actAs(leader);
    expect(
      dataOf(
        await reviewNomination({ nominationId: n.id, decision: "PASS", opinion: "党组审定同意" }),
      ).stage,
    ).toBe("APPROVED");
    const done = await db.honourNomination.findUniqueOrThrow({
      where: { id: n.id },
      include: { conductRecord: true, reviews: true },
    });
    expect(done.reviews.map((r) => r.stage)).toEqual(["DEPARTMENT", "OFFICE", "PARTY_GROUP"]);
    expect(done.conductRecord).toMatchObject({
      category: "COMMENDATION",
      kind: "HONOUR",
      honourTitle: "业务能手",
      level: "CITY",
      status: "CONFIRMED",
      subjectUserId: n.nomineeId,
    });
  });

  it("returns with an opinion, and nobody reviews a nomination of themselves", async () => {
    await actAs(po);
    const b2 = dataOf(
      await openHonourBatch({
        cycleId,
        title: "优秀共产党员",
        honourTitle: "优秀共产党员",
        level: "COURT",
        quota: 3,
        eligibleGrades: ["EXCELLENT", "COMPETENT"],
      }),
    ).id;
    const own = dataOf(await nominate(headA, b2)).id;
    // headA's own nomination sits at 部门 stage, where headA would review it.
    await actAs(headA);
    expect(failureOf(await reviewNomination({ nominationId: own, decision: "PASS" })).message).toBe(
      "不能审核对本人的推荐（回避）",
    );
    await actAs(headA);
    const other = dataOf(await nominate(staffA[2], b2)).id;
    expect(
      failureOf(await reviewNomination({ nominationId: other, decision: "RETURN" })).message,
    ).toBe("退回时请填写意见");
    expect(
      dataOf(
        await reviewNomination({
          nominationId: other,
          decision: "RETURN",
          opinion: "事迹材料不充分",
        }),
      ).stage,
    ).toBe("RETURNED");
  });
});
