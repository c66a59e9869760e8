"use server";

// 年度目标 writes: leadership and 政治处 (direction.manage) set the year's goals.
import { action } from "../../action";
import type { Tx } from "../../db";
import { ConflictError, NotFoundError } from "../../errors";
import { revalidateDirection } from "../writes";
import { CreateGoalInput, UpdateGoalInput } from "./schemas";

async function assertGoalTitleFree(db: Tx, year: number, title: string, exceptId?: string) {
  const clash = await db.goal.findFirst({
    where: { year, title, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new ConflictError("本年度已有同名目标", { title: "本年度已有同名目标" });
}

export const createGoal = action(
  { name: "direction.goal.create", permission: "direction.manage", input: CreateGoalInput },
  async ({ db, user, input, audit }) => {
    await assertGoalTitleFree(db, input.year, input.title);
    const goal = await db.goal.create({
      data: { ...input, createdById: user.id },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "Goal",
      objectId: goal.id,
      detail: { year: input.year, status: input.status },
    });
    revalidateDirection();
    return { id: goal.id, year: input.year };
  },
);

export const updateGoal = action(
  { name: "direction.goal.update", permission: "direction.manage", input: UpdateGoalInput },
  async ({ db, input, audit }) => {
    const { id, ...data } = input;
    if (!(await db.goal.findUnique({ where: { id }, select: { id: true } })))
      throw new NotFoundError();
    await assertGoalTitleFree(db, data.year, data.title, id);
    await db.goal.update({ where: { id }, data });
    Object.assign(audit, {
      objectType: "Goal",
      objectId: id,
      detail: { year: data.year, status: data.status },
    });
    revalidateDirection();
    return { id, year: data.year };
  },
);
