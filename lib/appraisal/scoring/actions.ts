"use server";

// A scorer's MANUAL scores. Named scoring is audited like any write. 民主测评
// is declared anonymous: no audit row names the colleague who scored, so
// that neither the audit log nor the task table ties a peer score to a
// person (the task holds only a keyed token).
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { ScoreTaskInput } from "./schemas";
import { saveTask } from "./writes";

export const scoreAppraisalTask = action(
  { name: "appraisal.score", permission: "appraisal.score", input: ScoreTaskInput },
  async ({ db, user, input, audit }) => {
    const r = await saveTask(db, user, input, false, new Date());
    audit.objectType = "AppraisalAssignment";
    audit.objectId = r.taskId;
    revalidatePath(`/appraisal/${r.cycleId}/score`);
    return { ok: true as const };
  },
);

export const scorePeerTask = action(
  {
    name: "appraisal.score.peer",
    permission: "appraisal.score",
    input: ScoreTaskInput,
    anonymous: true,
  },
  async ({ db, user, input }) => {
    const r = await saveTask(db, user, input, true, new Date());
    revalidatePath(`/appraisal/${r.cycleId}/score`);
    return { ok: true as const };
  },
);
