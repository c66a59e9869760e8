// The first 入额 round, "首批员额检察官遴选" (DOMAIN.md: 56 admitted, 10 more in
// 公示), as the article tells it:
//   - registration 2025-02-10 … 02-24; 笔试 in March, 业绩考核 and 面试 in April;
//   - the first 公示 (56) in May 2025, then the outcomes: the 56 admitted are
//     exactly the 院's 员额检察官 (prisma/seed/departments.ts derives them from
//     positions; User.prosecutor is already true for them);
//   - a 递补 batch of 10 now in 公示 (status PUBLICITY, 2026-10-30 … 12-11);
// (story dates, moved by whole months onto the anchor: prisma/seed/clock.ts;
// the 公示 window always contains the anchor day)
//   - the other 20 registrants not admitted: the focus group for talks.
// Scores are drawn in three bands (admitted ≥ 80, 公示 72–79.5, others < 72 in
// every component) so the weighted ranking agrees with the outcomes; the seed
// checks this with the same pure ranking the app uses.
import type { Tx } from "../../lib/db-client";
import { QUOTA_MESSAGES } from "../../lib/quota/labels";
import { rankContenders } from "../../lib/quota/scoring";
import { storyAt, storyText } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, stableId } from "./random";

const day = (s: string) => storyAt(s);
const at = (s: string, hh: number, mm = 0) =>
  storyAt(`${s}T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`);

const COMPONENTS = [
  { key: "written", name: "笔试", weight: 30, maxScore: 100, enteredOn: "2025-03-16", step: 50 },
  {
    key: "performance",
    name: "业绩考核",
    weight: 50,
    maxScore: 100,
    enteredOn: "2025-04-11",
    step: 1,
  },
  { key: "interview", name: "面试", weight: 20, maxScore: 100, enteredOn: "2025-04-25", step: 1 },
] as const;

/** Component score bands in hundredths, [min, max]. */
const BANDS = {
  ADMITTED: [8000, 9800],
  PUBLICITY: [7200, 7950],
  NOT_ADMITTED: [5500, 7150],
} as const;

const IN_PUBLICITY = 10;
const REGISTERED_NOT_PROSECUTORS = 30;

/** Who else registered: every 检察官助理, the two non-casework deputies, and the three most senior 书记员. */
function otherRegistrants(users: SeedUser[]): SeedUser[] {
  const business = users.filter(
    (u) =>
      !u.prosecutor &&
      u.roles.length > 0 &&
      !u.roles.includes("SYS_ADMIN") &&
      !u.roles.includes("AUDITOR"),
  );
  const assistants = business.filter((u) => u.position === "检察官助理");
  const deputies = business.filter((u) => u.position === "副主任");
  const clerks = business
    .filter((u) => u.position === "书记员")
    .sort((a, b) => a.birthYear - b.birthYear || a.employeeNo.localeCompare(b.employeeNo));
  const out = [...assistants, ...deputies];
  return [...out, ...clerks.slice(0, REGISTERED_NOT_PROSECUTORS - out.length)];
}

export async function seedQuota(tx: Tx, org: Organisation) {
  const rng = new Rng(20250210);
  const zzc = org.users.find((u) => u.username === "zzc")!;
  const admitted = org.users.filter((u) => u.prosecutor);
  // liaison1 is among the 递补 batch, so the demo shows a 公示 from both sides.
  const others = rng
    .shuffle(otherRegistrants(org.users))
    .sort((a, b) => Number(b.username === "liaison1") - Number(a.username === "liaison1"));
  const groups: [SeedUser, keyof typeof BANDS][] = [
    ...admitted.map((u) => [u, "ADMITTED"] as [SeedUser, keyof typeof BANDS]),
    ...others.map(
      (u, i) =>
        [u, i < IN_PUBLICITY ? "PUBLICITY" : "NOT_ADMITTED"] as [SeedUser, keyof typeof BANDS],
    ),
  ];

  const roundId = stableId("quota:round:first");
  const components = COMPONENTS.map((c, i) => ({
    id: stableId(`quota:component:first:${c.key}`),
    roundId,
    name: c.name,
    position: i + 1,
    weight: c.weight,
    maxScore: c.maxScore,
  }));
  const publishedAt = at("2026-10-30", 16);
  await tx.quotaRound.create({
    data: {
      id: roundId,
      title: "首批员额检察官遴选",
      description: storyText(
        "根据省院员额检察官遴选办法，在全院符合条件的人员中遴选员额检察官。总成绩由笔试、业绩考核和面试组成；首批入额 56 名，2026 年员额增补后按排名递补公示 10 名。",
        [2026, 10, 30],
      ),
      places: 66,
      registrationOpensAt: day("2025-02-10"),
      registrationClosesAt: day("2025-02-24"),
      status: "PUBLICITY",
      publicityStartsOn: day("2026-10-30"),
      publicityEndsOn: day("2026-12-11"),
      publishedAt,
      concludedAt: at("2025-05-20", 10),
      createdById: zzc.id,
      createdAt: at("2025-02-05", 10),
    },
  });
  await tx.quotaComponent.createMany({ data: components });

  const regs = groups.map(([u, group]) => {
    const registeredAt = at(
      `2025-02-${String(rng.int(10, 24)).padStart(2, "0")}`,
      rng.int(8, 17),
      rng.int(0, 59),
    );
    const [lo, hi] = BANDS[group];
    const scores = Object.fromEntries(
      COMPONENTS.map((c, i) => {
        const steps = Math.floor((hi - lo) / c.step);
        return [components[i].id, lo + rng.int(0, steps) * c.step];
      }),
    );
    return {
      id: stableId(`quota:registration:first:${u.username}`),
      user: u,
      group,
      registeredAt,
      scores,
    };
  });
  const ranking = rankContenders(components, regs);
  const ranked = new Map(ranking.rows.map((r) => [r.id, r]));
  // The bands make the ranking agree with the outcomes; hold the seed to it.
  const limits = {
    ADMITTED: [1, admitted.length],
    PUBLICITY: [admitted.length + 1, admitted.length + IN_PUBLICITY],
    NOT_ADMITTED: [admitted.length + IN_PUBLICITY + 1, regs.length],
  };
  for (const r of regs) {
    const rank = ranked.get(r.id)!.rank!;
    const [from, to] = limits[r.group];
    if (rank < from || rank > to)
      throw new Error(`quota seed: ${r.user.username} (${r.group}) ranked ${rank}`);
  }

  await tx.quotaRegistration.createMany({
    data: regs.map((r) => ({
      id: r.id,
      roundId,
      userId: r.user.id,
      registeredAt: r.registeredAt,
      totalCenti: ranked.get(r.id)!.totalCenti,
      rank: ranked.get(r.id)!.rank,
      outcome: r.group,
    })),
  });
  await tx.quotaScore.createMany({
    data: regs.flatMap((r) =>
      COMPONENTS.map((c, i) => ({
        registrationId: r.id,
        componentId: components[i].id,
        centi: r.scores[components[i].id],
        enteredById: zzc.id,
        enteredAt: at(c.enteredOn, 15, 30),
      })),
    ),
  });
  // The 递补 公示 went to every registrant.
  await tx.notification.createMany({
    data: regs.map((r) => ({
      id: stableId(`notification:quota:first:supplement:${r.user.username}`),
      userId: r.user.id,
      title: QUOTA_MESSAGES.published,
      body: "「首批员额检察官遴选」公示名单已发布，请查看。",
      link: `/quota/${roundId}/publicity`,
      readAt: null,
      createdAt: publishedAt,
    })),
  });
  return {
    admitted: admitted.length,
    publicity: IN_PUBLICITY,
    notAdmitted: regs.length - admitted.length - IN_PUBLICITY,
  };
}
