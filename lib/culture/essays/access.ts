// Who sees an essay entry. Calls themselves are open to the whole 院
// (culture.participate or culture.manage). An entry is visible to:
//   - its author;
//   - 政治处 (culture.manage);
//   - the call's named judges, once the call has closed (judging);
//   - everyone, once the results are published, if it won an award.
// Judging is blind: a judge who is not 政治处 sees entries by number, without
// the author, until the results are published (authorShownTo).
// Anyone else gets the same answer as for an id that does not exist.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { Viewer } from "../../auth/session";
import { db, type Tx } from "../../db";

/** Attachment.ownerType of an entry's DOCX/PDF. */
export const ESSAY_ENTRY_OWNER = "EssayEntry";

export type EssayViewer = Pick<Viewer, "id" | "roles">;

export const managesEssays = (v: EssayViewer) => can(v.roles, "culture.manage");
export const takesPart = (v: EssayViewer) =>
  can(v.roles, "culture.participate") || can(v.roles, "culture.manage");

export function entryVisibleWhere(v: EssayViewer, now: Date): Prisma.EssayEntryWhereInput {
  if (managesEssays(v)) return {};
  if (!takesPart(v)) return { id: "__none__" };
  return {
    OR: [
      { authorId: v.id },
      { call: { closesAt: { lte: now }, judges: { some: { userId: v.id } } } },
      { award: { not: null }, call: { resultsPublishedAt: { not: null } } },
    ],
  };
}

/** The entry if the viewer may see it; null otherwise (the caller answers 404). */
export async function findVisibleEntry(v: EssayViewer, id: string, tx: Tx = db) {
  return tx.essayEntry.findFirst({
    where: { AND: [{ id }, entryVisibleWhere(v, new Date())] },
    select: { id: true, callId: true, authorId: true },
  });
}

/** Whether the viewer sees who wrote the entries of a call: blind judging until results. */
export function authorShownTo(v: EssayViewer, call: { resultsPublishedAt: Date | null }): boolean {
  return managesEssays(v) || call.resultsPublishedAt !== null;
}
