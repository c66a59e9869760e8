// Who may review which study-log entries, and the one-day hours total. Used
// by both the queries and the actions (inside their transaction).
//
// Reviewers (DOMAIN 三主 4, "政治处 or the branch secretary"):
//   - 政治处 (study.manage) reviews everyone's entries;
//   - the branch secretary reviews their own department's. The portal keeps
//     no separate party-branch roster, so the department head stands in as
//     支部书记: under 一岗双责 the head is responsible for the department's
//     ideological and political work, and in this 院 each department is one
//     party branch. The head's post (Department.headId) decides, together
//     with the DEPT_HEAD role that follows it.
//   - nobody reviews their own entries: a head's own go to 政治处, and a
//     政治处 member's to a colleague.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { dbProvider, type Tx } from "../../db";
import { DAY_LIMIT_TENTHS } from "./schemas";

/** The where-clause of the entries `user` may review, or null when they review none. */
export async function reviewScope(
  client: Tx,
  user: SessionUser,
): Promise<Prisma.StudyLogWhereInput | null> {
  const notOwn = { userId: { not: user.id } };
  if (can(user.roles, "study.manage")) return notOwn;
  // Not a permission: the head reviews only the department they head (headId below), and the DEPT_HEAD role follows that post.
  if (!user.roles.includes("DEPT_HEAD")) return null;
  const headed = await client.department.findMany({
    where: { headId: user.id },
    select: { id: true },
  });
  if (headed.length === 0) return null;
  return { ...notOwn, user: { departmentId: { in: headed.map((d) => d.id) } } };
}

/** Tenths already logged by `userId` on the day `studiedOn` (its Shanghai midnight), other than `exceptId`. */
/**
 * Serialises one person's study-log writes until the transaction ends, so
 * that two entries submitted at the same moment cannot both pass the 24-hour
 * check (each reads the day's total, then writes). On SQLite, transactions
 * already run one at a time (BEGIN IMMEDIATE, docs/database.md).
 */
export async function lockPersonsLog(client: Tx, userId: string): Promise<void> {
  if (dbProvider === "postgresql")
    await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`study.log:${userId}`}))`;
}

export async function dayTotalTenths(
  client: Tx,
  userId: string,
  studiedOn: Date,
  exceptId?: string,
): Promise<number> {
  const agg = await client.studyLog.aggregate({
    where: {
      userId,
      studiedOn: { gte: studiedOn, lt: new Date(studiedOn.getTime() + 24 * 3600_000) },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    _sum: { tenths: true },
  });
  return agg._sum.tenths ?? 0;
}

/** The Chinese refusal when a day would exceed 24 hours, or null. */
export function dayLimitMessage(already: number, adding: number): string | null {
  if (already + adding <= DAY_LIMIT_TENTHS) return null;
  return `该日已登记 ${already / 10} 小时，当日合计不能超过 24 小时（最多还可登记 ${Math.max(0, DAY_LIMIT_TENTHS - already) / 10} 小时）`;
}
