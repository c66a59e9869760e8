// Drafts the content of a report from the data (./sources.ts → the sections).
// Figures are always recomputed; narratives are carried over from the version
// being re-drafted, so 政治处's words survive a re-draft.
import "server-only";

import { db, type Tx } from "../db";
import { CONTENT_SCHEMA, type ReportContent, type ReportSection } from "./content";
import type { PeriodBounds } from "./period";
import { proposalsSection } from "./proposals";
import { departments, overview, topics } from "./sections";
import { appraisal, consult, mailbox, study, talks, warnings } from "./sections-more";
import { loadSources } from "./sources";

/** 发文机关 printed on the report. */
export const ISSUER = "政治处";

export function titleFor(label: string): string {
  return `${label}干警思想状况分析报告`;
}

export async function draftContent(
  bounds: PeriodBounds,
  now: Date,
  opts: { number?: string | null; carry?: ReportContent | null } = {},
  client: Tx = db,
): Promise<ReportContent> {
  const s = await loadSources(bounds, now, client);
  const sections: ReportSection[] = [
    overview(s),
    departments(s),
    topics(s),
    warnings(s),
    talks(s),
    consult(s),
    study(s),
    mailbox(s),
    appraisal(s),
  ];
  sections.push(proposalsSection(s, sections));
  const empty = sections.slice(0, -1).every((x) => x.empty);
  if (empty) {
    const p = sections[sections.length - 1];
    p.emptyNote = `${bounds.period.label}无可统计的数据，本报告不含数字。`;
  }
  const carried = new Map(opts.carry?.sections.map((x) => [x.key, x.narrative]) ?? []);
  for (const x of sections) x.narrative = carried.get(x.key) ?? "";
  return {
    schema: CONTENT_SCHEMA,
    title: titleFor(bounds.period.label),
    number: opts.number ?? null,
    issuer: ISSUER,
    period: bounds.period,
    draftedAt: now.toISOString(),
    issuedAt: null,
    empty,
    sections,
  };
}
