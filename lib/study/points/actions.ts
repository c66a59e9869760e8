"use server";

// 政治处 maintains the points table. Every computation reads the rules from
// the database, so a change applies at once to 我的学习 and the rankings, for
// every period. The audit row records each changed rule as "old→new".
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { markPointsChanged } from "../rankings/queries";
import { formatTenths } from "../units";
import { loadRules } from "./queries";
import { RULE_KEYS } from "./rules";
import { UpdateRulesInput } from "./schemas";

export const updatePointRules = action(
  { name: "study.points.update", permission: "study.manage", input: UpdateRulesInput },
  async ({ db, user, input, audit }) => {
    const current = await loadRules(db);
    const changed = RULE_KEYS.filter((k) => input[k] !== current[k]);
    for (const key of changed) {
      await db.studyPointRule.upsert({
        where: { key },
        create: { key, tenths: input[key], updatedById: user.id },
        update: { tenths: input[key], updatedById: user.id },
      });
    }
    Object.assign(audit, {
      objectType: "StudyPointRule",
      detail: Object.fromEntries(
        changed.map((k) => [k, `${formatTenths(current[k])}→${formatTenths(input[k])}`]),
      ),
    });
    if (changed.length) await markPointsChanged(db);
    revalidatePath("/study", "layout");
    return { changed: changed.length };
  },
);
