// Opening a follow-up is reading confidential data (SECURITY.md 21): its
// timeline notes may concern a person, a letter or a talk. Every read leaves
// an audit row; an id the viewer may not see leaves a NOT_FOUND row.
import "server-only";
import { writeAudit } from "../audit/log";
import { requestMeta } from "../request";
import type { SessionUser } from "../auth/session";

export async function auditFollowUpRead(user: SessionUser, id: string, found: { sourceType: string } | null): Promise<void> {
  const { ip } = await requestMeta();
  await writeAudit({
    userId: user.id, username: user.username, roles: user.roles, ip,
    action: "followup.read", objectType: "FollowUp", objectId: id.slice(0, 40),
    result: found ? "SUCCESS" : "NOT_FOUND",
    detail: found ? { source: found.sourceType } : null,
  });
}
