// Runs the AUTO rules of a cycle's indicators over the portal's records:
// each rule once for all the sheets it applies to. Used live while the cycle
// is 打分中 (scores only), and once with evidence when the cycle leaves it
// (the snapshot, lib/appraisal/snapshot.ts).
import "server-only";

import { db } from "../../db";
import { loadConductPoints } from "../points/queries";
import type { AutoRuleKey } from "../rules";
import { conductPoints, cultureParticipation } from "./conduct-culture";
import { consultSla, followUpsOnTime, reports, talkCoverage } from "./records";
import { studyAttendance, studyPoints } from "./study";
import type { AutoContext, RuleResults } from "./types";

/** The points table: 政治处's saved values over the defaults (lib/appraisal/points). */
export { loadConductPoints };

async function liaisonsOf(departmentIds: string[]): Promise<Map<string, string>> {
  const rows = await db.department.findMany({
    where: { id: { in: departmentIds }, liaisonId: { not: null } },
    select: { id: true, liaisonId: true },
  });
  return new Map(rows.map((r) => [r.id, r.liaisonId!]));
}

export async function runRule(rule: AutoRuleKey, ctx: AutoContext): Promise<RuleResults> {
  switch (rule) {
    case "STUDY_ATTENDANCE":
      return studyAttendance(ctx);
    case "STUDY_POINTS":
      return studyPoints(ctx);
    case "REPORT_COMPLIANCE":
    case "REPORT_TIMELINESS": {
      const depts = [
        ...new Set(ctx.people.flatMap((p) => (p.departmentId ? [p.departmentId] : []))),
      ];
      return reports(
        ctx,
        rule === "REPORT_COMPLIANCE" ? "compliance" : "timeliness",
        await liaisonsOf(depts),
      );
    }
    case "TALK_COVERAGE":
      return talkCoverage(ctx);
    case "CONSULT_SLA":
      return consultSla(ctx);
    case "FOLLOWUP_ON_TIME":
      return followUpsOnTime(ctx);
    case "CONDUCT_POINTS":
      return conductPoints(ctx, await loadConductPoints());
    case "CULTURE_PARTICIPATION":
      return cultureParticipation(ctx);
  }
}
