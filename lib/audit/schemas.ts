import { z } from "zod";

import { dayFilter, keyword, sortFields } from "../forms/fields";

export const AUDIT_RESULTS = ["SUCCESS", "DENIED", "FAILURE", "NOT_FOUND", "ERROR"] as const;

/** The columns the audit log sorts by (?sort=); newest first (seq desc) by default. */
export const AUDIT_SORTS = ["seq", "username", "action", "result", "ip"] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

export const AuditFilter = z.object({
  q: keyword,
  ...sortFields(AUDIT_SORTS),
  user: z.string().trim().max(40).optional().catch(undefined),
  action: z.string().trim().max(60).optional().catch(undefined),
  result: z.enum(AUDIT_RESULTS).optional().catch(undefined),
  from: dayFilter,
  to: dayFilter,
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type AuditFilter = z.infer<typeof AuditFilter>;
