// zod schemas of 年度目标, shared by the form and the actions.
import { z } from "zod";

import { id, intInRange, text } from "../../forms/fields";
import { GOAL_STATUSES } from "../labels";
import { LIMITS, longText, MAX_YEAR, MIN_YEAR } from "../schemas";

const goalFields = {
  year: intInRange("年度", MIN_YEAR, MAX_YEAR),
  title: text("目标名称", LIMITS.goalTitle),
  description: longText("目标说明", LIMITS.goalDescription),
  status: z.enum(GOAL_STATUSES, { error: "请选择目标状态" }),
};
export const CreateGoalInput = z.object(goalFields);
export const UpdateGoalInput = z.object({ id: id("年度目标"), ...goalFields });
