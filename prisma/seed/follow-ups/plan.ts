// What the follow-ups seed plans before it writes: a follow-up with its
// scripted timeline (Plan, Step), the people it draws on (Context), and the
// date helpers both the concern and the hand-made plans use.
import type { FollowUpPriority } from "../../../lib/follow-ups/labels";
import type { FollowUpEvent } from "../../../lib/follow-ups/state";
import { SEED_REFERENCE_DATE } from "../clock";
import type { Organisation, SeedUser } from "../org";
import type { Rng } from "../random";

export type SeedFollowUpConcern = {
  id: string;
  reportId: string;
  departmentId: string;
  personId: string;
  kind: string;
  reviewedAt: Date;
  reviewedById: string;
};

export const DAY = 24 * 3600_000;
export const HOUR = 3600_000;
// Nothing in the demo happens after the anchor (prisma/seed/clock.ts).
export const LATEST = SEED_REFERENCE_DATE.getTime() - 2 * HOUR;

export type Step = { event: FollowUpEvent; at: Date; by: string; note: string | null };
export type Plan = {
  id: string;
  title: string;
  sourceType: "CONCERN" | "MANUAL";
  sourceId: string | null;
  concernId: string | null;
  departmentId: string | null;
  createdById: string;
  createdAt: Date;
  createdNote: string | null;
  priority: FollowUpPriority;
  assigneeId: string | null;
  dueDate: Date | null;
  steps: Step[];
};

export type Context = {
  users: Map<string, SeedUser>;
  heads: Map<string, string>;
  headByCode: Map<string, string>;
  deptByCode: Map<string, string>;
  zzc: string;
  officeHead: string;
  officeWorker: string;
  head1: string | null;
  staff1: string | null;
};

export function contextOf(org: Organisation): Context {
  const users = new Map(org.users.map((u) => [u.id, u]));
  const byName = (username: string) => org.users.find((u) => u.username === username)?.id ?? null;
  const office = org.users.filter((u) => u.roles.includes("POLITICAL_OFFICE"));
  if (office.length === 0) throw new Error("seedFollowUps: no 政治处 member in the organisation");
  const zzc = byName("zzc") ?? office[0].id;
  const officeHead = office.find((u) => u.position === "政治处主任")?.id ?? zzc;
  const officeWorker = office.find((u) => u.id !== zzc && u.id !== officeHead)?.id ?? zzc;
  return {
    users,
    heads: new Map(org.departments.filter((d) => d.headId).map((d) => [d.id, d.headId!])),
    headByCode: new Map(org.departments.filter((d) => d.headId).map((d) => [d.code, d.headId!])),
    deptByCode: new Map(org.departments.map((d) => [d.code, d.id])),
    zzc,
    officeHead,
    officeWorker,
    head1: byName("head1"),
    staff1: byName("staff1"),
  };
}

/** The last instant of a calendar day in Asia/Shanghai, like the app's due dates. */
export function endOfDay(d: Date): Date {
  const day = new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
  return new Date(`${day}T23:59:59.999+08:00`);
}

/** A working-hours time `days` after `from`. */
export function after(rng: Rng, from: Date, minDays: number, maxDays: number): Date {
  const t = from.getTime() + rng.int(Math.round(minDays * 24), Math.round(maxDays * 24)) * HOUR;
  const local = new Date(t + 8 * HOUR);
  const hour = local.getUTCHours();
  // Move night-time steps into office hours the next morning.
  return hour >= 8 && hour < 18 ? new Date(t) : new Date(t + ((24 - hour + 9) % 24) * HOUR);
}

export function last(steps: Step[]): Date {
  return steps[steps.length - 1].at;
}

export function ymd(d: Date): string {
  return new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
}
