"use server";

// 入额遴选 writes. 政治处 (quota.manage) sets up a round, starts scoring,
// enters scores, publishes the 公示 (and later a 递补 batch) and records the
// outcomes; staff (quota.register) register and withdraw inside the window.
// Audit rows carry ids and counts, never scores.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { notify } from "../notifications/notify";
import { activeBusinessUser } from "../people/active";
import { QUOTA_MESSAGES } from "./labels";
import { isRegistrant } from "./queries";
import { publicityEnded, registrationOpen } from "./rules";
import {
  CreateRoundInput,
  PublishInput,
  RoundRef,
  SaveScoresInput,
  UpdateRoundInput,
} from "./schemas";
import { parseScoreCenti, rankContenders } from "./scoring";

const conflict = (message: string) => new ConflictError(message);

async function loadRound(db: Tx, id: string) {
  const r = await db.quotaRound.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      places: true,
      status: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      publicityStartsOn: true,
      publicityEndsOn: true,
    },
  });
  if (!r) throw new NotFoundError();
  return r;
}

/** 回避: someone in 政治处 who registered for a round takes no part in running it. */
async function loadManagedRound(db: Tx, id: string, userId: string) {
  const r = await loadRound(db, id);
  if (await isRegistrant(id, userId, db)) throw conflict(QUOTA_MESSAGES.recused);
  return r;
}

/** Moves a round on only from the status it was read in: of two concurrent moves one lands. */
async function moveStatus(
  db: Tx,
  id: string,
  from: string,
  data: { status: string } & Record<string, unknown>,
  message: string,
) {
  const res = await db.quotaRound.updateMany({ where: { id, status: from }, data });
  if (res.count !== 1) throw conflict(message);
}

function revalidateRound(id: string) {
  revalidatePath("/quota");
  revalidatePath(`/quota/${id}`);
  revalidatePath(`/quota/${id}/publicity`);
}

/** Recomputes every registration's total, and the ranks once all scores are in. */
async function recomputeRanking(db: Tx, roundId: string) {
  const [components, regs] = await Promise.all([
    db.quotaComponent.findMany({
      where: { roundId },
      orderBy: { position: "asc" },
      select: { id: true, weight: true, maxScore: true },
    }),
    db.quotaRegistration.findMany({
      where: { roundId },
      select: {
        id: true,
        registeredAt: true,
        totalCenti: true,
        rank: true,
        scores: { select: { componentId: true, centi: true } },
      },
    }),
  ]);
  const ranking = rankContenders(
    components,
    regs.map((r) => ({
      id: r.id,
      registeredAt: r.registeredAt,
      scores: Object.fromEntries(r.scores.map((s) => [s.componentId, s.centi])),
    })),
  );
  const before = new Map(regs.map((r) => [r.id, r]));
  for (const row of ranking.rows) {
    const old = before.get(row.id)!;
    if (old.totalCenti !== row.totalCenti || old.rank !== row.rank) {
      await db.quotaRegistration.update({
        where: { id: row.id },
        data: { totalCenti: row.totalCenti, rank: row.rank },
      });
    }
  }
  return ranking.complete;
}

async function writeComponents(
  db: Tx,
  roundId: string,
  components: { name: string; weight: number; maxScore: number }[],
) {
  await db.quotaComponent.deleteMany({ where: { roundId } });
  await db.quotaComponent.createMany({
    data: components.map((c, i) => ({
      roundId,
      name: c.name,
      position: i + 1,
      weight: c.weight,
      maxScore: c.maxScore,
    })),
  });
}

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
    const comp = new Map(components.map((c) => [c.id, c]));
    const names = new Map(regs.map((g) => [g.id, g.user.realName]));
    // Everything is checked before anything is written.
    const errors: Record<string, string> = {};
    const messages: string[] = [];
    const writes: { registrationId: string; componentId: string; centi: number | null }[] = [];
    for (const e of input.entries) {
      const c = comp.get(e.componentId);
      const name = names.get(e.registrationId);
      if (!c || !name) throw new NotFoundError();
      const key = `score:${e.registrationId}:${e.componentId}`;
      if (e.value.trim() === "") {
        writes.push({ registrationId: e.registrationId, componentId: c.id, centi: null });
        continue;
      }
      const centi = parseScoreCenti(e.value);
      const bad =
        centi === null
          ? QUOTA_MESSAGES.scoreFormat(name, c.name)
          : centi > c.maxScore * 100
            ? QUOTA_MESSAGES.scoreRange(name, c.name, c.maxScore)
            : null;
      if (bad) {
        errors[key] = bad;
        messages.push(bad);
      } else writes.push({ registrationId: e.registrationId, componentId: c.id, centi });
    }
    if (messages.length)
      throw new ValidationError(
        messages.length > 1 ? `${messages[0]}（共 ${messages.length} 处有误）` : messages[0],
        errors,
      );

    const now = new Date();
    let saved = 0;
    for (const w of writes) {
      const where = {
        registrationId_componentId: {
          registrationId: w.registrationId,
          componentId: w.componentId,
        },
      };
      if (w.centi === null) {
        await db.quotaScore.deleteMany({
          where: { registrationId: w.registrationId, componentId: w.componentId },
        });
      } else {
        await db.quotaScore.upsert({
          where,
          create: {
            ...where.registrationId_componentId,
            centi: w.centi,
            enteredById: user.id,
            enteredAt: now,
          },
          update: { centi: w.centi, enteredById: user.id, enteredAt: now },
        });
        saved++;
      }
    }
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
    const everyone = await db.quotaRegistration.findMany({
      where: { roundId: r.id },
      select: { userId: true },
    });
    await notify(
      db,
      everyone.map((e) => e.userId),
      {
        title: QUOTA_MESSAGES.published,
        body: `「${r.title}」公示名单已发布，请查看。`,
        link: `/quota/${r.id}/publicity`,
      },
    );
    Object.assign(audit, { detail: { batch, count: chosen.length, notified: everyone.length } });
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
    const everyone = await db.quotaRegistration.findMany({
      where: { roundId: r.id },
      select: { userId: true },
    });
    await notify(
      db,
      everyone.map((e) => e.userId),
      {
        title: QUOTA_MESSAGES.concluded,
        body: `「${r.title}」入额结果已确定，请查看本人结果。`,
        link: `/quota/${r.id}`,
      },
    );
    Object.assign(audit, { detail: { admitted: admittedNow.length } });
    revalidateRound(r.id);
    return { admitted: admittedNow.length };
  },
);
