// The read-side twin of action(): every read of a confidential record, and
// every attempt at one outside the reader's scope, leaves one audit row
// (docs/security.md item 21). Found → SUCCESS, not found or not the reader's → NOT_FOUND,
// with the id that was asked for, so the auditor sees what was refused.
import "server-only";

import { requestMeta } from "../request";
import { writeAudit } from "./log";

export type AuditReader = { id: string; username: string; roles: readonly string[] };

export type ReadNote = {
  /** e.g. "talk.read" */
  action: string;
  objectType: string;
  objectId: string;
  /** Whether the record was there for this reader. */
  found: boolean;
  /** Non-secret context, e.g. { count } or { source }. */
  detail?: Record<string, unknown> | null;
  /** The client address, when the caller has it already. */
  ip?: string;
};

export async function auditRead(reader: AuditReader, note: ReadNote): Promise<void> {
  const ip = note.ip ?? (await requestMeta()).ip;
  await writeAudit({
    userId: reader.id,
    username: reader.username,
    roles: reader.roles,
    ip,
    action: note.action,
    objectType: note.objectType,
    objectId: note.objectId.slice(0, 40),
    result: note.found ? "SUCCESS" : "NOT_FOUND",
    detail: note.detail ?? null,
  });
}
