// Helpers shared by the actions of 党组引航's sub-features (goals/, meetings/,
// deployments/). A plain module: a "use server" file may export actions only.
import "server-only";

import { revalidatePath } from "next/cache";

import type { Tx } from "../db";
import { ConflictError } from "../errors";

export const INVALID = "提交的内容有误，请按提示修改";

export function revalidateDirection() {
  revalidatePath("/direction", "layout");
}

/** A meeting decision or a deployment (or one of its departments) is put under 督办 once at a time. */
export async function assertNoOpenFollowUp(
  db: Tx,
  where: { sourceType: string; sourceId: string; departmentId?: string | null; title?: string },
) {
  const open = await db.followUp.findFirst({
    where: { ...where, status: { not: "CLOSED" } },
    select: { id: true },
  });
  if (open) throw new ConflictError("该事项已在督办中，请到督办台查看");
}
