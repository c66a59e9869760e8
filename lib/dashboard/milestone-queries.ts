// Reads of 改革节点 (Milestone records): the trend overlay for every
// dashboard viewer, and 政治处's editor with the 入额 rounds and deployments
// it may turn into milestones.
import "server-only";

import { monthOf } from "../dates";
import { db, type Tx } from "../db";
import type { MilestoneKind } from "./milestones";

const SELECT = {
  id: true,
  label: true,
  kind: true,
  fromMonth: true,
  toMonth: true,
  sourceType: true,
  sourceId: true,
} as const;

/** Every milestone, oldest first, shaped for the trend ({ from, to, label, kind }). */
export async function listMilestones(client: Tx = db) {
  const rows = await client.milestone.findMany({
    orderBy: [{ fromMonth: "asc" }, { toMonth: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    kind: r.kind as MilestoneKind,
    from: r.fromMonth,
    to: r.toMonth,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
  }));
}

export type MilestoneRow = Awaited<ReturnType<typeof listMilestones>>[number];

/** The months a 入额 round spans: registration to its conclusion (or 公示, or registration's close). */
export function quotaRoundMonths(r: {
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  publicityEndsOn: Date | null;
  concludedAt: Date | null;
}) {
  const end = r.concludedAt ?? r.publicityEndsOn ?? r.registrationClosesAt;
  return { from: monthOf(r.registrationOpensAt), to: monthOf(end) };
}

/** The months a deployment spans: from its creation to its last assignment's due date. */
export function deploymentMonths(d: { createdAt: Date; assignments: { dueDate: Date }[] }) {
  const last = Math.max(d.createdAt.getTime(), ...d.assignments.map((a) => a.dueDate.getTime()));
  return { from: monthOf(d.createdAt), to: monthOf(new Date(last)) };
}

/** 入额 rounds and deployments not yet marked as milestones, with the months they would span. */
export async function milestoneSources(client: Tx = db) {
  const [rounds, deployments, marked] = await Promise.all([
    client.quotaRound.findMany({
      orderBy: { registrationOpensAt: "desc" },
      take: 20,
      select: {
        id: true,
        title: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
        publicityEndsOn: true,
        concludedAt: true,
      },
    }),
    client.deployment.findMany({
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        title: true,
        createdAt: true,
        assignments: { select: { dueDate: true } },
      },
    }),
    client.milestone.findMany({
      where: { sourceId: { not: null } },
      select: { sourceType: true, sourceId: true },
    }),
  ]);
  const done = new Set(marked.map((m) => `${m.sourceType}|${m.sourceId}`));
  return [
    ...rounds.map((r) => ({
      sourceType: "QuotaRound" as const,
      sourceId: r.id,
      title: r.title,
      ...quotaRoundMonths(r),
    })),
    ...deployments.map((d) => ({
      sourceType: "Deployment" as const,
      sourceId: d.id,
      title: d.title,
      ...deploymentMonths(d),
    })),
  ].filter((s) => !done.has(`${s.sourceType}|${s.sourceId}`));
}
