"use server";

// 政治处 edits the 履职表现加减分表 (appraisal.manage). The table is read live
// by the CONDUCT_POINTS rule, so a change applies at once to every cycle
// still 打分中; a cycle past its snapshot keeps the scores frozen then.
//
// A save writes all its changed keys or none (the wrapper's transaction), and
// takes the table's lock first (PostgreSQL: an advisory lock; SQLite: the
// write transaction itself), so two saves take turns. A key the user changed
// whose value is no longer the one their form showed (`basis`) was changed by
// someone else meanwhile: the save is refused rather than overwrite it. A key
// the user left as it was is not written. The audit row records each changed
// key as "before → after".
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { lockKey } from "../../auth/throttle";
import { ConflictError } from "../../errors";
import { CONDUCT_POINT_KEYS, DEFAULT_CONDUCT_POINTS } from "../conduct-points";
import { forgetLiveResults } from "../results/compute";
import { conductPointsLabel, loadConductPoints } from "./queries";
import { formatPoints, ResetPointInput, SavePointsInput } from "./schemas";

const LOCK = "appraisal-conduct-points";

export const saveConductPoints = action(
  { name: "appraisal.points.save", permission: "appraisal.manage", input: SavePointsInput },
  async ({ db, user, input, audit, onCommit }) => {
    await lockKey(db, LOCK);
    // Open cycles' live sheets score by the new points from the next view on.
    onCommit(async () => forgetLiveResults());
    const current = await loadConductPoints(db);
    const changes: { key: string; before: number; after: number }[] = [];
    for (const key of CONDUCT_POINT_KEYS) {
      const after = input.points[key];
      const basis = input.basis[key];
      if (after === undefined || after === basis || after === current[key]) continue;
      if (basis !== undefined && basis !== current[key]) {
        const { item } = conductPointsLabel(key);
        const message = `“${item}”的分值已被他人改为 ${formatPoints(current[key])}，请刷新页面后重新填写`;
        throw new ConflictError(message, { [`points.${key}`]: message });
      }
      changes.push({ key, before: current[key], after });
    }
    for (const c of changes)
      await db.conductPointRule.upsert({
        where: { key: c.key },
        create: { key: c.key, centi: c.after, updatedById: user.id },
        update: { centi: c.after, updatedById: user.id },
      });
    audit.objectType = "ConductPointRule";
    audit.detail = {
      changed: changes.length,
      ...Object.fromEntries(
        changes.map((c) => [c.key, `${formatPoints(c.before)} → ${formatPoints(c.after)}`]),
      ),
    };
    revalidatePath("/appraisal", "layout");
    return { changed: changes.length };
  },
);

/** 恢复默认: the key's saved value is removed, so it follows the default again. */
export const resetConductPoint = action(
  { name: "appraisal.points.reset", permission: "appraisal.manage", input: ResetPointInput },
  async ({ db, input, audit, onCommit }) => {
    await lockKey(db, LOCK);
    onCommit(async () => forgetLiveResults());
    const saved = await db.conductPointRule.findUnique({ where: { key: input.key } });
    audit.objectType = "ConductPointRule";
    audit.objectId = input.key;
    if (!saved) {
      audit.detail = { reset: false };
      return { reset: false };
    }
    await db.conductPointRule.delete({ where: { key: input.key } });
    const fallback = DEFAULT_CONDUCT_POINTS[input.key];
    audit.detail = {
      reset: true,
      [input.key]: `${formatPoints(saved.centi)} → ${formatPoints(fallback)}`,
    };
    revalidatePath("/appraisal", "layout");
    return { reset: true };
  },
);
