// Opens a follow-up (督办) from any source, inside the caller's transaction.
// Used by the follow-up board itself and by the modules that feed it
// (staff-of-concern entries, meeting decisions, deployments, later the
// mailbox, talks and early warnings).
import "server-only";

import { encryptText } from "../crypto";
import type { Tx } from "../db";
import type { FollowUpSource } from "./sources";

// Kept here too: callers import the sources from this module.
export { FOLLOW_UP_SOURCES, type FollowUpSource } from "./sources";

export type OpenFollowUp = {
  title: string;
  sourceType: FollowUpSource;
  sourceId?: string | null;
  concernId?: string | null;
  departmentId?: string | null;
  createdById?: string | null;
  priority?: "LOW" | "NORMAL" | "HIGH";
  note?: string | null;
};

export async function openFollowUp(tx: Tx, f: OpenFollowUp): Promise<{ id: string }> {
  const created = await tx.followUp.create({
    data: {
      title: f.title.slice(0, 120),
      sourceType: f.sourceType,
      sourceId: f.sourceId ?? null,
      concernId: f.concernId ?? null,
      departmentId: f.departmentId ?? null,
      createdById: f.createdById ?? null,
      priority: f.priority ?? "NORMAL",
      status: "OPEN",
    },
    select: { id: true },
  });
  await tx.followUpUpdate.create({
    data: {
      followUpId: created.id,
      authorId: f.createdById ?? null,
      kind: "CREATED",
      noteEnc: f.note ? encryptText(f.note) : null,
    },
  });
  return created;
}
