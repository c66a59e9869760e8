// 思想状况测评 demo data (deterministic for an anchor day), seeded the way the app writes it:
//   - nine closed rounds, quarterly from story 2024-12 to 2026-09 plus a
//     special round in 2025-05, each open for two weeks, moved by whole months
//     onto the anchor; one round open on the anchor day (from the 1st of its
//     month to the 1st of the month after next) that about 45% have answered,
//     staff1 not. Dates and titles: prisma/seed/titles.ts;
//   - 70–85% participation, varying by department and person;
//   - a clear dip during the reform months (2025-03 … 2025-06), recovery
//     afterwards, and a later dip in 第四检察部 (its reports show problems from 2026-03);
//   - anonymous like the app (docs/barometer.md): participation is a keyed
//     token per person and round; the closed rounds are released as the app
//     releases them, every (department, age layer) tuple coarsened to at
//     least 5 responses (lib/pulse/coarsen.ts), with ids that are hashes of
//     the round and a shuffled index, so they sort by neither person nor
//     order; the open round's answers are in the sealed pool, encrypted;
//     some comments, encrypted.
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { ageLayerOf } from "../../lib/people/age";
import { coarsen } from "../../lib/pulse/coarsen";
import { STANDARD_QUESTIONS } from "../../lib/pulse/labels";
import { participationToken } from "../../lib/pulse/participation";
import { groupSizes } from "../../lib/pulse/release";
import { seal } from "../../lib/pulse/sealed";
import { DEMO_ACCOUNTS } from "./accounts";
import { wallParts } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";
import { pulseRoundPlans, type PulseRoundPlan } from "./titles";

const DAY = 24 * 3600_000;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

type RoundPlan = PulseRoundPlan;
const ROUNDS: RoundPlan[] = pulseRoundPlans();

const PROBLEM_DEPARTMENT = "JC4";
const PROBLEM_FROM = "2026-03";

const COMMENTS = {
  good: [
    "部门氛围很好，领导关心干警成长。",
    "希望继续加强业务培训，多组织案例研讨。",
    "建议完善值班轮休制度。",
    "希望多开展文体活动，丰富业余生活。",
    "改革后分工更清晰，办案责任更明确。",
    "建议优化办案系统，减少重复录入。",
  ],
  reform: [
    "对入额标准和程序还有疑问，希望政治处多做解读。",
    "未入额人员的职业发展通道希望尽快明确。",
    "改革期间工作量明显增加，压力较大。",
    "希望员额退出机制更加公开透明。",
    "检察官助理的职级待遇希望有明确说法。",
  ],
  low: [
    "近期案件量大，加班较多，希望合理调配人手。",
    "希望领导多听取一线干警的意见。",
    "工作压力较大，希望关注干警身心健康。",
    "希望考核办法更加合理，减少重复填报。",
  ],
};

/** A standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
}

export async function seedPulse(tx: Tx, org: Organisation) {
  const rng = new Rng(20261101);
  const e2eOnly = new Set(DEMO_ACCOUNTS.filter((a) => a.e2eOnly).map((a) => a.username));
  const business = org.users.filter(
    (u) => !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  const zzc = org.users.find((u) => u.username === "zzc")!;
  const deptCode = new Map(org.departments.map((d) => [d.id, d.code]));

  // Fixed traits: a department's mood and turnout, a person's temperament and habit.
  const deptMood = new Map(org.departments.map((d) => [d.id, 3.55 + rng.float() * 0.55]));
  const deptTurnout = new Map(org.departments.map((d) => [d.id, 0.66 + rng.float() * 0.2]));
  const person = new Map(
    business.map((u) => [u.id, { mood: normal(rng) * 0.35, turnout: normal(rng) * 0.08 }]),
  );

  let responsesTotal = 0;
  let rateSum = 0;
  let current = { answered: 0, eligible: 0 };
  for (const plan of ROUNDS) {
    const { opensAt, closesAt } = plan;
    const year = wallParts(opensAt).year;
    const roundId = stableId(`pulse-round:${plan.key}`);
    const texts = plan.extra ? [...STANDARD_QUESTIONS, plan.extra] : [...STANDARD_QUESTIONS];
    const questionIds = texts.map((_, i) => stableId(`pulse-question:${plan.key}:${i + 1}`));
    const eligible = business.filter((u) => u.createdAt.getTime() <= opensAt.getTime());
    await tx.pulseRound.create({
      data: {
        id: roundId,
        title: plan.title,
        description: plan.reform
          ? "改革期间，请如实反映您的想法，帮助院党组了解干警思想状况。"
          : "",
        opensAt,
        closesAt,
        allowComment: true,
        eligibleCount: eligible.length,
        createdById: zzc.id,
        createdAt: new Date(opensAt.getTime() - 3 * DAY),
        questions: {
          create: texts.map((text, i) => ({ id: questionIds[i], position: i + 1, text })),
        },
      },
    });

    const respondents = eligible.filter((u) => {
      if (e2eOnly.has(u.username) || (plan.done !== undefined && u.username === "staff1"))
        return false;
      const p = (deptTurnout.get(u.departmentId ?? "") ?? 0.75) + person.get(u.id)!.turnout;
      return rng.chance(clamp(p, 0.3, 0.97) * (plan.done ?? 1));
    });
    const tokens = respondents
      .map((u) => ({ roundId, token: participationToken(roundId, u.id) }))
      .sort((a, b) => a.token.localeCompare(b.token));
    await tx.pulseParticipation.createMany({ data: tokens });

    // The responses, in an order unrelated to the people: shuffled, then keyed by position.
    const responses = rng.shuffle(respondents).map((u, i) => ({
      id: stableId(`pulse-response:${plan.key}:${i}`),
      ...answersOf(u, plan, year, texts.length),
    }));
    responses.sort((a, b) => a.id.localeCompare(b.id));
    const coarse = plan.done === undefined ? coarsen(responses) : null;
    if (!coarse) {
      // The open round (or one too small to release): the sealed pool.
      await tx.pulseSealed.createMany({
        data: responses.map((r) => ({
          id: r.id,
          roundId,
          sealed: seal({
            departmentId: r.departmentId,
            ageLayer: r.ageLayer,
            answers: r.values.map((value, i) => ({ questionId: questionIds[i], value })),
            comment: r.comment,
          }),
        })),
      });
    } else {
      await tx.pulseResponse.createMany({
        data: responses.map((r, i) => ({
          id: r.id,
          roundId,
          departmentId: coarse[i].departmentId,
          ageLayer: coarse[i].ageLayer,
          commentEnc: r.comment ? encryptText(r.comment) : null,
        })),
      });
      const answers = responses.flatMap((r) =>
        r.values.map((value, i) => ({ responseId: r.id, questionId: questionIds[i], value })),
      );
      for (let i = 0; i < answers.length; i += 500)
        await tx.pulseAnswer.createMany({ data: answers.slice(i, i + 500) });
      await tx.pulseRound.update({
        where: { id: roundId },
        data: { groupSizes: JSON.stringify(await groupSizes(tx, year)) },
      });
    }

    responsesTotal += responses.length;
    if (plan.done === undefined) rateSum += responses.length / eligible.length;
    else current = { answered: responses.length, eligible: eligible.length };
  }

  function answersOf(u: SeedUser, plan: RoundPlan, year: number, count: number) {
    const layer = ageLayerOf(u.birthYear, year);
    const problem =
      deptCode.get(u.departmentId ?? "") === PROBLEM_DEPARTMENT && plan.key >= PROBLEM_FROM;
    const latent =
      (deptMood.get(u.departmentId ?? "") ?? 3.8) +
      person.get(u.id)!.mood +
      plan.mood +
      (problem ? -0.75 : 0) +
      normal(rng) * 0.25;
    // Per question: satisfaction, reform confidence, pressure (asked positively), team, career, [入额 fairness].
    const offsets = [
      0,
      plan.reform ? -0.45 : 0.05,
      -0.35,
      0.2,
      plan.reform && layer !== "OLD" ? -0.45 : -0.1,
      -0.3,
    ];
    const values = Array.from({ length: count }, (_, q) =>
      clamp(Math.round(latent + offsets[q] + normal(rng) * 0.55), 1, 5),
    );
    const mean = values.reduce((s, v) => s + v, 0) / count;
    const comment = rng.chance(0.18)
      ? rng.pick(
          plan.reform && rng.chance(0.7)
            ? COMMENTS.reform
            : mean < 3.2
              ? COMMENTS.low
              : COMMENTS.good,
        )
      : null;
    return { departmentId: u.departmentId, ageLayer: layer, values, comment };
  }

  return {
    rounds: ROUNDS.length,
    responses: responsesTotal,
    meanRate: Math.round((rateSum / (ROUNDS.length - 1)) * 100),
    current,
  };
}
