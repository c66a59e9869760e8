// The talk records the talks seed collects, and the context that makes them:
// who talks with whom (interviewerFor) and one record (makeTalk), both drawing
// from the seed's Rng in call order.
import { encryptText } from "../../../lib/crypto";
import { SEED_REFERENCE_DATE } from "../clock";
import type { Organisation, SeedUser } from "../org";
import { stableId, type Rng } from "../random";
import { TOPICS } from "./texts";

export const DAY = 24 * 3600_000;

export type Talk = {
  id: string;
  interviewerId: string;
  intervieweeId: string;
  heldOn: Date;
  occasion: string;
  topics: string;
  notesEnc: string;
  concernsEnc: string | null;
  needsFollowUp: boolean;
  followUpId: string | null;
  campaignId: string | null;
  createdById: string;
  createdAt: Date;
};

export const monthKey = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
const atNine = (d: Date) =>
  new Date(Math.floor((d.getTime() + 8 * 3600_000) / DAY) * DAY - 8 * 3600_000 + 9 * 3600_000);

export type TalkContext = ReturnType<typeof talkContext>;

export function talkContext(org: Organisation, rng: Rng) {
  const business = org.users.filter(
    (u) => !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  const office = business.filter((u) => u.roles.includes("POLITICAL_OFFICE"));
  const zzc = org.users.find((u) => u.username === "zzc")!;
  const byId = new Map(org.users.map((u) => [u.id, u]));
  const deptOf = new Map(org.departments.map((d) => [d.id, d]));

  /** Who talks with a person: their head, 政治处, or their supervising leader. */
  function interviewerFor(p: SeedUser): SeedUser {
    const d = p.departmentId ? deptOf.get(p.departmentId) : undefined;
    const head = d?.headId && d.headId !== p.id ? byId.get(d.headId) : undefined;
    const leader = d && d.leaderId !== p.id ? byId.get(d.leaderId) : undefined;
    const choices: [SeedUser, number][] = [];
    if (head) choices.push([head, 5]);
    for (const o of office) if (o.id !== p.id) choices.push([o, 3 / office.length]);
    if (leader) choices.push([leader, 2]);
    return rng.weighted(choices);
  }

  const talks: Talk[] = [];
  const makeTalk = (
    key: string,
    p: SeedUser,
    by: SeedUser,
    heldOn: Date,
    occasion: string,
    notes: string,
    campaignId: string | null,
    opts: { concerns?: string; needsFollowUp?: boolean } = {},
  ): Talk => {
    const topics = rng.shuffle(TOPICS[occasion]).slice(0, rng.int(1, 2)).join(",");
    const t: Talk = {
      id: stableId(`talk:${key}`),
      interviewerId: by.id,
      intervieweeId: p.id,
      heldOn: atNine(heldOn),
      occasion,
      topics,
      notesEnc: encryptText(notes),
      concernsEnc: opts.concerns ? encryptText(opts.concerns) : null,
      needsFollowUp: opts.needsFollowUp ?? false,
      followUpId: null,
      campaignId,
      createdById: rng.chance(0.2) && by.id !== zzc.id ? zzc.id : by.id,
      createdAt: new Date(
        Math.min(
          atNine(heldOn).getTime() + rng.int(1, 48) * 3600_000,
          SEED_REFERENCE_DATE.getTime() - 3600_000,
        ),
      ),
    };
    talks.push(t);
    return t;
  };
  return { rng, business, zzc, byId, deptOf, talks, interviewerFor, makeTalk };
}
