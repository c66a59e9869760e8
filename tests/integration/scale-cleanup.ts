// Deletes what prisma/seed/scale.ts added to the test database for a test
// (query-budget.test.ts, scale-records.test.ts): every record of the people
// and departments in `created`, the anonymous letters added meanwhile (which
// name nobody, so they are found by the ids that were not there before), and
// the report periods the context created.
import { db } from "@/lib/db";
import type { ScaleContext } from "@/prisma/seed/scale";

/** The anonymous letters now in the database; call before adding, then pass to removeScaled. */
export async function anonymousLetterIds(): Promise<Set<string>> {
  const rows = await db.mailboxMessage.findMany({
    where: { anonymous: true },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

export async function removeScaled(
  ctx: ScaleContext | undefined,
  created: { users: string[]; departments: string[] },
  anonymousBefore: Set<string>,
) {
  const users = { in: created.users };
  const departments = { in: created.departments };
  const added = [...(await anonymousLetterIds())].filter((id) => !anonymousBefore.has(id));
  await db.mailboxMessage.deleteMany({
    where: { OR: [{ authorId: users }, { id: { in: added } }] },
  });
  await db.majorMatterReport.deleteMany({ where: { userId: users } });
  await db.studyActivity.deleteMany({ where: { organiserId: users } });
  await db.notification.deleteMany({ where: { userId: users } });
  await db.cultureEvent.deleteMany({ where: { createdById: users } });
  await db.conductRecord.deleteMany({ where: { subjectUserId: users } });
  await db.followUp.deleteMany({
    where: { OR: [{ assigneeId: users }, { departmentId: departments }] },
  });
  await db.talkRecord.deleteMany({ where: { intervieweeId: users } });
  await db.consultationTag.deleteMany({ where: { consultation: { askerId: users } } });
  await db.consultation.deleteMany({ where: { askerId: users } });
  await db.studyLog.deleteMany({ where: { userId: users } });
  await db.reportTopic.deleteMany({ where: { report: { departmentId: departments } } });
  await db.reportEvent.deleteMany({ where: { report: { departmentId: departments } } });
  await db.liaisonReport.deleteMany({ where: { departmentId: departments } });
  if (ctx) await db.reportPeriod.deleteMany({ where: { id: { in: ctx.createdPeriodIds } } });
  await db.department.updateMany({
    where: { id: departments },
    data: { headId: null, liaisonId: null, leaderId: null },
  });
  await db.userSession.deleteMany({ where: { userId: users } });
  await db.roleAssignment.deleteMany({ where: { userId: users } });
  await db.user.updateMany({ where: { id: users }, data: { departmentId: null } });
  await db.user.deleteMany({ where: { id: users } });
  await db.department.deleteMany({ where: { id: departments } });
}
