// The confidential annex of the quarterly 干警思想状况分析报告 (issue 16):
// names of staff of concern and their follow-ups, scoped in the query to what
// the viewer may read (政治处 and 院领导 every department, a head their own,
// staff nothing), audited per read; a version is read only under its own
// report; a head finds the issued reports' annexes from the department page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { draftAnalysisReport, issueAnalysisReport } from "@/lib/analysis-report/actions";
import { annexRows, issuedAnnexes } from "@/lib/analysis-report/queries";
import { encryptText } from "@/lib/crypto";
import { db } from "@/lib/db";

import { A, B, head, leader, office, session, setupDashboard, staff } from "./fixtures/dashboard";
import { actAs, lastAudit, makeUser } from "./helpers";
import { dataOf } from "./result";

setupDashboard({ sentiment: true });
const made: string[] = [];
afterAll(async () => {
  await db.analysisReport.deleteMany({ where: { id: { in: made } } });
});

async function draft(input: Record<string, string>) {
  await actAs(office);
  const r = dataOf(await draftAnalysisReport({ mode: "quarter", ...input }));
  made.push(r.id);
  return r.id;
}
async function latest(reportId: string) {
  return db.analysisReportVersion.findFirstOrThrow({
    where: { reportId },
    orderBy: { number: "desc" },
  });
}

describe("the confidential annex", () => {
  let reportId: string;
  let versionId: string;
  beforeAll(async () => {
    reportId = await draft({ quarter: "2020-Q2" });
    versionId = (await latest(reportId)).id;
    // One person of concern in A's May report and one in B's.
    for (const dept of [A, B]) {
      const person = await makeUser({ departmentId: dept.id, realName: `关注${dept.name}` });
      const r = await db.liaisonReport.findFirstOrThrow({
        where: { departmentId: dept.id, period: { key: "2020-05" }, status: { not: "DRAFT" } },
      });
      await db.staffConcern.create({
        data: {
          reportId: r.id,
          personId: person.id,
          kind: "PRESSURE",
          descriptionEnc: encryptText("描述"),
          suggestionEnc: encryptText("建议"),
        },
      });
    }
  });

  it("政治处 and LEADER read every row; a head only their own department's; staff nothing; each read audited", async () => {
    const names = (rows: { name: string }[] | null) => rows?.map((r) => r.name).sort() ?? null;
    const all = [`关注${A.name}`, `关注${B.name}`].sort();
    expect(names(await annexRows(await session(office), versionId))).toEqual(
      expect.arrayContaining(all),
    );
    expect(names(await annexRows(await session(leader), versionId))).toEqual(
      expect.arrayContaining(all),
    );
    expect(await lastAudit()).toMatchObject({
      action: "analysisReport.annex.read",
      objectId: versionId,
      result: "SUCCESS",
    });

    const mine = (await annexRows(await session(head), versionId))!;
    expect(mine.map((r) => r.name)).toEqual([`关注${A.name}`]);
    expect(mine.every((r) => r.departmentId === A.id)).toBe(true);

    const otherHead = await makeUser({ departmentId: B.id, roles: ["DEPT_HEAD", "STAFF"] });
    const theirs = (await annexRows(await session(otherHead), versionId))!;
    expect(theirs.map((r) => r.name)).not.toContain(`关注${A.name}`);

    expect(await annexRows(await session(staff), versionId)).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "analysisReport.annex.read",
      objectId: versionId,
      result: "NOT_FOUND",
    });
  });

  it("reads a version only under its own report", async () => {
    const other = await draft({ quarter: "2020-Q1" });
    expect(await annexRows(await session(office), versionId, other)).toBeNull();
    expect(await annexRows(await session(office), versionId, reportId)).not.toBeNull();
  });

  it("lists issued reports' annexes to a head, with labels only, and to nobody without the annex", async () => {
    expect(await issuedAnnexes(await session(head))).not.toContainEqual(
      expect.objectContaining({ versionId }),
    );
    await actAs(office);
    dataOf(await issueAnalysisReport({ versionId }));
    const listed = await issuedAnnexes(await session(head), 50);
    expect(listed).toContainEqual(
      expect.objectContaining({ reportId, versionId, label: expect.any(String) }),
    );
    expect(Object.keys(listed[0]).sort()).toEqual(["issuedAt", "label", "reportId", "versionId"]);
    expect(await issuedAnnexes(await session(staff))).toEqual([]);
  });
});
