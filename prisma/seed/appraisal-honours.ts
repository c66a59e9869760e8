// The 2025 cycle's 评先评优 batch for the demo: the top 优秀 sheets pass
// 部门 → 政治处 → 党组 and become 院级业务标兵 commendations through the same
// conduct service the app uses (prisma/seed/appraisal-cycles.ts calls this).
import { recordCommendation } from "../../lib/conduct/commend";
import type { Tx } from "../../lib/db-client";
import { storyAt } from "./clock";
import { stableId } from "./random";

/** 院级业务标兵: up to the top five 优秀 pass 部门 → 政治处 → 党组 and become commendations. */
export async function honours(tx: Tx, cycleId: string, poId: string) {
  const batch = await tx.honourBatch.create({
    data: {
      id: stableId("honour-batch:2025"),
      cycleId: cycleId,
      title: "年度院级业务标兵评选",
      honourTitle: "业务标兵",
      level: "COURT",
      quota: 5,
      eligibleGrades: JSON.stringify(["EXCELLENT"]),
      status: "CLOSED",
      createdById: poId,
      createdAt: storyAt("2026-02-12T09:00"),
    },
  });
  const top = await tx.appraisalSheet.findMany({
    where: { cycleId: cycleId, finalGrade: "EXCELLENT" },
    orderBy: { rankOverall: "asc" },
    take: 5,
  });
  const leader = await tx.user.findFirstOrThrow({
    where: { roles: { some: { role: "LEADER" } } },
    orderBy: { employeeNo: "asc" },
  });
  for (const s of top) {
    const dept = await tx.department.findUnique({
      where: { id: s.departmentId! },
      select: { headId: true },
    });
    const head = dept?.headId && dept.headId !== s.userId ? dept.headId : poId;
    const approved = storyAt("2026-02-26T10:00");
    const recordId = await recordCommendation(
      tx,
      {
        subjectUserId: s.userId!,
        honourTitle: "业务标兵",
        level: "COURT",
        occurredOn: approved,
        issuer: "本院",
        docNo: "梁检〔2026〕8号",
        title: "年度院级业务标兵",
        description: "经年度绩效考评、部门推荐、政治处审核和党组审定，授予院级“业务标兵”称号。",
        byId: leader.id,
      },
      approved,
      { notify: false },
    );
    const n = await tx.honourNomination.create({
      data: {
        id: stableId(`honour-nomination:${s.id}`),
        batchId: batch.id,
        sheetId: s.id,
        nomineeId: s.userId!,
        departmentId: s.departmentId,
        nominatedById: head,
        deeds: "全年办案质效突出，所办案件无一错案，积极参与检察文化建设，年度考评位居全院前列。",
        stage: "APPROVED",
        updatedAt: storyAt("2026-02-26T10:00"),
        conductRecordId: recordId,
        createdAt: storyAt("2026-02-14T10:00"),
      },
    });
    const reviews = [
      ["DEPARTMENT", head, "同意推荐", "2026-02-16"],
      ["OFFICE", poId, "符合评选条件", "2026-02-20"],
      ["PARTY_GROUP", leader.id, "党组审定同意", "2026-02-26"],
    ] as const;
    for (const [stage, reviewerId, opinion, on] of reviews)
      await tx.honourReview.create({
        data: {
          id: stableId(`honour-review:${n.id}:${stage}`),
          nominationId: n.id,
          stage,
          decision: "PASS",
          opinion,
          reviewerId,
          createdAt: storyAt(`${on}T10:00`),
        },
      });
  }
  return top.length;
}
