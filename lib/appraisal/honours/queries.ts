// Reads of 评先评优 (server-only), each scoped by the viewer:
//   - 政治处 sees every batch and nomination;
//   - a department head (by post) sees the nominations of the departments they
//     head, by the department frozen on the nominee's sheet;
//   - a 院领导 (党组) sees the nominations that reached 党组: at that stage,
//     approved, or returned by 党组;
//   - anyone else has no part: honourScope gives null and the page is a 404.
// Who may nominate and who reviews each stage mirror writes.ts.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { db } from "../../db";
import { headedDepartments, type AppraisalViewer } from "../access";
import type { Stage } from "./schemas";

export type HonourScope = {
  viewerId: string;
  office: boolean;
  leader: boolean;
  /** Departments the viewer heads now. */
  departments: string[];
  /** Whether the viewer may nominate (政治处, or a DEPT_HEAD for their departments). */
  nominates: boolean;
};

/** The viewer's part in 评先评优, or null for none (staff: the pages answer 404). */
export async function honourScope(v: AppraisalViewer): Promise<HonourScope | null> {
  const office = v.roles.includes("POLITICAL_OFFICE");
  const leader = v.roles.includes("LEADER");
  const departments = await headedDepartments(v);
  if (!office && !leader && departments.length === 0) return null;
  const headNominates = v.roles.includes("DEPT_HEAD") && departments.length > 0;
  return { viewerId: v.id, office, leader, departments, nominates: office || headNominates };
}

/** The where-clause of the nominations the scope may read. */
export function nominationsVisibleTo(s: HonourScope): Prisma.HonourNominationWhereInput {
  if (s.office) return {};
  return {
    OR: [
      ...(s.departments.length > 0 ? [{ departmentId: { in: s.departments } }] : []),
      ...(s.leader
        ? [
            { stage: { in: ["PARTY_GROUP", "APPROVED"] } },
            { stage: "RETURNED", reviews: { some: { stage: "PARTY_GROUP" } } },
          ]
        : []),
    ],
  };
}

const batchSelect = {
  id: true,
  cycleId: true,
  title: true,
  honourTitle: true,
  level: true,
  quota: true,
  eligibleGrades: true,
  status: true,
  createdAt: true,
  createdBy: { select: { realName: true } },
} as const;

const grades = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((g): g is string => typeof g === "string") : [];
  } catch {
    return [];
  }
};

/** Places taken in each batch: every nomination that is not returned. */
async function usedBy(batchIds: string[]) {
  if (batchIds.length === 0) return new Map<string, number>();
  const rows = await db.honourNomination.groupBy({
    by: ["batchId"],
    where: { batchId: { in: batchIds }, stage: { not: "RETURNED" } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.batchId, r._count._all]));
}

/** The batches of a cycle, newest first, with the places used and the nominations the viewer reads. */
export async function listHonourBatches(s: HonourScope, cycleId: string) {
  const rows = await db.honourBatch.findMany({
    where: { cycleId },
    select: {
      ...batchSelect,
      _count: { select: { nominations: { where: nominationsVisibleTo(s) } } },
    },
    orderBy: { createdAt: "desc" },
  });
  const used = await usedBy(rows.map((b) => b.id));
  return rows.map(({ _count, ...b }) => ({
    ...b,
    eligibleGrades: grades(b.eligibleGrades),
    used: used.get(b.id) ?? 0,
    visibleNominations: _count.nominations,
  }));
}
export type HonourBatchRow = Awaited<ReturnType<typeof listHonourBatches>>[number];

export type EvidenceLink = { label: string; href: string };
const evidenceOf = (json: string): EvidenceLink[] => {
  try {
    const v = JSON.parse(json) as unknown;
    if (!Array.isArray(v)) return [];
    return v.filter(
      (l): l is EvidenceLink =>
        typeof l === "object" &&
        l !== null &&
        typeof (l as EvidenceLink).label === "string" &&
        typeof (l as EvidenceLink).href === "string" &&
        /^\/[^/\\]/.test((l as EvidenceLink).href),
    );
  } catch {
    return [];
  }
};

/** The heads of the given departments now (the 部门 stage's reviewers). */
async function headsOf(departmentIds: (string | null)[]) {
  const ids = [...new Set(departmentIds.filter((d): d is string => d !== null))];
  const rows = ids.length
    ? await db.department.findMany({
        where: { id: { in: ids } },
        select: { id: true, headId: true },
      })
    : [];
  return new Map(rows.map((r) => [r.id, r.headId]));
}

/** Whether the scope reviews a nomination at its stage (writes.ts assertReviewer, read-side). */
function reviews(
  s: HonourScope,
  n: { stage: string; nomineeId: string; departmentId: string | null },
  head: string | null,
) {
  if (n.nomineeId === s.viewerId) return false;
  switch (n.stage as Stage) {
    case "DEPARTMENT":
      return head && head !== n.nomineeId ? head === s.viewerId : s.office;
    case "OFFICE":
      return s.office;
    case "PARTY_GROUP":
      return s.leader;
    default:
      return false;
  }
}

const nominationSelect = {
  id: true,
  sheetId: true,
  nomineeId: true,
  departmentId: true,
  deeds: true,
  evidence: true,
  stage: true,
  conductRecordId: true,
  createdAt: true,
  updatedAt: true,
  nominee: { select: { realName: true } },
  nominatedBy: { select: { realName: true } },
  sheet: {
    select: {
      departmentName: true,
      finalGrade: true,
      finalTotalCenti: true,
      rankOverall: true,
      rankInDept: true,
    },
  },
  reviews: {
    select: {
      id: true,
      stage: true,
      decision: true,
      opinion: true,
      createdAt: true,
      reviewer: { select: { realName: true } },
    },
    orderBy: { createdAt: "asc" },
  },
} as const;

/** One batch of the cycle with the nominations the viewer reads; null if not found or not theirs. */
export async function getHonourBatch(s: HonourScope, cycleId: string, batchId: string) {
  const batch = await db.honourBatch.findFirst({
    where: { id: batchId, cycleId },
    select: batchSelect,
  });
  if (!batch) return null;
  const [rows, used] = await Promise.all([
    db.honourNomination.findMany({
      where: { AND: [{ batchId }, nominationsVisibleTo(s)] },
      select: nominationSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    usedBy([batchId]),
  ]);
  const heads = await headsOf(rows.map((n) => n.departmentId));
  const nominations = rows.map((n) => ({
    ...n,
    evidence: evidenceOf(n.evidence),
    reviewable: reviews(s, n, n.departmentId ? (heads.get(n.departmentId) ?? null) : null),
  }));
  return {
    ...batch,
    eligibleGrades: grades(batch.eligibleGrades),
    used: used.get(batchId) ?? 0,
    nominations,
  };
}
export type HonourBatchDetail = NonNullable<Awaited<ReturnType<typeof getHonourBatch>>>;
export type HonourNominationView = HonourBatchDetail["nominations"][number];

/**
 * The people the viewer may nominate in a batch: person sheets of the cycle
 * with an eligible final grade — 政治处 all, a head those of their departments
 * (the sheet's frozen department) — best first, with whether a live
 * nomination already names them. Empty for anyone who does not nominate.
 */
export async function listEligibleNominees(
  s: HonourScope,
  batch: { id: string; cycleId: string; eligibleGrades: string[] },
) {
  if (!s.nominates || batch.eligibleGrades.length === 0) return [];
  const sheets = await db.appraisalSheet.findMany({
    where: {
      cycleId: batch.cycleId,
      subjectType: "PERSON",
      userId: { not: null },
      finalGrade: { in: batch.eligibleGrades },
      ...(s.office ? {} : { departmentId: { in: s.departments } }),
    },
    select: {
      id: true,
      userId: true,
      subjectName: true,
      departmentName: true,
      finalGrade: true,
      finalTotalCenti: true,
      rankOverall: true,
      rankInDept: true,
    },
    orderBy: [{ rankOverall: "asc" }, { subjectName: "asc" }],
  });
  const taken = await db.honourNomination.findMany({
    where: { batchId: batch.id, stage: { not: "RETURNED" } },
    select: { nomineeId: true },
  });
  const nominated = new Set(taken.map((t) => t.nomineeId));
  return sheets.map((sh) => ({
    ...sh,
    userId: sh.userId!,
    sheetHref: `/appraisal/${batch.cycleId}/sheets/${sh.id}`,
    nominated: nominated.has(sh.userId!),
  }));
}
export type EligibleNominee = Awaited<ReturnType<typeof listEligibleNominees>>[number];

/** The nominations of a cycle waiting on the viewer's review, oldest first. */
export async function listNominationsAwaiting(s: HonourScope, cycleId: string) {
  const stages = [
    ...(s.departments.length > 0 || s.office ? ["DEPARTMENT"] : []),
    ...(s.office ? ["OFFICE"] : []),
    ...(s.leader ? ["PARTY_GROUP"] : []),
  ];
  if (stages.length === 0) return [];
  const rows = await db.honourNomination.findMany({
    where: {
      AND: [
        { batch: { cycleId }, stage: { in: stages }, nomineeId: { not: s.viewerId } },
        nominationsVisibleTo(s),
      ],
    },
    select: {
      id: true,
      stage: true,
      nomineeId: true,
      departmentId: true,
      createdAt: true,
      nominee: { select: { realName: true } },
      sheet: { select: { departmentName: true } },
      batch: { select: { id: true, title: true, honourTitle: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const heads = await headsOf(rows.map((n) => n.departmentId));
  return rows.filter((n) =>
    reviews(s, n, n.departmentId ? (heads.get(n.departmentId) ?? null) : null),
  );
}
export type AwaitingNomination = Awaited<ReturnType<typeof listNominationsAwaiting>>[number];
