"use server";

// 政治处's writes on the analysis reports (analysisReport.manage): draft a
// quarter or a range, re-draft the figures of a draft, edit its narratives
// and 文号, 签发 (freeze) it, open a new version of an issued report (its
// number diff against the one before is stored), and link a FENXI meeting.
// An issued version is never written again.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import type { Tx } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import type { ReportContent } from "./content";
import { diffFigures } from "./diff";
import { draftContent } from "./draft";
import { quarterBounds, rangeBounds, type PeriodBounds } from "./period";
import {
  DraftReportInput,
  EditNarrativeInput,
  EditNumberInput,
  ISSUED_MESSAGE,
  LinkMeetingInput,
  ReportIdInput,
  VersionIdInput,
} from "./schemas";

const parse = (json: string) => JSON.parse(json) as ReportContent;

function boundsOf(report: { periodStart: Date; periodEnd: Date }, content: ReportContent) {
  const q = content.period.quarter;
  return q ? quarterBounds(q.year, q.quarter) : rangeBounds(content.period.from, content.period.to);
}

/** The version, which must be the report's latest and not issued. */
async function editableVersion(db: Tx, versionId: string) {
  const v = await db.analysisReportVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      issuedAt: true,
      content: true,
      reportId: true,
      report: { select: { periodStart: true, periodEnd: true, number: true } },
    },
  });
  if (!v) throw new NotFoundError();
  if (v.issuedAt) throw new ConflictError(ISSUED_MESSAGE);
  return v;
}

const changed = (id: string) => {
  revalidatePath("/analysis-reports");
  revalidatePath(`/analysis-reports/${id}`);
};

export const draftAnalysisReport = action(
  { name: "analysisReport.draft", permission: "analysisReport.manage", input: DraftReportInput },
  async ({ db, user, input, audit }) => {
    let bounds: PeriodBounds;
    try {
      bounds =
        "quarter" in input
          ? quarterBounds(input.quarter.year, input.quarter.quarter)
          : rangeBounds(input.range.from, input.range.to);
    } catch (e) {
      if (e instanceof RangeError) throw new ConflictError(e.message);
      throw e;
    }
    const now = new Date();
    const content = await draftContent(bounds, now, { number: input.number }, db);
    const report = await db.analysisReport.create({
      data: {
        periodStart: bounds.start,
        periodEnd: bounds.end,
        label: bounds.period.label,
        number: input.number,
        createdById: user.id,
        versions: {
          create: {
            number: 1,
            content: JSON.stringify(content),
            draftedAt: now,
            createdById: user.id,
          },
        },
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "AnalysisReport",
      objectId: report.id,
      detail: { from: bounds.period.from, to: bounds.period.to, empty: content.empty },
    });
    changed(report.id);
    return { id: report.id };
  },
);

/** Recomputes the figures of a draft version from the data; the narratives stay. */
export const redraftAnalysisReport = action(
  { name: "analysisReport.redraft", permission: "analysisReport.manage", input: VersionIdInput },
  async ({ db, input, audit }) => {
    const v = await editableVersion(db, input.versionId);
    const old = parse(v.content);
    const now = new Date();
    const content = await draftContent(
      boundsOf(v.report, old),
      now,
      { number: v.report.number, carry: old },
      db,
    );
    await db.analysisReportVersion.update({
      where: { id: v.id },
      data: { content: JSON.stringify(content), draftedAt: now },
    });
    Object.assign(audit, { objectType: "AnalysisReportVersion", objectId: v.id });
    changed(v.reportId);
    return { id: v.reportId };
  },
);

export const editAnalysisNarrative = action(
  { name: "analysisReport.edit", permission: "analysisReport.manage", input: EditNarrativeInput },
  async ({ db, input, audit }) => {
    const v = await editableVersion(db, input.versionId);
    const content = parse(v.content);
    const section = content.sections.find((s) => s.key === input.section);
    if (!section) throw new NotFoundError();
    section.narrative = input.narrative;
    await db.analysisReportVersion.update({
      where: { id: v.id },
      data: { content: JSON.stringify(content) },
    });
    Object.assign(audit, {
      objectType: "AnalysisReportVersion",
      objectId: v.id,
      detail: { section: input.section, length: input.narrative.length },
    });
    changed(v.reportId);
    return { id: v.reportId };
  },
);

/** The 文号: on the report and in its draft version (an issued version keeps its own). */
export const editAnalysisNumber = action(
  { name: "analysisReport.edit", permission: "analysisReport.manage", input: EditNumberInput },
  async ({ db, input, audit }) => {
    const latest = await db.analysisReportVersion.findFirst({
      where: { reportId: input.reportId },
      orderBy: { number: "desc" },
      select: { id: true },
    });
    if (!latest) throw new NotFoundError();
    const v = await editableVersion(db, latest.id);
    const content = parse(v.content);
    content.number = input.number;
    await db.analysisReport.update({
      where: { id: input.reportId },
      data: { number: input.number },
    });
    await db.analysisReportVersion.update({
      where: { id: v.id },
      data: { content: JSON.stringify(content) },
    });
    Object.assign(audit, {
      objectType: "AnalysisReport",
      objectId: input.reportId,
      detail: { number: input.number },
    });
    changed(input.reportId);
    return { id: input.reportId };
  },
);

/** 签发: freezes the version as it stands. */
export const issueAnalysisReport = action(
  { name: "analysisReport.issue", permission: "analysisReport.manage", input: VersionIdInput },
  async ({ db, user, input, audit }) => {
    const v = await editableVersion(db, input.versionId);
    const content = parse(v.content);
    const now = new Date();
    content.issuedAt = now.toISOString();
    // Only a draft is written, and only once: a concurrent 签发 finds issuedAt set.
    const done = await db.analysisReportVersion.updateMany({
      where: { id: v.id, issuedAt: null },
      data: { content: JSON.stringify(content), issuedAt: now, issuedById: user.id },
    });
    if (done.count !== 1) throw new ConflictError(ISSUED_MESSAGE);
    await db.analysisReport.update({ where: { id: v.reportId }, data: { state: "ISSUED" } });
    Object.assign(audit, {
      objectType: "AnalysisReportVersion",
      objectId: v.id,
      detail: { version: v.number, number: content.number },
    });
    changed(v.reportId);
    return { id: v.reportId };
  },
);

/** A new draft version after an issued one: figures re-drafted, narratives carried, diff stored. */
export const newAnalysisVersion = action(
  { name: "analysisReport.newVersion", permission: "analysisReport.manage", input: ReportIdInput },
  async ({ db, user, input, audit }) => {
    const report = await db.analysisReport.findUnique({
      where: { id: input.reportId },
      select: {
        id: true,
        periodStart: true,
        periodEnd: true,
        number: true,
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { number: true, issuedAt: true, content: true },
        },
      },
    });
    const last = report?.versions[0];
    if (!report || !last) throw new NotFoundError();
    if (!last.issuedAt) throw new ConflictError("当前版本尚未签发，请直接修改当前版本");
    const previous = parse(last.content);
    const now = new Date();
    const content = await draftContent(
      boundsOf(report, previous),
      now,
      { number: report.number, carry: previous },
      db,
    );
    const v = await db.analysisReportVersion.create({
      data: {
        reportId: report.id,
        number: last.number + 1,
        content: JSON.stringify(content),
        diff: JSON.stringify(diffFigures(previous, content)),
        draftedAt: now,
        createdById: user.id,
      },
      select: { id: true, number: true },
    });
    Object.assign(audit, {
      objectType: "AnalysisReportVersion",
      objectId: v.id,
      detail: { version: v.number },
    });
    changed(report.id);
    return { id: report.id, versionId: v.id };
  },
);

export const linkFenxiMeeting = action(
  {
    name: "analysisReport.linkMeeting",
    permission: "analysisReport.manage",
    input: LinkMeetingInput,
  },
  async ({ db, input, audit }) => {
    const [report, meeting] = await Promise.all([
      db.analysisReport.findUnique({ where: { id: input.reportId }, select: { id: true } }),
      db.meeting.findUnique({
        where: { id: input.meetingId },
        select: { id: true, type: true, analysisReportId: true },
      }),
    ]);
    if (!report || !meeting) throw new NotFoundError();
    if (meeting.type !== "FENXI") throw new ConflictError("只能关联思想状况分析会");
    if (meeting.analysisReportId && meeting.analysisReportId !== report.id)
      throw new ConflictError("该会议已关联其他分析报告");
    await db.meeting.update({ where: { id: meeting.id }, data: { analysisReportId: report.id } });
    Object.assign(audit, {
      objectType: "AnalysisReport",
      objectId: report.id,
      detail: { meetingId: meeting.id },
    });
    changed(report.id);
    revalidatePath(`/direction/meetings/${meeting.id}`);
    return { id: report.id };
  },
);
