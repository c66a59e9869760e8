// Where a follow-up's source record lives, for a viewer who may open it
// there: the staff-of-concern entry's report, the talk, the letter, the
// consultation, the meeting or the deployment. Nobody else gets a link.
import "server-only";

import { can } from "../auth/permissions";
import { db } from "../db";
import { isMailboxHandler } from "../mailbox/queries";
import { talkScope } from "../talks/queries";
import type { Viewer } from "./access";

export type SourceLink = { href: string; label: string } | null;

/** Where the source record lives, when this viewer may open it there. */
export async function sourceLinkFor(
  viewer: Viewer,
  f: {
    sourceType: string;
    sourceId: string | null;
    concern: { reportId: string; report: { departmentId: string } } | null;
  },
): Promise<SourceLink> {
  if (f.sourceType === "CONCERN" && f.concern) {
    // 院领导 (report.readSummary) opens the report too, without the concern entries' detail.
    const mayRead =
      can(viewer.roles, "report.readAll") ||
      can(viewer.roles, "report.readSummary") ||
      (can(viewer.roles, "report.readDepartment") &&
        viewer.departmentId === f.concern.report.departmentId);
    return mayRead ? { href: `/reports/${f.concern.reportId}`, label: "查看思想动态报告" } : null;
  }
  if (f.sourceType === "TALK" && f.sourceId) {
    // Only someone who may see the talk itself gets the link (never its interviewee).
    const t = await db.talkRecord.findFirst({
      where: { AND: [{ id: f.sourceId }, talkScope(viewer)] },
      select: { id: true },
    });
    return t ? { href: `/talks/${t.id}`, label: "查看谈话记录" } : null;
  }
  if (f.sourceType === "MAILBOX" && f.sourceId) {
    return (await isMailboxHandler(db, viewer.id))
      ? { href: `/mailbox/inbox/${f.sourceId}`, label: "查看来信" }
      : null;
  }
  if (f.sourceType === "CONSULTATION" && f.sourceId) {
    return can(viewer.roles, "consult.answer")
      ? { href: `/consult/${f.sourceId}`, label: "查看改革咨询" }
      : null;
  }
  if (!f.sourceId || !can(viewer.roles, "direction.read")) return null;
  if (f.sourceType === "MEETING") {
    const m = await db.meeting.findUnique({ where: { id: f.sourceId }, select: { id: true } });
    return m ? { href: `/direction/meetings/${m.id}`, label: "查看会议" } : null;
  }
  if (f.sourceType === "DEPLOYMENT") {
    // A deployment, or one department's assignment of it.
    const d =
      (await db.deployment.findUnique({ where: { id: f.sourceId }, select: { id: true } })) ??
      (await db.deploymentAssignment
        .findUnique({ where: { id: f.sourceId }, select: { deploymentId: true } })
        .then((a) => (a ? { id: a.deploymentId } : null)));
    return d ? { href: `/direction/deployments/${d.id}`, label: "查看部署事项" } : null;
  }
  return null;
}
