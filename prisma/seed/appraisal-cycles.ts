// The appraisal's two demo cycles, written after the main seed has committed,
// because they run the app's own code (launch, AUTO rules, snapshot), which
// reads the committed records of the other domains:
//   - 2025 年度: every state passed through — scored, snapshotted, two
//     calibrations with reasons, 公示, three objections (two upheld, one
//     adjusted), archived, and a 院级业务标兵 batch whose five approved
//     nominations became commendations on the honours wall;
//   - 2026 年度: 打分中, its deadline two days ago, with some scorers late.
// Story dates move with the anchor (prisma/seed/clock.ts); ids are stable.
// If a step fails, the cycles written so far are removed again.
import { launchCycle } from "../../lib/appraisal/cycles/launch";
import { createCycleFrom } from "../../lib/appraisal/cycles/setup";
import { snapshotCycle } from "../../lib/appraisal/results/snapshot";
import { rerank } from "../../lib/appraisal/review/writes";
import { db } from "../../lib/db";
import type { Tx } from "../../lib/db-client";
import { honours } from "./appraisal-honours";
import { storyAt } from "./clock";
import { Rng, stableId } from "./random";

// A batch job: the timeout only guards against a hang (a 100× cycle takes minutes).
export const TX = { timeout: 3_600_000, maxWait: 60_000 };
export const ID_2025 = stableId("appraisal-cycle:2025");
const ID_2026 = stableId("appraisal-cycle:2026");

const yearOf = (d: Date) => Number(d.toISOString().slice(0, 4));

export async function officeUser(tx: Tx) {
  return tx.user.findFirstOrThrow({
    where: { roles: { some: { role: "POLITICAL_OFFICE" } }, status: "ACTIVE" },
    orderBy: { employeeNo: "asc" },
    select: { id: true },
  });
}

/**
 * Scores a share of the cycle's open tasks, 72–96, with a reason at the
 * extremes: one update per score value rather than per task (thousands).
 */
export async function score(tx: Tx, cycleId: string, rng: Rng, share: number, at: Date) {
  const tasks = await tx.appraisalAssignment.findMany({
    where: { sheet: { cycleId }, scoredAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const byCenti = new Map<number, string[]>();
  let n = 0;
  for (const t of tasks) {
    if (!rng.chance(share)) continue;
    const centi = rng.int(72, 96) * 100 + rng.pick([0, 50]);
    byCenti.set(centi, [...(byCenti.get(centi) ?? []), t.id]);
    n++;
  }
  for (const [centi, ids] of byCenti)
    for (let i = 0; i < ids.length; i += 500)
      await tx.appraisalAssignment.updateMany({
        where: { id: { in: ids.slice(i, i + 500) } },
        data: {
          centi,
          reason: centi >= 9500 ? "全年工作成效突出，群众评价高" : null,
          scoredAt: at,
        },
      });
  return n;
}

async function cycle2025(template: string, rng: Rng) {
  const launched = storyAt("2026-01-05T09:00");
  const po = await officeUser(db);
  await db.$transaction(async (tx) => {
    await createCycleFrom(tx, {
      title: `${yearOf(storyAt("2025-07-01"))} 年度工作人员绩效考评`,
      year: yearOf(storyAt("2025-07-01")),
      half: null,
      source: { templateId: template },
      createdById: po.id,
      id: ID_2025,
      newId: stableId,
    });
    await tx.appraisalCycle.update({
      where: { id: ID_2025 },
      data: {
        status: "SCORING",
        scoringDueAt: storyAt("2026-01-20"),
        createdAt: storyAt("2025-12-20"),
      },
    });
    await launchCycle(tx, ID_2025, launched, { newId: stableId, notify: false });
    await score(tx, ID_2025, rng, 1, storyAt("2026-01-16T15:00"));
  }, TX);
  const snapped = storyAt("2026-01-25T10:00");
  await db.$transaction(async (tx) => {
    await tx.appraisalCycle.update({
      where: { id: ID_2025 },
      data: { status: "CALIBRATION", updatedAt: snapped },
    });
    await snapshotCycle(tx, ID_2025, snapped);
  }, TX);
  return db.$transaction(async (tx) => {
    const sheets = await tx.appraisalSheet.findMany({
      where: { cycleId: ID_2025, subjectType: "PERSON", finalTotalCenti: { not: null } },
      orderBy: { rankOverall: "asc" },
    });
    // Two calibrations with their reasons.
    for (const [i, delta, reason] of [
      [3, 150, "承办的两起重大案件获评市级精品案件，部门评分未能体现"],
      [sheets.length - 4, -120, "年内两次迟报动态信息，经政治处核实予以校准"],
    ] as const) {
      const s = sheets[i];
      await tx.appraisalSheet.update({
        where: { id: s.id },
        data: { finalTotalCenti: s.finalTotalCenti! + delta },
      });
      await tx.appraisalAdjustment.create({
        data: {
          id: stableId(`appraisal-adj:${s.id}`),
          sheetId: s.id,
          kind: "CALIBRATION",
          beforeCenti: s.finalTotalCenti!,
          afterCenti: s.finalTotalCenti! + delta,
          beforeGrade: s.finalGrade,
          reason,
          byId: po.id,
          createdAt: storyAt("2026-01-26T16:00"),
        },
      });
    }
    await rerank(tx, ID_2025, true);
    await tx.appraisalCycle.update({
      where: { id: ID_2025 },
      data: {
        status: "PUBLICITY",
        lockedAt: storyAt("2026-01-27T09:00"),
        publicityStartsAt: storyAt("2026-01-27T09:00"),
        publicityEndsAt: storyAt("2026-02-03"),
      },
    });
    // Three objections: two upheld, one adjusted.
    const ranked = await tx.appraisalSheet.findMany({
      where: { cycleId: ID_2025, subjectType: "PERSON", finalTotalCenti: { not: null } },
      orderBy: { rankOverall: "desc" },
      take: 3,
    });
    for (const [k, s] of ranked.entries()) {
      const adjusted = k === 0;
      await tx.appraisalObjection.create({
        data: {
          id: stableId(`appraisal-objection:${s.id}`),
          sheetId: s.id,
          filedById: s.userId!,
          filedAt: storyAt("2026-01-29T10:00"),
          body: adjusted
            ? "本人全年承办案件数量居部门前列，个人职责目标评分未体现，请予复核。"
            : "民主测评结果与本人实际表现不符，请予复核。",
          status: adjusted ? "ADJUSTED" : "UPHELD",
          answer: adjusted
            ? "经复核部门案件台账，补计办案数量，总分上调 2 分。"
            : "经复核，评分程序和结果无误，维持原结果。",
          answeredById: po.id,
          answeredAt: storyAt("2026-02-05T15:00"),
        },
      });
      if (adjusted) {
        await tx.appraisalAdjustment.create({
          data: {
            id: stableId(`appraisal-adj-obj:${s.id}`),
            sheetId: s.id,
            kind: "OBJECTION",
            beforeCenti: s.finalTotalCenti!,
            afterCenti: s.finalTotalCenti! + 200,
            beforeGrade: s.finalGrade,
            afterGrade: s.finalGrade,
            reason: "经复核部门案件台账，补计办案数量，总分上调 2 分。",
            byId: po.id,
            createdAt: storyAt("2026-02-05T15:00"),
          },
        });
        await tx.appraisalSheet.update({
          where: { id: s.id },
          data: { finalTotalCenti: s.finalTotalCenti! + 200 },
        });
      }
    }
    await rerank(tx, ID_2025, false);
    await tx.appraisalCycle.update({
      where: { id: ID_2025 },
      data: {
        status: "ARCHIVED",
        archivedAt: storyAt("2026-02-10T09:00"),
        updatedAt: storyAt("2026-02-10T09:00"),
      },
    });
    return honours(tx, ID_2025, po.id);
  }, TX);
}

async function cycle2026(rng: Rng) {
  const po = await officeUser(db);
  return db.$transaction(async (tx) => {
    await createCycleFrom(tx, {
      title: `${yearOf(storyAt("2026-07-01"))} 年度工作人员绩效考评`,
      year: yearOf(storyAt("2026-07-01")),
      half: null,
      source: { copyFromId: ID_2025 },
      createdById: po.id,
      id: ID_2026,
      newId: stableId,
    });
    await tx.appraisalCycle.update({
      where: { id: ID_2026 },
      data: {
        status: "SCORING",
        scoringDueAt: storyAt("2026-11-05"),
        createdAt: storyAt("2026-10-15"),
      },
    });
    const at = storyAt("2026-10-20T09:00");
    const launched = await launchCycle(tx, ID_2026, at, {
      newId: stableId,
    });
    await tx.appraisalCycle.update({ where: { id: ID_2026 }, data: { updatedAt: at } });
    const scored = await score(tx, ID_2026, rng, 0.7, storyAt("2026-10-28T16:00"));
    return { tasks: launched.tasks, scored };
  }, TX);
}

export async function seedAppraisalCycles() {
  const rng = new Rng(20260101);
  const template = await db.appraisalTemplate.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  try {
    const honoured = await cycle2025(template.id, rng);
    const now = await cycle2026(rng);
    return { honoured, ...now };
  } catch (e) {
    await db.appraisalCycle.deleteMany({ where: { id: { in: [ID_2026, ID_2025] } } });
    await db.conductRecord.deleteMany({
      where: { honourNomination: { batchId: stableId("honour-batch:2025") } },
    });
    throw e;
  } finally {
    await db.$disconnect();
  }
}
