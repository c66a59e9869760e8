// The rows of an evidence page (server-only): each record behind an AUTO
// score, with a link to the record itself when the viewer may open it, or
// only counted otherwise. Each domain describes its own records
// (describeForAppraisal in its appraisal queries); this module reads none of
// their tables. Who may open what:
//   - the sheet's own person: every record (they are their own records; the
//     record's page checks again);
//   - 政治处 and 院领导: every kind but talk-campaign rows (谈心谈话 stays with
//     its interviewer) and discipline records (sealed to their subject) —
//     the talks and conduct domains leave those out;
//   - a department head or a scorer: counts only — a department's figures
//     rest on colleagues' records that are not theirs to read.
import "server-only";

import { describeForAppraisal as describeConduct } from "../../conduct/queries";
import { describeForAppraisal as describeConsult } from "../../consult/appraisal/queries";
import { describeForAppraisal as describeCulture } from "../../culture/appraisal/queries";
import { describeForAppraisal as describeFollowUps } from "../../follow-ups/appraisal/queries";
import type { RecordReader, RecordRow } from "../../record-rows";
import { describeForAppraisal as describeReports } from "../../reports/appraisal/queries";
import { describeForAppraisal as describeStudy } from "../../study/appraisal/queries";
import { describeForAppraisal as describeTalks } from "../../talks/appraisal/queries";
import type { SheetRelation } from "../access";
import type { Evidence, EvidenceType } from "../auto/types";

export type EvidenceRow = RecordRow;
export type EvidenceGroup = {
  type: EvidenceType;
  label: string;
  count: number;
  /** Rows the viewer may open; the rest of `count` is shown as a number only. */
  rows: EvidenceRow[];
};

type Describe = (ids: readonly string[], reader: RecordReader) => Promise<RecordRow[]>;

/** The owning domain of each kind of record. */
const DESCRIBE: Record<EvidenceType, Describe> = {
  StudyAttendance: (ids) => describeStudy("StudyAttendance", ids),
  StudyLog: (ids) => describeStudy("StudyLog", ids),
  LiaisonReport: describeReports,
  TalkCampaignMember: describeTalks,
  Consultation: describeConsult,
  FollowUp: describeFollowUps,
  ConductRecord: describeConduct,
  EssayEntry: (ids) => describeCulture("EssayEntry", ids),
  ClubMember: (ids) => describeCulture("ClubMember", ids),
  CultureRegistration: (ids) => describeCulture("CultureRegistration", ids),
  Photo: (ids) => describeCulture("Photo", ids),
};

/** The evidence groups of one AUTO result, as the viewer may see them. */
export async function evidenceRows(
  relation: SheetRelation,
  evidence: readonly Evidence[],
): Promise<EvidenceGroup[]> {
  const opens = relation === "SELF" || relation === "READER";
  return Promise.all(
    evidence.map(async (e) => {
      const rows =
        opens && e.ids.length > 0
          ? await DESCRIBE[e.type](e.ids, { own: relation === "SELF" })
          : [];
      return {
        type: e.type,
        label: e.label,
        count: e.ids.length,
        rows: rows.sort((a, b) => a.text.localeCompare(b.text)),
      };
    }),
  );
}
