"use server";

// 思想状况测评 writes. 政治处 sets up and closes rounds; everyone answers
// once. Anonymity by construction (docs/security.md item 17, docs/barometer.md): an
// answer writes a participation token (a keyed HMAC of round and user, which
// names nobody without DATA_KEY) and one sealed row (everything encrypted),
// through the wrapper's anonymous mode, so that no audit row names the
// answerer. The answers reach PulseResponse only when the round closes, with
// coarsened attributes (lib/pulse/release.ts).
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { shanghaiYear } from "../dates";
import { dbProvider } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { activeBusinessUser } from "../people/active";
import { ageLayerOf } from "../people/age";
import { randomResponseId } from "./ids";
import { PULSE_MESSAGES } from "./labels";
import { participationToken } from "./participation";
import { releaseRound, rewriteOpenRound } from "./release";
import { AnswerPulseInput, CloseRoundInput, CreatePulseRoundInput } from "./schemas";
import { seal } from "./sealed";
import { closesAtFor, roundStatus } from "./window";

const fieldError = (field: string, message: string) =>
  new ValidationError(message, { [field]: message });

const isUniqueViolation = (e: unknown) =>
  typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

export const createPulseRound = action(
  { name: "pulse.create", permission: "pulse.manage", input: CreatePulseRoundInput },
  async ({ db, user, input, audit }) => {
    const closesAt = closesAtFor(input.closesOn);
    if (closesAt.getTime() <= Date.now()) throw fieldError("closesOn", PULSE_MESSAGES.closesInPast);
    // The response-rate base: active business staff today.
    const eligibleCount = await db.user.count({ where: activeBusinessUser });
    const round = await db.pulseRound.create({
      data: {
        title: input.title,
        description: input.description ?? "",
        opensAt: input.opensOn,
        closesAt,
        allowComment: input.allowComment,
        eligibleCount,
        createdById: user.id,
        questions: { create: input.questions.map((text, i) => ({ position: i + 1, text })) },
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "PulseRound",
      objectId: round.id,
      detail: { questionCount: input.questions.length, eligibleCount },
    });
    revalidatePath("/pulse");
    return round;
  },
);

export const closePulseRound = action(
  { name: "pulse.close", permission: "pulse.manage", input: CloseRoundInput },
  async ({ db, input, audit }) => {
    const r = await db.pulseRound.findUnique({
      where: { id: input.id },
      select: { id: true, opensAt: true, closesAt: true },
    });
    if (!r) throw new NotFoundError();
    Object.assign(audit, { objectType: "PulseRound", objectId: r.id });
    const now = new Date();
    if (roundStatus(r, now) !== "OPEN") throw new ConflictError(PULSE_MESSAGES.closeNotOpen);
    const res = await db.pulseRound.updateMany({
      where: { id: r.id, closesAt: { gt: now } },
      data: { closesAt: now },
    });
    if (res.count !== 1) throw new ConflictError(PULSE_MESSAGES.closeNotOpen);
    // Open the sealed pool now, coarsened, in this transaction.
    await releaseRound(db, dbProvider, r.id, { now });
    revalidatePath("/pulse");
    revalidatePath(`/pulse/${r.id}`);
    return { id: r.id };
  },
);

// Anonymous mode: no SUCCESS audit row, and refusals carry no user (lib/action.ts).
// The handler reads the user only to compute the token and to seal the
// department and age layer; neither is written anywhere in clear.
export const answerPulse = action(
  { name: "pulse.answer", permission: "pulse.answer", input: AnswerPulseInput, anonymous: true },
  async ({ db, user, input }) => {
    // PostgreSQL: answers to a round take turns with each other and with its release.
    if (dbProvider === "postgresql")
      await db.$queryRaw`SELECT "id" FROM "PulseRound" WHERE "id" = ${input.roundId} FOR UPDATE`;
    const now = new Date(); // after the lock: a release that ran meanwhile has seen the round closed
    const round = await db.pulseRound.findUnique({
      where: { id: input.roundId },
      select: {
        id: true,
        opensAt: true,
        closesAt: true,
        allowComment: true,
        questions: { orderBy: { position: "asc" }, select: { id: true, position: true } },
      },
    });
    if (!round) throw new NotFoundError();
    const status = roundStatus(round, now);
    if (status === "UPCOMING") throw new ConflictError(PULSE_MESSAGES.notOpen);
    if (status === "CLOSED") throw new ConflictError(PULSE_MESSAGES.closed);

    const positions = new Set(round.questions.map((q) => q.position));
    if ([...input.scores.keys()].some((p) => !positions.has(p)))
      throw new ValidationError(PULSE_MESSAGES.answerMismatch);
    const missing = round.questions.filter((q) => !input.scores.has(q.position));
    if (missing.length)
      throw new ValidationError(
        PULSE_MESSAGES.answerAll,
        Object.fromEntries(
          missing.map((q) => [`q${q.position}`, PULSE_MESSAGES.scoreMissing(q.position)]),
        ),
      );
    if (input.comment && !round.allowComment) throw fieldError("comment", PULSE_MESSAGES.noComment);

    // Who: the token's primary key turns a second answer away. (Until start-up
    // has converted them, an answer given before tokens is a legacy row.)
    if (
      (await db.pulseParticipationLegacy.count({ where: { roundId: round.id, userId: user.id } })) >
      0
    )
      throw new ConflictError(PULSE_MESSAGES.already);
    try {
      await db.pulseParticipation.create({
        data: { roundId: round.id, token: participationToken(round.id, user.id) },
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError(PULSE_MESSAGES.already);
      throw e;
    }

    // What: one sealed row, released coarsened when the round closes.
    const me = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { birthYear: true, departmentId: true },
    });
    const sealed = seal({
      departmentId: me.departmentId,
      ageLayer: ageLayerOf(me.birthYear, shanghaiYear(now)),
      answers: round.questions.map((q) => ({
        questionId: q.id,
        value: input.scores.get(q.position)!,
      })),
      comment: input.comment || null,
    });
    await db.pulseSealed.create({ data: { id: randomResponseId(), roundId: round.id, sealed } });
    // PostgreSQL: the round's tokens and sealed rows all take this transaction's xmin, so none dates an answer.
    await rewriteOpenRound(db, dbProvider, round.id);
    revalidatePath("/pulse");
    revalidatePath(`/pulse/${round.id}`);
    return { roundId: round.id };
  },
);
