// Opening a follow-up that comes from a staff-of-concern entry is reading
// confidential data (SECURITY.md 21): it leaves an audit row. An id the
// viewer may not see leaves a NOT_FOUND row, like a refused action.
import "server-only";
import { writeAudit } from "../audit/log";
import { requestMeta } from "../request";
import type { SessionUser } from "../auth/session";

export async function auditFollowUpRead(user: SessionUser, id: string, found: { sourceType: string } | null): Promise<void> {
  if (found && found.sourceType !== "CONCERN") return;
  const { ip } = await requestMeta();
  await writeAudit({
    userId: user.id, username: user.username, roles: user.roles, ip,
    action: "followup.read", objectType: "FollowUp", objectId: id.slice(0, 40),
    result: found ? "SUCCESS" : "NOT_FOUND",
    detail: found ? { source: "CONCERN" } : null,
  });
}
