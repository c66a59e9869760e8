// Leaving 打分中 (→ 校准): every result is frozen with the records behind it,
// and each sheet gets its total, ranks and grade. From then on the cycle's
// figures come from these rows, and no later record changes them. Refused
// while a named scorer has not scored.
import "server-only";

import type { Tx } from "../../db";
import { ConflictError } from "../../errors";
import { computeCycle } from "./compute";

const BATCH = 500;

export async function snapshotCycle(tx: Tx, cycleId: string, now: Date) {
  const { outcomes } = await computeCycle(cycleId, { now, withEvidence: true, closing: true });
  const missing = outcomes.reduce((n, o) => n + (o.total.complete ? 0 : o.total.pending.length), 0);
  if (missing > 0)
    throw new ConflictError(`还有 ${missing} 项评分未完成，请催办评分人后再进入校准`);
  const rows = outcomes.flatMap((o) =>
    Object.entries(o.results).map(([indicatorId, r]) => ({
      sheetId: o.id,
      indicatorId,
      kind: r.kind,
      centi: r.kind === "SCORED" ? r.centi : null,
      detail: r.detail,
      evidence: r.evidence.length > 0 ? JSON.stringify(r.evidence) : null,
      computedAt: now,
    })),
  );
  await tx.appraisalResult.deleteMany({ where: { sheet: { cycleId } } });
  for (let i = 0; i < rows.length; i += BATCH)
    await tx.appraisalResult.createMany({ data: rows.slice(i, i + BATCH) });
  for (const o of outcomes) {
    const total = o.total.complete ? o.total.totalCenti : null;
    await tx.appraisalSheet.update({
      where: { id: o.id },
      data: {
        totalCenti: total,
        categoryCenti: JSON.stringify(o.total.byCategory),
        rankOverall: o.rankOverall,
        rankInDept: o.rankInDept,
        grade: o.grade,
        finalTotalCenti: total,
        finalGrade: o.grade,
        computedAt: now,
      },
    });
  }
  await tx.appraisalCycle.update({
    where: { id: cycleId },
    data: { snapshotAt: now, updatedAt: now },
  });
  return { sheets: outcomes.length, results: rows.length };
}
