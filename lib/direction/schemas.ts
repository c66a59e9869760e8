// zod building blocks shared by 党组引航's sub-features (goals/, meetings/,
// deployments/ each have their own schemas.ts), and the overview's filter.
// Chinese messages; a maximum length on every string.
import { z } from "zod";

import { shanghaiYear } from "../dates";
import { optionalText } from "../forms/fields";

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const LIMITS = {
  goalTitle: 120,
  goalDescription: 2000,
  meetingTitle: 120,
  minutes: 20000,
  decisions: 5000,
  deploymentTitle: 120,
  deploymentDescription: 2000,
  progressNote: 1000,
  followUpTitle: 120,
  attendees: 1000,
  assignments: 30,
} as const;

/** Optional long text, stored as "" when empty. */
export const longText = (label: string, max: number) =>
  optionalText(label, max).transform((v) => v ?? "");

// ---- Page filters (never fail: bad values fall back) ----------------------

/** A year in a page filter (bad values fall back where it is used). */
export const yearFilter = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
const thisYear = () => shanghaiYear(new Date());

export const OverviewFilter = z.object({ year: yearFilter.catch(thisYear) });
export type OverviewFilter = z.infer<typeof OverviewFilter>;
