"use server";

// 入额遴选 writes. 政治处 (quota.manage) sets up a round, starts scoring,
// enters scores, publishes the 公示 (and later a 递补 batch) and records the
// outcomes; staff (quota.register) register and withdraw inside the window.
// Audit rows carry ids and counts, never scores. The helpers are in writes.ts.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { ValidationError } from "../errors";
import { activeBusinessUser } from "../people/active";
import { QUOTA_MESSAGES } from "./labels";
import { publicityEnded, registrationOpen } from "./rules";
import {
  CreateRoundInput,
  PublishInput,
  RoundRef,
  SaveScoresInput,
  UpdateRoundInput,
} from "./schemas";
import {
  checkScoreEntries,
  conflict,
  loadManagedRound,
  loadRound,
  moveStatus,
  notifyRegistrants,
  recomputeRanking,
  revalidateRound,
  writeComponents,
  writeScores,
} from "./writes";

export const createQuotaRound = action(
  { name: "quota.round.create", permission: "quota.manage", input: CreateRoundInput },
  async ({ db, user, input, audit }) => {
    const r = await db.quotaRound.create({
      data: {
        title: input.title,
        description: input.description ?? "",
        places: input.places,
        registrationOpensAt: input.registrationOpensAt,
        registrationClosesAt: input.registrationClosesAt,
        createdById: user.id,
      },
      select: { id: true },
    });
    await writeComponents(db, r.id, input.components);
    Object.assign(audit, {
      objectType: "QuotaRound",
      objectId: r.id,
      detail: { places: input.places, components: input.components.length },
    });
    revalidatePath("/quota");
    return r;
  },
);

export const updateQuotaRound = action(
  { name: "quota.round.update", permission: "quota.manage", input: UpdateRoundInput },
  async ({ db, user, input, audit }) => {
    const r = await loadManagedRound(db, input.id, user.id);
    Object.assign(audit, {
      objectType: "QuotaRound",
      objectId: r.id,
      detail: { places: input.places, components: input.components.length },
    });
    const res = await db.quotaRound.updateMany({
      where: { id: r.id, status: "REGISTRATION" },
      data: {
        title: input.title,
        description: input.description ?? "",
        places: input.places,
        registrationOpensAt: input.registrationOpensAt,
        registrationClosesAt: input.registrationClosesAt,
      },
    });
    if (res.count !== 1) throw conflict(QUOTA_MESSAGES.notEditable);
    await writeComponents(db, r.id, input.components);
    revalidateRound(r.id);
    return { id: r.id };
  },
);

export const registerForQuota = action(
  { name: "quota.register", permission: "quota.register", input: RoundRef },
  async ({ db, user, input, audit }) => {
    const r = await loadRound(db, input.roundId);
    Object.assign(audit, { objectType: "QuotaRound", objectId: r.id });
    if (!registrationOpen(r, new Date())) throw conflict(QUOTA_MESSAGES.outsideWindow);
    const me = await db.user.findFirst({
      where: { AND: [{ id: user.id }, activeBusinessUser] },
      select: { prosecutor: true },
    });
    if (!me || me.prosecutor) throw conflict(QUOTA_MESSAGES.alreadyProsecutor);
    const existing = await db.quotaRegistration.findUnique({
      where: { roundId_userId: { roundId: r.id, userId: user.id } },
      select: { id: true },
    });
    if (existing) throw conflict(QUOTA_MESSAGES.alreadyRegistered);
    const reg = await db.quotaRegistration.create({
      data: { roundId: r.id, userId: user.id },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "QuotaRegistration",
      objectId: reg.id,
      detail: { roundId: r.id },
    });
    revalidateRound(r.id);
    return reg;
  },
);

export const withdrawFromQuota = action(
  { name: "quota.withdraw", permission: "quota.register", input: RoundRef },
  async ({ db, user, input, audit }) => {
    const r = await loadRound(db, input.roundId);
    Object.assign(audit, { objectType: "QuotaRound", objectId: r.id });
    if (!registrationOpen(r, new Date())) throw conflict(QUOTA_MESSAGES.outsideWindow);
    const res = await db.quotaRegistration.deleteMany({
      where: { roundId: r.id, userId: user.id },
    });
    if (res.count !== 1) throw conflict(QUOTA_MESSAGES.notRegistered);
    revalidateRound(r.id);
    return { roundId: r.id };
  },
);

export const startQuotaScoring = action(
  { name: "quota.scoring.start", permission: "quota.manage", input: RoundRef },
  async ({ db, user, input, audit }) => {
    const r = await loadManagedRound(db, input.roundId, user.id);
    Object.assign(audit, { objectType: "QuotaRound", objectId: r.id });
    const registrants = await db.quotaRegistration.count({ where: { roundId: r.id } });
    if (registrants === 0) throw conflict(QUOTA_MESSAGES.noRegistrants);
    await moveStatus(db, r.id, "REGISTRATION", { status: "SCORING" }, QUOTA_MESSAGES.notEditable);
    Object.assign(audit, { detail: { registrants } });
    revalidateRound(r.id);
    return { id: r.id, registrants };
  },
);

export const saveQuotaScores = action(
  { name: "quota.scores.save", permission: "quota.manage", input: SaveScoresInput },
  async ({ db, user, input, audit }) => {
    const r = await loadManagedRound(db, input.roundId, user.id);
    Object.assign(audit, { objectType: "QuotaRound", objectId: r.id });
    if (r.status !== "SCORING") throw conflict(QUOTA_MESSAGES.notScoring);
    const regIds = [...new Set(input.entries.map((e) => e.registrationId))];
    const [components, regs] = await Promise.all([
      db.quotaComponent.findMany({
        where: { roundId: r.id },
        select: { id: true, name: true, maxScore: true },
      }),
      db.quotaRegistration.findMany({
        where: { roundId: r.id, id: { in: regIds } },
        select: { id: true, user: { select: { realName: true } } },
      }),
    ]);
    const names = new Map(regs.map((g) => [g.id, g.user.realName]));
    const writes = checkScoreEntries(input.entries, components, names);
    const saved = await writeScores(db, writes, user.id);
    const complete = await recomputeRanking(db, r.id);
    Object.assign(audit, {
      detail: { registrants: regIds.length, saved, cleared: writes.length - saved, complete },
    });
    revalidateRound(r.id);
    revalidatePath(`/quota/${r.id}/scores`);
    return { saved, complete };
  },
);

export const publishQuotaPublicity = action(
  { name: "quota.publicity.publish", permission: "quota.manage", input: PublishInput },
  async ({ db, user, input, audit }) => {
    const r = await loadManagedRound(db, input.roundId, user.id);
    Object.assign(audit, { objectType: "QuotaRound", objectId: r.id });
    // The first 公示 comes after scoring; a 递补 batch after earlier outcomes are recorded.
    if (r.status !== "SCORING" && r.status !== "CONCLUDED")
      throw conflict(QUOTA_MESSAGES.publishState);
    if (r.status === "SCORING" && !(await recomputeRanking(db, r.id)))
      throw conflict(QUOTA_MESSAGES.scoresIncomplete);
    const [admitted, candidates] = await Promise.all([
      db.quotaRegistration.count({ where: { roundId: r.id, outcome: "ADMITTED" } }),
      db.quotaRegistration.findMany({
        where: { roundId: r.id, outcome: { in: ["PENDING", "NOT_ADMITTED"] }, rank: { not: null } },
        orderBy: [{ rank: "asc" }, { registeredAt: "asc" }],
        select: { id: true, userId: true, rank: true },
      }),
    ]);
    if (candidates.length === 0) throw conflict(QUOTA_MESSAGES.noCandidates);
    const limit = Math.min(candidates.length, r.places - admitted);
    if (input.count > limit)
      throw new ValidationError(QUOTA_MESSAGES.tooMany(Math.max(0, limit)), {
        count: QUOTA_MESSAGES.tooMany(Math.max(0, limit)),
      });
    const chosen = candidates.slice(0, input.count);
    const next = candidates[input.count];
    if (next && next.rank === chosen[chosen.length - 1].rank)
      throw new ValidationError(QUOTA_MESSAGES.tieAtCut(next.rank!), {
        count: QUOTA_MESSAGES.tieAtCut(next.rank!),
      });

    await db.quotaRegistration.updateMany({
      where: { id: { in: chosen.map((c) => c.id) } },
      data: { outcome: "PUBLICITY" },
    });
    const batch = r.status === "CONCLUDED" ? "supplement" : "first";
    await moveStatus(
      db,
      r.id,
      r.status,
      {
        status: "PUBLICITY",
        publicityStartsOn: input.startsOn,
        publicityEndsOn: input.endsOn,
        publishedAt: new Date(),
      },
      QUOTA_MESSAGES.publishState,
    );
    const notified = await notifyRegistrants(db, r.id, {
      title: QUOTA_MESSAGES.published,
      body: `「${r.title}」公示名单已发布，请查看。`,
      link: `/quota/${r.id}/publicity`,
    });
    Object.assign(audit, { detail: { batch, count: chosen.length, notified } });
    revalidateRound(r.id);
    return { count: chosen.length, batch };
  },
);

export const concludeQuotaRound = action(
  { name: "quota.conclude", permission: "quota.manage", input: RoundRef },
  async ({ db, user, input, audit }) => {
    const r = await loadManagedRound(db, input.roundId, user.id);
    Object.assign(audit, { objectType: "QuotaRound", objectId: r.id });
    if (r.status !== "PUBLICITY") throw conflict(QUOTA_MESSAGES.notPublicity);
    if (!publicityEnded(r, new Date())) throw conflict(QUOTA_MESSAGES.publicityOpen);
    const admittedNow = await db.quotaRegistration.findMany({
      where: { roundId: r.id, outcome: "PUBLICITY" },
      select: { userId: true },
    });
    await db.quotaRegistration.updateMany({
      where: { roundId: r.id, outcome: "PUBLICITY" },
      data: { outcome: "ADMITTED" },
    });
    await db.quotaRegistration.updateMany({
      where: { roundId: r.id, outcome: "PENDING" },
      data: { outcome: "NOT_ADMITTED" },
    });
    await db.user.updateMany({
      where: { id: { in: admittedNow.map((a) => a.userId) } },
      data: { prosecutor: true },
    });
    await moveStatus(
      db,
      r.id,
      "PUBLICITY",
      { status: "CONCLUDED", concludedAt: new Date() },
      QUOTA_MESSAGES.notPublicity,
    );
    await notifyRegistrants(db, r.id, {
      title: QUOTA_MESSAGES.concluded,
      body: `「${r.title}」入额结果已确定，请查看本人结果。`,
      link: `/quota/${r.id}`,
    });
    Object.assign(audit, { detail: { admitted: admittedNow.length } });
    revalidateRound(r.id);
    return { admitted: admittedNow.length };
  },
);
