// Who sees a conduct record (docs/sanhe.md):
//   - 政治处 (conduct.manage) everything, drafts included;
//   - LEADER (conduct.readAll) every confirmed or revoked record;
//   - everyone their own confirmed or revoked records, discipline matched by
//     the viewer's subject token (the row names nobody);
//   - a department head (conduct.readDepartment) the non-discipline records
//     on the department they head or its people, never its discipline.
// A record outside this looks exactly like one that does not exist.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { db, type Tx } from "../db";
import { subjectToken } from "./sealed";

export type ConductViewer = Pick<Viewer, "id" | "roles">;

export function managesConduct(v: ConductViewer): boolean {
  return can(v.roles, "conduct.manage");
}

export function readsAllConduct(v: ConductViewer): boolean {
  return can(v.roles, "conduct.readAll") || managesConduct(v);
}

/** The viewer's own records, of every category. */
export function ownConductWhere(v: ConductViewer): Prisma.ConductRecordWhereInput {
  return { OR: [{ subjectUserId: v.id }, { subjectToken: subjectToken(v.id) }] };
}

export function conductVisibleTo(v: ConductViewer): Prisma.ConductRecordWhereInput {
  if (managesConduct(v)) return {};
  const decided: Prisma.ConductRecordWhereInput = { status: { in: ["CONFIRMED", "REVOKED"] } };
  if (can(v.roles, "conduct.readAll")) return decided;
  if (!can(v.roles, "conduct.read")) return { id: "__none__" };
  const or: Prisma.ConductRecordWhereInput[] = [ownConductWhere(v)];
  if (can(v.roles, "conduct.readDepartment"))
    or.push({
      category: { not: "DISCIPLINE" },
      OR: [
        { subjectDepartment: { headId: v.id } },
        { subjectUser: { department: { headId: v.id } } },
      ],
    });
  return { AND: [decided, { OR: or }] };
}

/** Whether the viewer may see (and download the evidence of) this record. */
export async function mayReadConduct(v: ConductViewer, id: string, tx: Tx = db): Promise<boolean> {
  const found = await tx.conductRecord.findFirst({
    where: { AND: [{ id }, conductVisibleTo(v)] },
    select: { id: true },
  });
  return found !== null;
}
