// The two talk campaigns: 区院合并个别谈话 at full coverage, and the current
// one over the casework departments at about 60% on the anchor day.
import type { Tx } from "../../../lib/db-client";
import { SEED_REFERENCE_DATE, storyAt } from "../clock";
import { CASEWORK_CODES } from "../departments";
import type { Organisation } from "../org";
import { stableId } from "../random";
import { currentTalkCampaign } from "../titles";
import { DAY, type TalkContext } from "./records";
import { CURRENT_NOTES, MERGER_NOTES } from "./texts";

const midnight = (s: string) => storyAt(s);

/** The merger campaign: everyone who had joined, each talked to in the window. */
export async function seedMergerCampaign(tx: Tx, ctx: TalkContext) {
  const { rng, business, zzc, byId, interviewerFor, makeTalk } = ctx;
  const merger = {
    id: stableId("talk-campaign:merger"),
    startsOn: midnight("2024-12-01"),
    endsOn: midnight("2025-01-31"),
  };
  const mergerMembers = business.filter((u) => u.joinedAt.getTime() < merger.startsOn.getTime());
  await tx.talkCampaign.create({
    data: {
      ...merger,
      title: "区院合并个别谈话",
      description: "区院合并期间，院领导、政治处和部门负责人与全体干警逐一个别谈话。",
      scopeType: "ALL",
      scopeValue: "",
      createdById: zzc.id,
      createdAt: midnight("2024-11-25"),
    },
  });
  const mergerAssigned = mergerMembers.map((p) => ({
    campaignId: merger.id,
    userId: p.id,
    interviewerId: interviewerFor(p).id,
  }));
  for (const [i, m] of mergerAssigned.entries()) {
    const heldOn = new Date(
      merger.startsOn.getTime() +
        Math.min(
          rng.int(0, 60),
          Math.floor((merger.endsOn.getTime() - merger.startsOn.getTime()) / DAY),
        ) *
          DAY,
    );
    makeTalk(
      `merger:${i}`,
      byId.get(m.userId)!,
      byId.get(m.interviewerId)!,
      heldOn,
      "POST_CHANGE",
      rng.pick(MERGER_NOTES),
      merger.id,
    );
  }
  return { members: mergerMembers, assigned: mergerAssigned };
}

/** The current campaign: casework departments, about 60% talked to by the anchor. */
export async function seedCurrentCampaign(tx: Tx, ctx: TalkContext, org: Organisation) {
  const { rng, business, zzc, byId, deptOf, talks, makeTalk } = ctx;
  const plan = currentTalkCampaign();
  const current = {
    id: stableId("talk-campaign:2026h2"),
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
  };
  const caseworkIds = new Set(
    org.departments.filter((d) => CASEWORK_CODES.has(d.code)).map((d) => d.id),
  );
  const currentMembers = business.filter((u) => u.departmentId && caseworkIds.has(u.departmentId));
  await tx.talkCampaign.create({
    data: {
      ...current,
      title: plan.title,
      description: "各业务部门负责人与本部门干警逐一谈心，部门负责人由分管院领导谈话。",
      scopeType: "DEPARTMENTS",
      scopeValue: JSON.stringify([...caseworkIds]),
      createdById: zzc.id,
      createdAt: midnight("2026-08-25"),
    },
  });
  const currentAssigned = currentMembers.map((p) => {
    const d = deptOf.get(p.departmentId!)!;
    return {
      campaignId: current.id,
      userId: p.id,
      interviewerId: d.headId && d.headId !== p.id ? d.headId : d.leaderId,
    };
  });
  const windowEnd = current.endsOn.getTime() + DAY;
  const covered = new Set(
    talks
      .filter((t) => t.heldOn >= current.startsOn && t.heldOn.getTime() < windowEnd)
      .map((t) => t.intervieweeId),
  );
  const target = Math.round(currentMembers.length * 0.6);
  const daysSoFar =
    Math.floor((SEED_REFERENCE_DATE.getTime() - current.startsOn.getTime()) / DAY) - 1;
  for (const [i, m] of rng.shuffle(currentAssigned).entries()) {
    if (currentMembers.filter((p) => covered.has(p.id)).length >= target) break;
    if (covered.has(m.userId)) continue;
    const heldOn = new Date(current.startsOn.getTime() + rng.int(0, daysSoFar) * DAY);
    makeTalk(
      `current:${i}`,
      byId.get(m.userId)!,
      byId.get(m.interviewerId)!,
      heldOn,
      "ROUTINE",
      rng.pick(CURRENT_NOTES),
      current.id,
      { needsFollowUp: rng.chance(0.04) },
    );
    covered.add(m.userId);
  }
  return { members: currentMembers, assigned: currentAssigned, covered };
}
