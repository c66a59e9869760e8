// 年度目标 reads, open to every business role (direction.read).
import "server-only";

import { db } from "../../db";

export async function listGoals(year: number) {
  return db.goal.findMany({
    where: { year },
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      year: true,
      title: true,
      description: true,
      status: true,
      _count: { select: { deployments: true } },
    },
  });
}

export async function getGoalForEdit(id: string) {
  return db.goal.findUnique({
    where: { id },
    select: { id: true, year: true, title: true, description: true, status: true },
  });
}

export async function listGoalOptions() {
  return db.goal.findMany({
    orderBy: [{ year: "desc" }, { createdAt: "asc" }],
    take: 100,
    select: { id: true, year: true, title: true },
  });
}
