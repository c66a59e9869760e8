// 谈心谈话 demo data (deterministic):
//   - ~120 talks over two years, denser in the reform months (2025-03 … 06),
//     held by department heads, 政治处 and leaders; a few need follow-up;
//   - "区院合并个别谈话" (scope ALL, 2024-12-01 … 2025-01-31) at 100% coverage;
//   - the current campaign (casework departments, 2026-09-01 … 12-31, named
//     for its months: "2026年9月至12月谈心谈话全覆盖") at about 60% coverage
//     on the anchor day, interviewers assigned.
// Story dates, moved by whole months onto the anchor (prisma/seed/clock.ts).
// Notes and concerns are encrypted like the app's own (docs/security.md item 19).
// The records are made in talks/{general,campaigns}.ts.
import type { Tx } from "../../lib/db-client";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";
import { seedCurrentCampaign, seedMergerCampaign } from "./talks/campaigns";
import { addGeneralTalks } from "./talks/general";
import { DAY, talkContext } from "./talks/records";

export async function seedTalks(tx: Tx, org: Organisation) {
  const rng = new Rng(20261128);
  const ctx = talkContext(org, rng);
  const { talks, zzc } = ctx;
  const n = addGeneralTalks(ctx);
  const merger = await seedMergerCampaign(tx, ctx);
  const current = await seedCurrentCampaign(tx, ctx, org);

  // Two of the flagged talks already have a follow-up opened by 政治处.
  const followUps = talks
    .filter((t) => t.needsFollowUp)
    .slice(0, 2)
    .map((t, i) => {
      t.followUpId = stableId(`followup:talk:${i}`);
      const createdAt = new Date(t.createdAt.getTime() + DAY);
      return {
        id: t.followUpId,
        title: "谈心谈话后续跟进",
        sourceType: "TALK",
        sourceId: t.id,
        createdById: zzc.id,
        priority: "NORMAL",
        status: "OPEN",
        createdAt,
        updatedAt: createdAt,
      };
    });
  if (followUps.length) {
    await tx.followUp.createMany({ data: followUps });
    await tx.followUpUpdate.createMany({
      data: followUps.map((f) => ({
        id: stableId(`followup-update:${f.id}`),
        followUpId: f.id,
        authorId: zzc.id,
        kind: "CREATED",
        createdAt: f.createdAt,
      })),
    });
  }

  for (const batch of [merger.assigned, current.assigned]) {
    for (let i = 0; i < batch.length; i += 200)
      await tx.talkCampaignMember.createMany({ data: batch.slice(i, i + 200) });
  }
  for (let i = 0; i < talks.length; i += 100)
    await tx.talkRecord.createMany({ data: talks.slice(i, i + 100) });

  const currentCovered = current.members.filter((p) => current.covered.has(p.id)).length;
  return {
    talks: talks.length,
    general: n,
    merger: { members: merger.members.length },
    current: { members: current.members.length, covered: currentCovered },
    needsFollowUp: talks.filter((t) => t.needsFollowUp).length,
  };
}
