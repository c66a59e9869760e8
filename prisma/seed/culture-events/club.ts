// 东林法学社 (deterministic): founded by 政治处 with two officers; 20 approved
// members (one has since left, one request was turned down), two requests
// waiting; a 读书分享 or 讲座 each month of the year before the anchor, with
// registrations and the attendance its officer recorded; one upcoming event
// with registrations; and the club log. Story dates (storyAt) for the year;
// the waiting requests and the upcoming event sit relative to the anchor.
import type { Tx } from "../../../lib/db-client";
import { daysAfter, daysBefore, storyAt } from "../clock";
import type { Organisation } from "../org";
import { Rng, stableId } from "../random";
import { donglinPeople } from "./people";
import { attendanceOf, insertRegistrations, type RegRow } from "./rows";

const DAY = 86_400_000;
export const DONGLIN_ID = stableId("club:donglin");

const CHARTER = `第一条 东林法学社是梁溪区人民检察院干警自愿组成的学习型社团，取“风声雨声读书声，声声入耳；家事国事天下事，事事关心”之意，以读书明理、研法促用为宗旨。
第二条 本院在职干警均可申请入社，经社团负责人审批后成为成员；成员可随时申请退出。
第三条 社团每月组织一次读书分享或专题讲座，成员自愿报名参加，活动后登记考勤。
第四条 社团负责人由政治处指定，负责审批入社申请、组织活动、登记考勤和记录社团日志。
第五条 社团活动不影响正常工作，所需场地、图书由政治处统筹保障。`;

const TOPICS: [type: "READING" | "LECTURE", title: string][] = [
  ["READING", "读书分享：《论法的精神》"],
  ["LECTURE", "讲座：认罪认罚从宽制度的实践与思考"],
  ["READING", "读书分享：《乡土中国》"],
  ["LECTURE", "讲座：东林书院与无锡法治文化"],
  ["READING", "读书分享：《法律的悖论》"],
  ["LECTURE", "讲座：检察公益诉讼的新发展"],
  ["READING", "读书分享：《枫桥经验》与基层治理"],
  ["LECTURE", "讲座：数字检察与大数据法律监督"],
  ["READING", "读书分享：《苏东坡传》"],
  ["LECTURE", "讲座：电信网络诈骗犯罪的证据审查"],
  ["READING", "读书分享：《洞穴奇案》"],
  ["LECTURE", "讲座：未成年人检察工作中的社会支持体系"],
];
/** The story's months of the year before the anchor: 2025-11 … 2026-10. */
const MONTHS = TOPICS.map((_, i) => {
  const m = ((10 + i) % 12) + 1;
  return `${m >= 11 ? 2025 : 2026}-${String(m).padStart(2, "0")}`;
});

export async function seedDonglin(tx: Tx, org: Organisation, zzcId: string) {
  const rng = new Rng(20250920);
  const p = donglinPeople(org);
  const [lead, second] = p.officers;
  const foundedOn = storyAt("2025-09-20T10:00");
  await tx.club.create({
    data: { id: DONGLIN_ID, name: "东林法学社", charter: CHARTER, foundedOn, createdById: zzcId },
  });
  // Joined: a founding wave in the first weeks, then one every three weeks or so.
  const joinedAt = p.members.map((_, i) =>
    i < 12
      ? new Date(foundedOn.getTime() + (2 + i * 2) * DAY)
      : storyAt(`2026-0${Math.min(8, i - 11)}-12T16:00`),
  );
  const leftOn = storyAt("2026-05-10T17:00");
  const approved = (userId: string, at: Date, extra: object = {}) => ({
    clubId: DONGLIN_ID,
    userId,
    role: "MEMBER",
    status: "ACTIVE",
    requestedAt: new Date(at.getTime() - 2 * DAY),
    decidedById: lead.id,
    decidedAt: at,
    ...extra,
  });
  await tx.clubMember.createMany({
    data: [
      ...p.officers.map((o) => ({
        clubId: DONGLIN_ID,
        userId: o.id,
        role: "OFFICER",
        status: "ACTIVE",
        requestedAt: foundedOn,
        decidedById: zzcId,
        decidedAt: foundedOn,
      })),
      ...p.members.map((m, i) => approved(m.id, joinedAt[i])),
      ...p.left.map((m) =>
        approved(m.id, storyAt("2025-10-01T15:00"), { status: "LEFT", leftAt: leftOn }),
      ),
      ...p.rejected.map((m) => ({
        ...approved(m.id, storyAt("2026-03-04T09:30")),
        status: "REJECTED",
        decidedById: second.id,
      })),
      ...p.pending.map((m, i) => ({
        clubId: DONGLIN_ID,
        userId: m.id,
        status: "PENDING",
        requestedAt: daysBefore(3 + i * 3, 16, 20),
      })),
    ],
  });

  // Members at a given time: approved before it and not yet gone.
  const activeAt = (t: Date) => [
    ...p.officers,
    ...p.members.filter((_, i) => joinedAt[i] < t),
    ...p.left.filter(() => storyAt("2025-10-01T15:00") < t && t < leftOn),
  ];
  const regs: RegRow[] = [];
  const logs: { id: string; clubId: string; authorId: string; loggedOn: Date; body: string }[] = [
    {
      id: stableId("club-log:donglin:founded"),
      clubId: DONGLIN_ID,
      authorId: lead.id,
      loggedOn: foundedOn,
      body: "东林法学社成立。政治处指定两名负责人，通过社团章程，确定每月举办一次读书分享或专题讲座。",
    },
  ];
  for (const [i, [type, title]] of TOPICS.entries()) {
    const id = stableId(`culture-event:donglin:${MONTHS[i]}`);
    const startsAt = storyAt(`${MONTHS[i]}-18T14:30`);
    const recorder = i % 2 ? second : lead;
    await tx.cultureEvent.create({
      data: {
        id,
        clubId: DONGLIN_ID,
        type,
        title,
        description:
          type === "READING" ? "成员轮流领读、交流心得。" : "邀请业务骨干主讲，会后交流讨论。",
        location: type === "READING" ? "院三楼图书室" : "院多功能厅",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        capacity: type === "READING" ? 25 : null,
        registrationClosesAt: new Date(startsAt.getTime() - DAY),
        recordedAt: new Date(startsAt.getTime() + 3 * 3600_000),
        createdById: recorder.id,
        createdAt: new Date(startsAt.getTime() - 10 * DAY),
      },
    });
    const eligible = activeAt(new Date(startsAt.getTime() - 7 * DAY));
    const going = rng
      .shuffle(eligible)
      .slice(0, Math.round(eligible.length * (0.65 + rng.float() * 0.25)));
    let present = 0;
    for (const [k, u] of going.entries()) {
      const cancelled = k === going.length - 1 && rng.chance(0.4);
      const attendance = cancelled ? null : attendanceOf(rng);
      if (attendance === "PRESENT") present++;
      regs.push({
        eventId: id,
        userId: u.id,
        status: cancelled ? "CANCELLED" : "REGISTERED",
        registeredAt: new Date(
          startsAt.getTime() - (2 + rng.int(0, 5)) * DAY - rng.int(0, 480) * 60_000,
        ),
        attendance,
        recordedById: attendance ? recorder.id : null,
        recordedAt: attendance ? new Date(startsAt.getTime() + 3 * 3600_000) : null,
      });
    }
    logs.push({
      id: stableId(`club-log:donglin:${MONTHS[i]}`),
      clubId: DONGLIN_ID,
      authorId: recorder.id,
      loggedOn: startsAt,
      body: `开展${title.replace("：", "活动“")}”，${present}名成员参加。${type === "READING" ? "大家结合办案实践交流读书体会，约定下月书目。" : "主讲人结合典型案例讲解，成员围绕实务难点讨论交流。"}`,
    });
  }

  // The next one, after the anchor: open for registration.
  const nextAt = daysAfter(10, 14, 30);
  const nextId = stableId("culture-event:donglin:next");
  await tx.cultureEvent.create({
    data: {
      id: nextId,
      clubId: DONGLIN_ID,
      type: "READING",
      title: "读书分享：《习近平法治思想学习纲要》",
      description: "分章节领读，每位报名成员准备一段读书心得。",
      location: "院三楼图书室",
      startsAt: nextAt,
      endsAt: new Date(nextAt.getTime() + 2 * 3600_000),
      capacity: 20,
      registrationClosesAt: daysAfter(9, 18, 0),
      createdById: lead.id,
      createdAt: daysBefore(4, 10, 0),
    },
  });
  const next = activeAt(daysBefore(4))
    .filter((u) => u.username !== "liaison1")
    .slice(0, 8);
  for (const [k, u] of next.entries())
    regs.push({
      eventId: nextId,
      userId: u.id,
      status: "REGISTERED",
      registeredAt: daysBefore(3 - (k % 3), 9, 10 + k),
    });

  await insertRegistrations(tx, regs);
  await tx.clubLog.createMany({ data: logs });
  return {
    members: 2 + p.members.length,
    pending: p.pending.length,
    events: TOPICS.length + 1,
    registrations: regs.length,
  };
}
