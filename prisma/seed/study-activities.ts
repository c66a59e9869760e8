// 两学一做 study activities (deterministic):
//   - the campaign "两学一做学习教育" (2025-11-01 … 2026-12-31);
//   - 40 activities in the year before the reference date: 三会一课 in each of
//     three party branches about every five to six weeks, two 一把手讲党课,
//     党员评议, three 专题辅导讲座, two 座谈会, the 写党章、话党建、叙传承 writing
//     activity, and a 三合 education session for each theme;
//   - attendance recorded by the organiser: about 85–95% present per activity,
//     some on leave, a few absent;
//   - three upcoming activities, not yet recorded, whose expected attendees
//     were notified: one for 第一检察部 (staff1 expected) organised by head1.
// The year's activities are story dates, moved by whole months onto the
// anchor (prisma/seed/clock.ts); the upcoming ones are 5, 12 and 26 days
// after the anchor day, and the campaign runs to the end of the month of the last.
// The plans are made in study-activities/{branches,campaign-wide}.ts.
import type { Tx } from "../../lib/db-client";
import { formatDateTime } from "../../lib/format";
import { activityKindLabel, type AttendanceStatus } from "../../lib/study/types";
import { daysAfter, SEED_REFERENCE_DATE, wallParts } from "./clock";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";
import { branchPlans } from "./study-activities/branches";
import { campaignWidePlans, upcomingPlans } from "./study-activities/campaign-wide";
import { at, studyPeople } from "./study-activities/people";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export async function seedStudyActivities(tx: Tx, org: Organisation) {
  const rng = new Rng(20261101);
  const people = studyPeople(org);
  const { zzc } = people;

  // Upcoming, after the anchor: not recorded yet, attendees notified.
  const upcomingAt = [daysAfter(5, 14, 30), daysAfter(12, 14, 30), daysAfter(26, 14, 30)];
  const lastUpcoming = wallParts(upcomingAt[2]);
  const endOfLastMonth = new Date(
    Date.UTC(lastUpcoming.year, lastUpcoming.month, 0) - 8 * 3600_000,
  );
  const storyEnd = at("2026-12-31T00:00");
  const campaign = {
    id: stableId("study-campaign:lxyz"),
    startsOn: at("2025-11-01T00:00"),
    endsOn: storyEnd > endOfLastMonth ? storyEnd : endOfLastMonth,
  };
  await tx.studyCampaign.create({
    data: {
      ...campaign,
      title: "两学一做学习教育",
      createdById: zzc.id,
      createdAt: at("2025-10-24T10:00"),
      description:
        "学党章党规、学系列讲话，做合格党员。以三会一课为基本制度，结合一把手讲党课、专题辅导、座谈交流、主题征文和“三合”教育培训，推动学习教育常态化制度化。",
    },
  });

  const plans = [...branchPlans(rng, people), ...campaignWidePlans(people)];
  const pastCount = plans.length;
  plans.push(...upcomingPlans(people, upcomingAt));

  let attendanceRows = 0;
  let present = 0;
  let recorded = 0;
  for (const [i, p] of plans.entries()) {
    const id = stableId(`study-activity:${p.key}`);
    const upcoming = p.heldAt.getTime() > SEED_REFERENCE_DATE.getTime();
    const createdAt = new Date(
      Math.min(
        p.heldAt.getTime() - rng.int(6, 14) * DAY,
        SEED_REFERENCE_DATE.getTime() - (plans.length - i) * HOUR,
      ),
    );
    const recordedAt = upcoming ? null : new Date(p.heldAt.getTime() + rng.int(2, 26) * HOUR);
    await tx.studyActivity.create({
      data: {
        id,
        campaignId: campaign.id,
        type: p.type,
        theme: p.theme ?? null,
        title: p.title,
        description: p.description ?? "",
        location: p.location,
        heldAt: p.heldAt,
        scopeType: p.scopeType,
        scopeValue: p.scopeValue,
        organiserId: p.organiser.id,
        createdById: zzc.id,
        createdAt,
        recordedAt,
      },
    });
    const presentShare = 0.85 + rng.float() * 0.1;
    const rows = p.attendees.map((u) => {
      let status: AttendanceStatus | null = null;
      if (!upcoming) {
        const r = rng.float();
        status =
          r < presentShare
            ? "PRESENT"
            : r < presentShare + (1 - presentShare) * 0.75
              ? "LEAVE"
              : "ABSENT";
        recorded++;
        if (status === "PRESENT") present++;
      }
      return {
        activityId: id,
        userId: u.id,
        status,
        recordedById: status ? p.organiser.id : null,
        recordedAt: status ? recordedAt : null,
      };
    });
    for (let k = 0; k < rows.length; k += 500)
      await tx.studyAttendance.createMany({ data: rows.slice(k, k + 500) });
    attendanceRows += rows.length;
    if (upcoming) {
      const body = `${activityKindLabel(p.type, p.theme)}，${formatDateTime(p.heldAt)}，${p.location}`;
      await tx.notification.createMany({
        data: p.attendees.map((u) => ({
          userId: u.id,
          title: `您有一项学习活动：${p.title}`,
          body,
          link: `/study/activities/${id}`,
          createdAt,
        })),
      });
    }
  }
  return {
    activities: plans.length,
    past: pastCount,
    upcoming: plans.length - pastCount,
    attendance: attendanceRows,
    rate: Math.round((present / recorded) * 1000) / 10,
  };
}
