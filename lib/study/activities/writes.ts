// Checks and writes the activity actions share. A plain module: a "use
// server" file may export actions only.
import "server-only";

import type { Tx } from "../../db";
import { ForbiddenError, NotFoundError, ValidationError } from "../../errors";
import type { AttendanceStatus } from "../types";
import { ACTIVITY_OWNER, findVisibleActivity, mayRecord, type ActivityViewer } from "./access";
import { ACTIVITY_MESSAGES } from "./schemas";

const DAY_MS = 24 * 3600_000;
const MAX_MATERIALS = 20;

/** An activity the user sees and may record (its organiser, or 政治处). */
export async function recordableActivity(tx: Tx, user: ActivityViewer, id: string) {
  const a = await findVisibleActivity(user, id, tx);
  if (!a) throw new NotFoundError();
  if (!mayRecord(user, a)) throw new ForbiddenError(ACTIVITY_MESSAGES.notRecorder);
  return a;
}

/** An activity must fall within its 专题's dates (the last day included). */
export async function checkCampaign(db: Tx, campaignId: string | null | undefined, heldAt: Date) {
  if (!campaignId) return;
  const c = await db.studyCampaign.findUnique({
    where: { id: campaignId },
    select: { startsOn: true, endsOn: true },
  });
  if (!c)
    throw new ValidationError(ACTIVITY_MESSAGES.campaignMissing, {
      campaignId: ACTIVITY_MESSAGES.campaignMissing,
    });
  if (heldAt < c.startsOn || heldAt.getTime() >= c.endsOn.getTime() + DAY_MS) {
    throw new ValidationError(ACTIVITY_MESSAGES.outsideCampaign, {
      heldAt: ACTIVITY_MESSAGES.outsideCampaign,
    });
  }
}

/** An activity keeps at most MAX_MATERIALS materials. */
export async function assertMaterialRoom(db: Tx, activityId: string) {
  if (
    (await db.attachment.count({ where: { ownerType: ACTIVITY_OWNER, ownerId: activityId } })) >=
    MAX_MATERIALS
  ) {
    throw new ValidationError(`每项活动最多上传 ${MAX_MATERIALS} 份材料`, {
      file: `每项活动最多上传 ${MAX_MATERIALS} 份材料`,
    });
  }
}

/** Saves the attendance entries by status; returns the groups and how many rows changed. */
export async function writeAttendance(
  db: Tx,
  activityId: string,
  entries: readonly { userId: string; status: AttendanceStatus | null }[],
  userId: string,
  now: Date,
) {
  const groups = new Map<AttendanceStatus | null, string[]>();
  for (const e of entries) groups.set(e.status, [...(groups.get(e.status) ?? []), e.userId]);
  let changed = 0;
  for (const [status, userIds] of groups) {
    // Only rows whose status changes get a new recorder and time.
    const res = await db.studyAttendance.updateMany({
      where: {
        activityId,
        userId: { in: userIds },
        ...(status
          ? { OR: [{ status: null }, { status: { not: status } }] }
          : { status: { not: null } }),
      },
      data: status
        ? { status, recordedById: userId, recordedAt: now }
        : { status: null, recordedById: null, recordedAt: null },
    });
    changed += res.count;
  }
  return { groups, changed };
}
