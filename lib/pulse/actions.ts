"use server";
// 思想状况测评 writes. 政治处 sets up and closes rounds; everyone answers
// once. Anonymity by construction (SECURITY.md 17): one transaction inserts
// the participation (who), then a response with a random id that carries
// only the department group and age layer (what), never a time. The audit
// row names the answerer and the round, as participation is not secret,
// but never the answers or the comment.
import { revalidatePath } from "next/cache";
import { action } from "../action";
import { dbProvider, type Tx } from "../db";
import { encryptText } from "../crypto";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { ageLayerOf } from "../talks/age";
import { shanghaiYear } from "../dates";
import { activeBusinessUser } from "../talks/queries";
import { randomResponseId } from "./ids";
import { PULSE_MESSAGES } from "./labels";
import { MIN_GROUP_SIZE } from "./masking";
import { AnswerPulseInput, CloseRoundInput, CreatePulseRoundInput } from "./schemas";
import { closesAtFor, roundStatus } from "./window";

const fieldError = (field: string, message: string) => new ValidationError(message, { [field]: message });

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

export const createPulseRound = action({ name: "pulse.create", permission: "pulse.manage", input: CreatePulseRoundInput }, async ({ db, user, input, audit }) => {
  const closesAt = closesAtFor(input.closesOn);
  if (closesAt.getTime() <= Date.now()) throw fieldError("closesOn", PULSE_MESSAGES.closesInPast);
  // The response-rate base: active business staff today.
  const eligibleCount = await db.user.count({ where: activeBusinessUser });
  const round = await db.pulseRound.create({
    data: {
      title: input.title, description: input.description ?? "", opensAt: input.opensOn, closesAt, allowComment: input.allowComment, eligibleCount, createdById: user.id,
      questions: { create: input.questions.map((text, i) => ({ position: i + 1, text })) },
    },
    select: { id: true },
  });
  Object.assign(audit, { objectType: "PulseRound", objectId: round.id, detail: { questionCount: input.questions.length, eligibleCount } });
  revalidatePath("/pulse");
  return round;
});

export const closePulseRound = action({ name: "pulse.close", permission: "pulse.manage", input: CloseRoundInput }, async ({ db, input, audit }) => {
  const r = await db.pulseRound.findUnique({ where: { id: input.id }, select: { id: true, opensAt: true, closesAt: true } });
  if (!r) throw new NotFoundError();
  Object.assign(audit, { objectType: "PulseRound", objectId: r.id });
  const now = new Date();
  if (roundStatus(r, now) !== "OPEN") throw new ConflictError(PULSE_MESSAGES.closeNotOpen);
  const res = await db.pulseRound.updateMany({ where: { id: r.id, closesAt: { gt: now } }, data: { closesAt: now } });
  if (res.count !== 1) throw new ConflictError(PULSE_MESSAGES.closeNotOpen);
  revalidatePath("/pulse");
  revalidatePath(`/pulse/${r.id}`);
  return { id: r.id };
});

export const answerPulse = action({ name: "pulse.answer", permission: "pulse.answer", input: AnswerPulseInput }, async ({ db, user, input, audit }) => {
  const now = new Date();
  // PostgreSQL: answers to one round take turns, so rewriteRound sees them all.
  if (dbProvider === "postgresql") await db.$queryRaw`SELECT "id" FROM "PulseRound" WHERE "id" = ${input.roundId} FOR UPDATE`;
  const round = await db.pulseRound.findUnique({
    where: { id: input.roundId },
    select: { id: true, opensAt: true, closesAt: true, allowComment: true, questions: { orderBy: { position: "asc" }, select: { id: true, position: true } } },
  });
  if (!round) throw new NotFoundError();
  Object.assign(audit, { objectType: "PulseRound", objectId: round.id });
  const status = roundStatus(round, now);
  if (status === "UPCOMING") throw new ConflictError(PULSE_MESSAGES.notOpen);
  if (status === "CLOSED") throw new ConflictError(PULSE_MESSAGES.closed);

  const positions = new Set(round.questions.map((q) => q.position));
  if ([...input.scores.keys()].some((p) => !positions.has(p))) throw new ValidationError(PULSE_MESSAGES.answerMismatch);
  const missing = round.questions.filter((q) => !input.scores.has(q.position));
  if (missing.length) throw new ValidationError(PULSE_MESSAGES.answerAll, Object.fromEntries(missing.map((q) => [`q${q.position}`, PULSE_MESSAGES.scoreMissing(q.position)])));
  if (input.comment && !round.allowComment) throw fieldError("comment", PULSE_MESSAGES.noComment);

  // Who: the composite key turns a second answer away.
  try {
    await db.pulseParticipation.create({ data: { roundId: round.id, userId: user.id } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError(PULSE_MESSAGES.already);
    throw e;
  }

  // What: no user id, no time; the department only when it is never too small to show.
  const me = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { birthYear: true, departmentId: true } });
  const deptSize = me.departmentId ? await db.user.count({ where: { AND: [activeBusinessUser, { departmentId: me.departmentId }] } }) : 0;
  const responseId = randomResponseId();
  await db.pulseResponse.create({
    data: {
      id: responseId, roundId: round.id, departmentId: deptSize >= MIN_GROUP_SIZE ? me.departmentId : null,
      ageLayer: ageLayerOf(me.birthYear, shanghaiYear(now)), commentEnc: input.comment ? encryptText(input.comment) : null,
    },
  });
  await db.pulseAnswer.createMany({ data: round.questions.map((q) => ({ responseId, questionId: q.id, value: input.scores.get(q.position)! })) });
  if (dbProvider === "postgresql") await rewriteRound(db, round.id);
  revalidatePath("/pulse");
  revalidatePath(`/pulse/${round.id}`);
  return { roundId: round.id };
});

/**
 * PostgreSQL stamps every row with its inserting transaction (xmin) and keeps
 * a heap in insertion order (ctid), both readable with plain SQL: the new
 * response would share its xmin with this answer's participation and audit
 * rows, and sit in the same place in the heap order as the participation.
 * Rewriting all of the round's responses, in random-id order, in this
 * transaction gives every one of them the same xmin and a fresh place.
 * SQLite needs none of this: the tables are WITHOUT ROWID, keyed by the random id.
 */
async function rewriteRound(db: Tx, roundId: string) {
  const rows = await db.pulseResponse.findMany({
    where: { roundId }, orderBy: { id: "asc" },
    select: { id: true, roundId: true, departmentId: true, ageLayer: true, commentEnc: true, answers: { select: { questionId: true, value: true } } },
  });
  await db.pulseResponse.deleteMany({ where: { roundId } }); // answers go with them (ON DELETE CASCADE)
  await db.pulseResponse.createMany({ data: rows.map((r) => ({ id: r.id, roundId: r.roundId, departmentId: r.departmentId, ageLayer: r.ageLayer, commentEnc: r.commentEnc })) });
  await db.pulseAnswer.createMany({ data: rows.flatMap((r) => r.answers.map((a) => ({ responseId: r.id, ...a }))) });
}
