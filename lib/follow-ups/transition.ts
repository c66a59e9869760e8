// Applies one state-machine event to one follow-up, inside the action's
// transaction: scope check, state machine, a conditional update (so two
// concurrent clicks cannot both win), the timeline row and the audit note.
import "server-only";

import type { AuditNote } from "../action";
import type { SessionUser } from "../auth/session";
import { encryptText } from "../crypto";
import type { Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { canManageFollowUps, followUpScope } from "./access";
import {
  actorKindsOf,
  decideTransition,
  DENIED_MESSAGES,
  EVENT_ACTOR,
  type FollowUpEvent,
  type FollowUpStatus,
} from "./state";

export type TransitionTarget = {
  id: string;
  title: string;
  status: FollowUpStatus;
  assigneeId: string | null;
  createdById: string | null;
};

type Write = {
  /** Extra fields written with the new status (assignee, due date…). */
  patch?: { assigneeId?: string; dueDate?: Date; priority?: string };
  /** The timeline note, stored encrypted. */
  note?: string | null;
};

type Options = Write & {
  /** Checks that need the follow-up and may shape the write; run before anything is written. */
  prepare?: (f: TransitionTarget) => Promise<Write>;
};

/**
 * Refuses a 政治处-only event before any database access, with a message
 * that says who may do it (docs/security.md item 9; issue 3: "a close by anyone but 政治处").
 */
export function assertEventActor(user: SessionUser, event: FollowUpEvent): void {
  if (EVENT_ACTOR[event] === "MANAGER" && !canManageFollowUps(user))
    throw new ForbiddenError(DENIED_MESSAGES[event]);
}

export async function applyTransition(
  db: Tx,
  user: SessionUser,
  audit: AuditNote,
  id: string,
  event: FollowUpEvent,
  opts: Options = {},
) {
  // Named first, so that even a refused attempt's audit row says what was targeted.
  Object.assign(audit, { objectType: "FollowUp", objectId: id });
  assertEventActor(user, event);
  const f = (await db.followUp.findFirst({
    where: { AND: [{ id }, followUpScope(user)] },
    select: { id: true, title: true, status: true, assigneeId: true, createdById: true },
  })) as TransitionTarget | null;
  if (!f) throw new NotFoundError();

  const actors = actorKindsOf({ id: user.id, canManage: canManageFollowUps(user) }, f);
  const decision = decideTransition(f.status, event, actors, f.assigneeId !== null);
  if (!decision.ok)
    throw decision.reason === "ACTOR"
      ? new ForbiddenError(decision.message)
      : new ConflictError(decision.message);
  const write = { ...opts, ...(await opts.prepare?.(f)) };

  const now = new Date();
  const stamps =
    decision.to === "RESOLVED"
      ? { resolvedAt: now }
      : decision.to === "CLOSED"
        ? { closedAt: now }
        : decision.kind === "REOPENED"
          ? { resolvedAt: null, closedAt: null }
          : {};
  // Conditional on the status we decided from: a concurrent change makes this a no-op, and we say so.
  const { count } = await db.followUp.updateMany({
    where: { id: f.id, status: f.status, assigneeId: f.assigneeId },
    data: { status: decision.to, ...stamps, ...write.patch },
  });
  if (count !== 1) throw new ConflictError("该督办事项刚被他人处理，请刷新页面后重试");
  await db.followUpUpdate.create({
    data: {
      followUpId: f.id,
      authorId: user.id,
      kind: decision.kind,
      noteEnc: write.note ? encryptText(write.note) : null,
    },
  });
  Object.assign(audit, { detail: { from: f.status, to: decision.to, kind: decision.kind } });
  return { followUp: f, from: f.status, to: decision.to, kind: decision.kind };
}
