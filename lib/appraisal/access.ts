// Who may read an appraisal sheet (issue 14):
//   - its person;
//   - 政治处 and 院领导 (appraisal.read), every sheet;
//   - the head of its department (as frozen at launch): the department's
//     sheet and its people's sheets;
//   - a named scorer assigned to it (a 民主测评 peer is not: peers score
//     anonymously and do not read their colleagues' whole sheets).
// Anyone else gets the same "not found" as for a sheet that does not exist.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { db } from "../db";
import type { CycleState } from "./labels";
import { isLocked } from "./states";

export type AppraisalViewer = Pick<Viewer, "id" | "roles">;

export const readsAllSheets = (v: AppraisalViewer) => can(v.roles, "appraisal.read");
export const managesAppraisal = (v: AppraisalViewer) => can(v.roles, "appraisal.manage");

/** The departments the viewer heads now (a head's view follows the post, not a role). */
export async function headedDepartments(v: AppraisalViewer): Promise<string[]> {
  const rows = await db.department.findMany({ where: { headId: v.id }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The where-clause of the sheets the viewer may read. */
export async function sheetVisibleTo(v: AppraisalViewer): Promise<Prisma.AppraisalSheetWhereInput> {
  if (readsAllSheets(v)) return {};
  const headed = await headedDepartments(v);
  return {
    OR: [
      { userId: v.id },
      { assignments: { some: { scorerId: v.id } } },
      ...(headed.length > 0 ? [{ departmentId: { in: headed } }] : []),
    ],
  };
}

/**
 * The where-clause of the objections (异议) the viewer may read as a list:
 * all of them for 政治处 and 院领导 (appraisal.read or appraisal.manage, as
 * the 异议处理 page), none for anyone else — a person reads their own on
 * their sheet, not here.
 */
export function objectionVisibleTo(v: AppraisalViewer): Prisma.AppraisalObjectionWhereInput {
  return readsAllSheets(v) || managesAppraisal(v) ? {} : { id: "__none__" };
}

export type SheetRelation = "SELF" | "READER" | "HEAD" | "SCORER";

/** How the viewer comes to read a sheet they may read (the first that holds). */
export async function relationTo(
  v: AppraisalViewer,
  sheet: { id: string; userId: string | null; departmentId: string | null },
): Promise<SheetRelation> {
  if (sheet.userId === v.id) return "SELF";
  if (readsAllSheets(v)) return "READER";
  const headed = await headedDepartments(v);
  if (sheet.departmentId && headed.includes(sheet.departmentId)) return "HEAD";
  return "SCORER";
}

/**
 * Whether the viewer sees the results beyond the AUTO figures (MANUAL scores,
 * totals, ranks, grades): 政治处 and 院领导 always; everyone else once the
 * results are published (公示 on), so that nobody reads a total before calibration.
 */
export function showsResults(v: AppraisalViewer, state: CycleState): boolean {
  return readsAllSheets(v) || isLocked(state);
}
