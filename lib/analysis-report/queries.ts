// Reads of the analysis reports (issue 16). Reports hold masked aggregates
// only and are read by analysisReport.read (院领导, 政治处). The confidential
// annex (names of staff of concern and their follow-ups) is read row-scoped:
// 政治处 and 院领导 every department, a head their own department only; every
// read, and every refused one, is audited (annexRows).
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { auditRead } from "../audit/read";
import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { db } from "../db";
import { FOLLOW_UP_STATUS_LABELS } from "../follow-ups/queries";
import { CONCERN_KIND_LABELS, reportsOfMonthsWhere } from "../reports/queries";
import type { AnnexRow, FigureDiff, ReportContent } from "./content";
import type { AnalysisReportListFilter } from "./schemas";

export type { AnnexRow, FigureDiff, ReportContent } from "./content";
export { SECTION_KEYS, SECTION_TITLES } from "./content";

export const parseContent = (json: string) => JSON.parse(json) as ReportContent;
const parseDiff = (json: string | null) => (json ? (JSON.parse(json) as FigureDiff[]) : null);

const ORDER: Record<
  string,
  (dir: "asc" | "desc") => Prisma.AnalysisReportOrderByWithRelationInput[]
> = {
  period: (dir) => [{ periodStart: dir }, { id: "asc" }],
  state: (dir) => [{ state: dir }, { periodStart: "desc" }, { id: "asc" }],
  updated: (dir) => [{ updatedAt: dir }, { id: "asc" }],
};

export async function listAnalysisReports(viewer: Viewer, f: AnalysisReportListFilter = {}) {
  if (!can(viewer.roles, "analysisReport.read")) return null;
  const rows = await db.analysisReport.findMany({
    orderBy: ORDER[f.sort ?? "period"](f.sort ? (f.dir ?? "asc") : "desc"),
    select: {
      id: true,
      label: true,
      number: true,
      state: true,
      periodStart: true,
      periodEnd: true,
      updatedAt: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, number: true, issuedAt: true },
      },
    },
  });
  return rows.map(({ versions, ...r }) => ({ ...r, latest: versions[0] ?? null }));
}
export type AnalysisReportRow = NonNullable<
  Awaited<ReturnType<typeof listAnalysisReports>>
>[number];

/**
 * The latest issued version of the last `take` issued reports, for a viewer
 * who may read annex rows (a head reaches their department's annex from the
 * department dashboard): labels and ids only, nothing of the content.
 */
export async function issuedAnnexes(viewer: Viewer, take = 4) {
  if (!annexScope(viewer)) return [];
  const rows = await db.analysisReport.findMany({
    where: { state: "ISSUED" },
    orderBy: [{ periodStart: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      label: true,
      versions: {
        where: { issuedAt: { not: null } },
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, issuedAt: true },
      },
    },
  });
  return rows.flatMap((r) =>
    r.versions[0]
      ? [
          {
            reportId: r.id,
            versionId: r.versions[0].id,
            label: r.label,
            issuedAt: r.versions[0].issuedAt!,
          },
        ]
      : [],
  );
}

/** A report with every version (content of the latest, diffs of all) and its meetings; null → 404. */
export async function getAnalysisReport(viewer: Viewer, id: string) {
  if (!can(viewer.roles, "analysisReport.read")) return null;
  const report = await db.analysisReport.findUnique({
    where: { id },
    select: {
      id: true,
      label: true,
      number: true,
      state: true,
      periodStart: true,
      periodEnd: true,
      createdAt: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          content: true,
          diff: true,
          draftedAt: true,
          issuedAt: true,
          issuedById: true,
        },
      },
      meetings: { orderBy: { heldAt: "desc" }, select: { id: true, title: true, heldAt: true } },
    },
  });
  if (!report || report.versions.length === 0) return null;
  const issuerIds = [
    ...new Set(report.versions.map((v) => v.issuedById).filter((x) => x !== null)),
  ];
  const issuers = new Map(
    (
      await db.user.findMany({
        where: { id: { in: issuerIds } },
        select: { id: true, realName: true },
      })
    ).map((u) => [u.id, u.realName]),
  );
  const versions = report.versions.map((v) => ({
    id: v.id,
    number: v.number,
    draftedAt: v.draftedAt,
    issuedAt: v.issuedAt,
    issuedBy: v.issuedById ? (issuers.get(v.issuedById) ?? null) : null,
    diff: parseDiff(v.diff),
  }));
  return {
    ...report,
    versions,
    current: { ...versions[0], content: parseContent(report.versions[0].content) },
    contents: new Map(report.versions.map((v) => [v.id, v.content])),
  };
}
export type AnalysisReportDetail = NonNullable<Awaited<ReturnType<typeof getAnalysisReport>>>;

/** One version's frozen content, for the exports and the print view; null → 404. */
export async function getVersionContent(viewer: Viewer, versionId: string) {
  if (!can(viewer.roles, "analysisReport.read")) return null;
  const v = await db.analysisReportVersion.findUnique({
    where: { id: versionId },
    select: { id: true, reportId: true, number: true, issuedAt: true, content: true },
  });
  return v ? { ...v, content: parseContent(v.content) } : null;
}

/** FENXI meetings 政治处 may link to a report: those not yet linked to another one. */
export async function fenxiMeetingOptions(viewer: Viewer, reportId: string) {
  if (!can(viewer.roles, "analysisReport.manage")) return [];
  return db.meeting.findMany({
    where: { type: "FENXI", OR: [{ analysisReportId: null }, { analysisReportId: reportId }] },
    orderBy: { heldAt: "desc" },
    take: 50,
    select: { id: true, title: true, heldAt: true, analysisReportId: true },
  });
}

/** The analysis report a FENXI meeting discussed, for the meeting page; null when none or not the viewer's to read. */
export async function reportOfMeeting(viewer: Viewer, meetingId: string) {
  if (!can(viewer.roles, "analysisReport.read")) return null;
  const m = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { analysisReport: { select: { id: true, label: true, number: true } } },
  });
  return m?.analysisReport ?? null;
}

/**
 * The department scope of the annex for this viewer: every department for
 * analysisReport.read, the head's own for a head, none otherwise.
 */
export function annexScope(viewer: Viewer): Prisma.LiaisonReportWhereInput | null {
  if (!can(viewer.roles, "analysisReport.annex")) return null;
  if (can(viewer.roles, "analysisReport.read")) return {};
  // The rest of analysisReport.annex (heads): their own department's rows only.
  return viewer.departmentId ? { departmentId: viewer.departmentId } : null;
}

/**
 * The confidential annex of one report version: the staff of concern named
 * in the period's submitted liaison reports, with their follow-ups, scoped in
 * the query to what the viewer may read. Audited on every call; null (→ 404)
 * when the viewer may read none or the version does not exist.
 */
export async function annexRows(
  viewer: Viewer,
  reportVersionId: string,
  reportId?: string,
): Promise<AnnexRow[] | null> {
  const scope = annexScope(viewer);
  // With `reportId` (the page's /analysis-reports/[id]), a version of another report is not found.
  const version = scope
    ? await db.analysisReportVersion.findFirst({
        where: { id: reportVersionId, ...(reportId ? { reportId } : {}) },
        select: { content: true },
      })
    : null;
  const note = {
    action: "analysisReport.annex.read",
    objectType: "AnalysisReportVersion",
    objectId: reportVersionId,
  };
  if (!scope || !version) {
    await auditRead(viewer, { ...note, found: false });
    return null;
  }
  const { period } = parseContent(version.content);
  const concerns = await db.staffConcern.findMany({
    where: { report: { AND: [reportsOfMonthsWhere(period.months), scope] } },
    orderBy: [
      { report: { department: { sortOrder: "asc" } } },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    select: {
      id: true,
      kind: true,
      createdAt: true,
      person: { select: { id: true, realName: true } },
      report: { select: { department: { select: { id: true, name: true } } } },
      followUp: { select: { id: true, title: true, status: true, dueDate: true } },
    },
  });
  await auditRead(viewer, {
    ...note,
    found: true,
    detail: { count: concerns.length, scope: "departmentId" in scope ? "department" : "all" },
  });
  return concerns.map((c) => ({
    concernId: c.id,
    personId: c.person.id,
    name: c.person.realName,
    departmentId: c.report.department.id,
    departmentName: c.report.department.name,
    kind: c.kind,
    kindLabel: CONCERN_KIND_LABELS[c.kind as keyof typeof CONCERN_KIND_LABELS] ?? c.kind,
    reportedAt: c.createdAt.toISOString(),
    followUps: c.followUp
      ? [
          {
            id: c.followUp.id,
            title: c.followUp.title,
            status: c.followUp.status,
            statusLabel:
              FOLLOW_UP_STATUS_LABELS[c.followUp.status as keyof typeof FOLLOW_UP_STATUS_LABELS] ??
              c.followUp.status,
            dueDate: c.followUp.dueDate?.toISOString() ?? null,
            href: `/follow-ups/${c.followUp.id}`,
          },
        ]
      : [],
  }));
}
