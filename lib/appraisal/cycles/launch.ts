// Launching a cycle (指标设置 → 打分中): every active business user with a
// department, and every department, is frozen as they are now (name,
// department, position, 员额), each gets a sheet for the indicators that
// target them, and every MANUAL indicator gets its scoring tasks, generated
// in bulk from the scorer plan — never typed one by one. Later moves between
// departments do not touch a launched cycle.
import "server-only";

import { randomUUID } from "node:crypto";

import { keyedToken } from "../../crypto";
import type { Tx } from "../../db";
import { notify } from "../../notifications/notify";
import { activeBusinessUser } from "../../people/active";
import { planScorers, type OrgFacts, type ScoredSubject, type ScorerKind } from "../scorers";

const BATCH = 500;
export const PEER_LABEL = "appraisal.peer.v1";

/** The key of a 民主测评 task: who scores is not stored, only this token of cycle and scorer. */
export const peerKey = (cycleId: string, scorerId: string) =>
  keyedToken(PEER_LABEL, `${cycleId}:${scorerId}`);

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

const applies = (target: string, type: "PERSON" | "DEPARTMENT") =>
  target === "BOTH" || target === (type === "PERSON" ? "INDIVIDUAL" : "DEPARTMENT");

/**
 * Seeding passes stable ids, and either no notices (a past cycle's tasks are
 * long done) or notices dated at the story's launch.
 */
export type LaunchOptions = {
  newId?: (key: string) => string;
  notify?: boolean;
  /** Only people who had joined by then (a past year's cycle, seeded years later). */
  onRollBy?: Date;
};

export async function launchCycle(
  tx: Tx,
  cycleId: string,
  now: Date,
  { newId = () => randomUUID(), notify: tell = true, onRollBy }: LaunchOptions = {},
) {
  const cycle = await tx.appraisalCycle.findUniqueOrThrow({
    where: { id: cycleId },
    include: { indicators: true },
  });
  const [people, departments, office] = await Promise.all([
    tx.user.findMany({
      where: {
        ...activeBusinessUser,
        departmentId: { not: null },
        ...(onRollBy ? { OR: [{ joinedAt: null }, { joinedAt: { lte: onRollBy } }] } : {}),
      },
      select: { id: true, realName: true, departmentId: true, position: true, prosecutor: true },
      orderBy: { employeeNo: "asc" },
    }),
    tx.department.findMany({
      select: { id: true, name: true, headId: true, leaderId: true },
      orderBy: { sortOrder: "asc" },
    }),
    tx.user.findMany({
      where: { ...activeBusinessUser, roles: { some: { role: "POLITICAL_OFFICE" } } },
      select: { id: true },
      orderBy: { employeeNo: "asc" },
    }),
  ]);
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const members = new Map<string, string[]>();
  for (const p of people)
    members.set(p.departmentId!, [...(members.get(p.departmentId!) ?? []), p.id]);
  const org: OrgFacts = {
    departments: new Map(
      departments.map((d) => [d.id, { headId: d.headId, leaderId: d.leaderId }]),
    ),
    office: [
      cycle.createdById,
      ...office.map((o) => o.id).filter((id) => id !== cycle.createdById),
    ],
    members,
  };
  const wantPeople = cycle.indicators.some((i) => applies(i.target, "PERSON"));
  const wantDepts = cycle.indicators.some((i) => applies(i.target, "DEPARTMENT"));
  const sheets = [
    ...(wantPeople ? people : []).map((p) => ({
      id: newId(`${cycleId}:U:${p.id}`),
      cycleId,
      subjectType: "PERSON",
      subjectKey: `U:${p.id}`,
      userId: p.id,
      departmentId: p.departmentId,
      subjectName: p.realName,
      departmentName: deptName.get(p.departmentId!) ?? "",
      position: p.position,
      prosecutor: p.prosecutor,
    })),
    ...(wantDepts ? departments.filter((d) => members.has(d.id)) : []).map((d) => ({
      id: newId(`${cycleId}:D:${d.id}`),
      cycleId,
      subjectType: "DEPARTMENT",
      subjectKey: `D:${d.id}`,
      userId: null,
      departmentId: d.id,
      subjectName: d.name,
      departmentName: d.name,
    })),
  ];
  await inBatches(sheets, (data) => tx.appraisalSheet.createMany({ data }));

  const tasks: {
    id: string;
    sheetId: string;
    indicatorId: string;
    scorerId: string | null;
    scorerKey: string;
    dueAt: Date | null;
  }[] = [];
  const none: {
    sheetId: string;
    indicatorId: string;
    kind: string;
    detail: string;
    computedAt: Date;
  }[] = [];
  const told = new Set<string>();
  for (const i of cycle.indicators.filter((x) => x.type === "MANUAL")) {
    for (const s of sheets) {
      if (!applies(i.target, s.subjectType as "PERSON" | "DEPARTMENT")) continue;
      const plan = planScorers(i.scorer as ScorerKind, s as ScoredSubject, org);
      if (plan.kind === "NONE") {
        none.push({
          sheetId: s.id,
          indicatorId: i.id,
          kind: "NA",
          detail: plan.reason,
          computedAt: now,
        });
        continue;
      }
      for (const scorerId of plan.scorerIds) {
        const peer = plan.kind === "PEER";
        // A peer task's id, like its key, must not be derivable from the scorer's id.
        const scorerKey = peer ? peerKey(cycleId, scorerId) : scorerId;
        tasks.push({
          id: newId(`${s.id}:${i.id}:${scorerKey}`),
          sheetId: s.id,
          indicatorId: i.id,
          scorerId: peer ? null : scorerId,
          scorerKey,
          dueAt: cycle.scoringDueAt,
        });
        told.add(scorerId);
      }
    }
  }
  await inBatches(tasks, (data) => tx.appraisalAssignment.createMany({ data }));
  await inBatches(none, (data) => tx.appraisalResult.createMany({ data }));
  if (tell)
    await notify(tx, told, {
      title: `${cycle.title}：请完成考评评分`,
      body: cycle.scoringDueAt
        ? "请在评分截止前完成分配给您的评分任务。"
        : "请完成分配给您的评分任务。",
      link: `/appraisal/${cycleId}/score`,
      at: now,
    });
  await tx.appraisalCycle.update({
    where: { id: cycleId },
    data: { launchedAt: now, updatedAt: now },
  });
  return { sheets: sheets.length, tasks: tasks.length, notApplicable: none.length };
}
