// 谈心谈话 reads. Holders of "talk.readAll" (政治处) see every record; anyone else holding
// "talk.record" (a department head) sees only the talks they conducted. The
// interviewee never sees a record about themselves. An id outside that scope is
// a 404 (null here), and every read of a record's notes is audited (docs/security.md items 10, 21).
import "server-only";

import { auditRead } from "../audit/read";
import { rolesWith } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { decryptText } from "../crypto";
import { DAY_MS, shanghaiYear } from "../dates";
import { db, type Tx } from "../db";
import { activeBusinessUser } from "../people/active";
import { talkScope, talksWithAnyone } from "./access";
import { coveredMemberWhere, tallyCoverage } from "./coverage";

// follow-ups shows a talk's source record to those who may see it; the
// dashboard counts campaign coverage by the same rule as here.
export { talkScope } from "./access";
export { TALK_OCCASION_LABELS } from "./labels";
export { coveredCounts, coveredMemberWhere } from "./coverage";

export { departmentCampaignCoverage } from "./department";

export { listTalks, allTalkRows, TALKS_PER_PAGE, type TalkRow } from "./list";

/** One record with its notes decrypted; every attempt is audited as "talk.read". */
export async function readTalk(v: Viewer & { username: string }, id: string, ip: string) {
  const t = await db.talkRecord.findFirst({
    where: { AND: [{ id }, talkScope(v)] },
    select: {
      id: true,
      heldOn: true,
      occasion: true,
      topics: true,
      notesEnc: true,
      concernsEnc: true,
      needsFollowUp: true,
      followUpId: true,
      createdAt: true,
      interviewer: { select: { id: true, realName: true, position: true } },
      interviewee: {
        select: {
          id: true,
          realName: true,
          position: true,
          department: { select: { name: true } },
        },
      },
      createdBy: { select: { realName: true } },
      campaign: { select: { id: true, title: true } },
    },
  });
  await auditRead(v, {
    action: "talk.read",
    objectType: "TalkRecord",
    objectId: id,
    found: !!t,
    ip,
  });
  if (!t) return null;
  const { notesEnc, concernsEnc, ...rest } = t;
  return {
    ...rest,
    notes: decryptText(notesEnc),
    concerns: concernsEnc ? decryptText(concernsEnc) : null,
  };
}

const personOption = (u: {
  id: string;
  realName: string;
  position: string;
  department: { name: string } | null;
}) => ({
  id: u.id,
  label: `${u.department?.name ?? "未分配部门"} · ${u.realName}${u.position ? `（${u.position}）` : ""}`,
});

/** Whom the viewer may record a talk with: a department head only their own department. */
export async function listIntervieweeOptions(v: Viewer) {
  const users = await db.user.findMany({
    where: {
      AND: [
        activeBusinessUser,
        { id: { not: v.id } },
        talksWithAnyone(v.roles) ? {} : { departmentId: v.departmentId ?? "__none__" },
      ],
    },
    orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
    select: { id: true, realName: true, position: true, department: { select: { name: true } } },
  });
  return users.map(personOption);
}

/** Who may conduct talks: active holders of a talk-recording role. */
export async function listInterviewerOptions() {
  const users = await db.user.findMany({
    where: {
      AND: [activeBusinessUser, { roles: { some: { role: { in: rolesWith("talk.record") } } } }],
    },
    orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
    select: { id: true, realName: true, position: true, department: { select: { name: true } } },
  });
  return users.map(personOption);
}

export async function listAllBusinessUserOptions() {
  const users = await db.user.findMany({
    where: activeBusinessUser,
    orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
    select: { id: true, realName: true, department: { select: { name: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    label: `${u.department?.name ?? "未分配部门"} · ${u.realName}`,
  }));
}

/** Campaigns open today, keyed by member: offered when recording a talk. */
export async function listOpenCampaignsByMember(v: Viewer, now = new Date()) {
  const members = await db.talkCampaignMember.findMany({
    where: {
      campaign: { startsOn: { lte: now }, endsOn: { gte: new Date(now.getTime() - DAY_MS) } },
      ...(talksWithAnyone(v.roles) ? {} : { user: { departmentId: v.departmentId ?? "__none__" } }),
    },
    select: { userId: true, campaign: { select: { id: true, title: true } } },
  });
  const out: Record<string, { id: string; title: string }[]> = {};
  for (const m of members) (out[m.userId] ??= []).push(m.campaign);
  return out;
}

export async function listCampaignOptions() {
  return db.talkCampaign.findMany({
    orderBy: { startsOn: "desc" },
    select: { id: true, title: true },
  });
}

/** Coverage of one campaign: overall, by department, by age layer, and who is still to be talked to. */
export async function getCampaignCoverage(id: string, now = new Date(), tx: Tx = db) {
  const c = await tx.talkCampaign.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      scopeType: true,
      scopeValue: true,
      startsOn: true,
      endsOn: true,
      createdAt: true,
      createdBy: { select: { realName: true } },
    },
  });
  if (!c) return null;
  const [members, coveredRows] = await Promise.all([
    tx.talkCampaignMember.findMany({
      where: { campaignId: id },
      orderBy: [{ user: { department: { sortOrder: "asc" } } }, { user: { employeeNo: "asc" } }],
      select: {
        userId: true,
        interviewer: { select: { id: true, realName: true } },
        user: {
          select: {
            realName: true,
            position: true,
            birthYear: true,
            departmentId: true,
            department: { select: { name: true } },
          },
        },
      },
    }),
    tx.talkCampaignMember.findMany({ where: coveredMemberWhere(c), select: { userId: true } }),
  ]);
  const covered = new Set(coveredRows.map((r) => r.userId));
  return { campaign: c, ...tallyCoverage(members, covered, shanghaiYear(now)) };
}

/** Members of open campaigns assigned to the viewer and not yet talked to. */
export async function listMyPendingAssignments(v: Viewer, now = new Date()) {
  const rows = await db.talkCampaignMember.findMany({
    where: {
      interviewerId: v.id,
      campaign: { startsOn: { lte: now }, endsOn: { gte: new Date(now.getTime() - DAY_MS) } },
    },
    select: {
      userId: true,
      campaign: { select: { id: true, title: true, startsOn: true, endsOn: true } },
      user: { select: { realName: true, department: { select: { name: true } } } },
    },
    take: 500,
  });
  const coveredKeys = new Set<string>();
  for (const campaignId of new Set(rows.map((r) => r.campaign.id))) {
    const c = rows.find((r) => r.campaign.id === campaignId)!.campaign;
    const done = await db.talkCampaignMember.findMany({
      where: { AND: [coveredMemberWhere(c), { interviewerId: v.id }] },
      select: { userId: true },
    });
    for (const d of done) coveredKeys.add(`${campaignId}:${d.userId}`);
  }
  return rows
    .filter((r) => !coveredKeys.has(`${r.campaign.id}:${r.userId}`))
    .map((r) => ({
      campaignId: r.campaign.id,
      campaign: r.campaign.title,
      userId: r.userId,
      realName: r.user.realName,
      department: r.user.department?.name ?? "未分配部门",
    }));
}
