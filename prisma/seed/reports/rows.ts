import type { Organisation } from "../org";
import type { Rng } from "../random";

// The rows the reports seed collects before it writes them (reports.ts), and
// the reviewed staff-of-concern entries it hands on to the follow-ups seed.

export const DAY = 24 * 3600_000;

export type SeededConcern = {
  id: string;
  reportId: string;
  departmentId: string;
  personId: string;
  kind: string;
  reviewedAt: Date;
  reviewedById: string;
};

export type ReportRows = {
  reports: Record<string, unknown>[];
  topicRows: { reportId: string; topicId: string }[];
  events: Record<string, unknown>[];
  concernRows: Record<string, unknown>[];
  concerns: SeededConcern[];
};

/** What the periodic reports need besides the organisation. */
export type ReportContext = {
  rng: Rng;
  org: Organisation;
  topicId: (name: string) => string;
  rows: ReportRows;
};
