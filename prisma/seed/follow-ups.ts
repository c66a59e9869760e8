// The 督办 board's demo data: a follow-up for every reviewed staff-of-concern
// entry (as the live review does), in every state and with overdue ones, plus
// a few opened by hand. Each timeline is replayed through the app's own state
// machine, so seeded data can only contain transitions the app allows.
// Notes are encrypted like the app's own (docs/security.md item 19).
//
// Wiring (prisma/seed.ts, inside the seed transaction, after seedReports):
//   const { concerns } = await seedReports(tx, org);
//   const followUps = await seedFollowUps(tx, { concerns, org });
//
// Inputs:
//   concerns  the staff-of-concern entries of REVIEWED reports (seedReports'
//             SeededConcern[]): id, reportId, departmentId, personId, kind,
//             reviewedAt (when the follow-up opens) and reviewedById (its creator);
//   org       the seeded organisation: 政治处 members (POLITICAL_OFFICE role;
//             the demo account zzc assigns and verifies most), department
//             heads (Department.headId, who handle their own people's follow-ups)
//             and the demo accounts head1 and staff1, who get hand-made ones.
//
// Deterministic ids (stableId) and dates (relative to the reviewed date and
// SEED_REFERENCE_DATE). Overdue is derived from the real clock, so follow-ups
// meant to be on time are due 45–90 days after the reference date, and those
// meant to be overdue were due before it.
//
// The plans are made in follow-ups/{concern-plans,manual-plans}.ts; this file
// replays them through the state machine and writes them.
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { decideTransition, type FollowUpStatus } from "../../lib/follow-ups/state";
import { SEED_REFERENCE_DATE } from "./clock";
import { concernPlan, NEWEST, olderShape, type Shape } from "./follow-ups/concern-plans";
import { manualPlans } from "./follow-ups/manual-plans";
import {
  contextOf,
  DAY,
  HOUR,
  ymd,
  type Context,
  type Plan,
  type SeedFollowUpConcern,
} from "./follow-ups/plan";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";

export type { SeedFollowUpConcern };

export type SeedFollowUpsOptions = { concerns: readonly SeedFollowUpConcern[]; org: Organisation };
export type SeedFollowUpsSummary = {
  total: number;
  manual: number;
  byStatus: Record<FollowUpStatus, number>;
  overdueAtReference: number;
};

// An overdue one needs its review at least this long before the anchor.
const OVERDUE_MIN_AGE = 12 * DAY;

/** Replays a plan through the state machine; returns the rows to insert. */
function materialise(p: Plan) {
  let status: FollowUpStatus = "OPEN";
  let hasAssignee = false;
  let resolvedAt: Date | null = null;
  let closedAt: Date | null = null;
  const updates = [
    {
      id: stableId(`followup-update:${p.id}:0`),
      followUpId: p.id,
      authorId: p.createdById,
      kind: "CREATED",
      noteEnc: p.createdNote ? encryptText(p.createdNote) : null,
      createdAt: p.createdAt,
    },
  ];
  for (const [i, s] of p.steps.entries()) {
    const actors =
      s.event === "NOTE" || s.event === "RESOLVE"
        ? (["ASSIGNEE"] as const)
        : (["MANAGER"] as const);
    const d = decideTransition(status, s.event, actors, hasAssignee);
    if (!d.ok) throw new Error(`seedFollowUps: ${p.id} ${status} + ${s.event}: ${d.message}`);
    if (s.event === "ASSIGN") hasAssignee = true;
    status = d.to;
    if (d.to === "RESOLVED") resolvedAt = s.at;
    if (d.to === "CLOSED") closedAt = s.at;
    if (d.kind === "REOPENED") {
      resolvedAt = null;
      closedAt = null;
    }
    updates.push({
      id: stableId(`followup-update:${p.id}:${i + 1}`),
      followUpId: p.id,
      authorId: s.by,
      kind: d.kind,
      noteEnc: s.note ? encryptText(s.note) : null,
      createdAt: s.at,
    });
  }
  const assigned = p.steps.some((s) => s.event === "ASSIGN");
  const followUp = {
    id: p.id,
    title: p.title.slice(0, 120),
    sourceType: p.sourceType,
    sourceId: p.sourceId,
    concernId: p.concernId,
    departmentId: p.departmentId,
    assigneeId: assigned ? p.assigneeId : null,
    dueDate: assigned ? p.dueDate : null,
    priority: p.priority,
    status,
    createdById: p.createdById,
    resolvedAt,
    closedAt,
    createdAt: p.createdAt,
    updatedAt: updates[updates.length - 1].createdAt,
  };
  return { followUp, updates };
}

/** Notifications for the demo accounts about their current follow-ups. */
function demoNotifications(rows: ReturnType<typeof materialise>[], ctx: Context) {
  const demo = new Set([ctx.zzc, ctx.head1, ctx.staff1].filter((x): x is string => !!x));
  const out: {
    id: string;
    userId: string;
    title: string;
    body: string;
    link: string;
    readAt: Date | null;
    createdAt: Date;
  }[] = [];
  for (const { followUp: f, updates } of rows) {
    const link = `/follow-ups/${f.id}`;
    const assignedAt = [...updates].reverse().find((u) => u.kind === "ASSIGNED")?.createdAt;
    if (
      f.assigneeId &&
      demo.has(f.assigneeId) &&
      assignedAt &&
      (f.status === "OPEN" || f.status === "IN_PROGRESS")
    ) {
      out.push({
        id: stableId(`notification:followup:${f.id}:assigned`),
        userId: f.assigneeId,
        title: `督办交办：${f.title}`.slice(0, 120),
        body: `请于 ${ymd(f.dueDate!)} 前办结。`,
        link,
        readAt: f.status === "IN_PROGRESS" ? new Date(assignedAt.getTime() + HOUR) : null,
        createdAt: assignedAt,
      });
    }
    if (
      f.status === "RESOLVED" &&
      f.resolvedAt &&
      f.resolvedAt.getTime() > SEED_REFERENCE_DATE.getTime() - 60 * DAY
    ) {
      const assigner = [...updates]
        .reverse()
        .find((u) => u.kind === "ASSIGNED" || u.kind === "REOPENED")?.authorId;
      if (assigner && demo.has(assigner)) {
        out.push({
          id: stableId(`notification:followup:${f.id}:resolved`),
          userId: assigner,
          title: `督办事项已办结，待核销：${f.title}`.slice(0, 120),
          body: "",
          link,
          readAt: null,
          createdAt: f.resolvedAt,
        });
      }
    }
  }
  return out;
}

export async function seedFollowUps(
  tx: Tx,
  opts: SeedFollowUpsOptions,
): Promise<SeedFollowUpsSummary> {
  const ctx = contextOf(opts.org);
  const rng = new Rng(20180301);
  const concerns = [...opts.concerns].sort(
    (a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.id.localeCompare(b.id),
  );
  // Newest first, each takes the next fixed shape it can have: an overdue one
  // needs its review at least OVERDUE_MIN_AGE before the anchor, so that its
  // due date can lie between the assignment and the anchor.
  const queue = [...NEWEST];
  const shapes = new Map<string, Shape>();
  for (const c of [...concerns].reverse()) {
    const old = c.reviewedAt.getTime() <= SEED_REFERENCE_DATE.getTime() - OVERDUE_MIN_AGE;
    const i = queue.findIndex(
      (s) => s.onTime || !(s.target === "OPEN" || s.target === "IN_PROGRESS") || old,
    );
    shapes.set(c.id, i >= 0 ? queue.splice(i, 1)[0] : olderShape(rng));
  }
  const plans = [
    ...concerns.map((c) => concernPlan(rng, c, shapes.get(c.id)!, ctx)),
    ...manualPlans(ctx),
  ];
  const rows = plans.map(materialise);

  for (let i = 0; i < rows.length; i += 100)
    await tx.followUp.createMany({ data: rows.slice(i, i + 100).map((r) => r.followUp) });
  const updates = rows.flatMap((r) => r.updates);
  for (let i = 0; i < updates.length; i += 200)
    await tx.followUpUpdate.createMany({ data: updates.slice(i, i + 200) });
  const notes = demoNotifications(rows, ctx);
  if (notes.length) await tx.notification.createMany({ data: notes });

  const byStatus: Record<FollowUpStatus, number> = {
    OPEN: 0,
    IN_PROGRESS: 0,
    RESOLVED: 0,
    CLOSED: 0,
  };
  let overdueAtReference = 0;
  for (const { followUp: f } of rows) {
    byStatus[f.status]++;
    if (
      f.dueDate &&
      f.dueDate < SEED_REFERENCE_DATE &&
      (f.status === "OPEN" || f.status === "IN_PROGRESS")
    )
      overdueAtReference++;
  }
  return {
    total: rows.length,
    manual: plans.filter((p) => p.sourceType === "MANUAL").length,
    byStatus,
    overdueAtReference,
  };
}
