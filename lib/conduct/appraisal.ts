// What the appraisal counts (issue 13): confirmed records only, never drafts
// or revoked ones, of the given people and departments within [from, to).
// Discipline rows are found by the people's subject tokens and opened here,
// so the caller sees them like any other record. No viewer: the appraisal
// domain calls this under its own permission (appraisal.*) and scope.
// describeForAppraisal names the records on the appraisal's evidence page.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { IN_SLICE, inSlices } from "../batches";
import { db } from "../db";
import { formatDate } from "../format";
import { rowsInOrder, type RecordReader, type RecordRow } from "../record-rows";
import { openContent, subjectToken } from "./sealed";

export type ConfirmedConduct = {
  id: string;
  category: string;
  kind: string;
  level: string | null;
  severity: string | null;
  honourTitle: string | null;
  sanctionCategory: string | null;
  subjectUserId: string | null;
  subjectDepartmentId: string | null;
  occurredOn: Date;
};

export async function confirmedConductFor(q: {
  userIds?: readonly string[];
  departmentIds?: readonly string[];
  from: Date;
  to: Date;
}): Promise<ConfirmedConduct[]> {
  // A department's records are its own findings and those of its current people.
  const members = q.departmentIds?.length
    ? await db.user.findMany({
        where: { departmentId: { in: [...q.departmentIds] } },
        select: { id: true },
      })
    : [];
  const people = [...new Set([...(q.userIds ?? []), ...members.map((m) => m.id)])];
  const base = { status: "CONFIRMED", occurredOn: { gte: q.from, lt: q.to } };
  // People in slices (SQLite's parameter limit), department findings once.
  const wheres: Prisma.ConductRecordWhereInput[] = [];
  for (let i = 0; i < people.length; i += IN_SLICE) {
    const slice = people.slice(i, i + IN_SLICE);
    wheres.push({
      ...base,
      OR: [{ subjectUserId: { in: slice } }, { subjectToken: { in: slice.map(subjectToken) } }],
    });
  }
  if (q.departmentIds?.length)
    wheres.push({ ...base, subjectDepartmentId: { in: [...q.departmentIds] } });
  const found = await inSlices(
    wheres,
    ([where]) =>
      db.conductRecord.findMany({
        where,
        orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          category: true,
          kind: true,
          level: true,
          severity: true,
          honourTitle: true,
          subjectUserId: true,
          subjectDepartmentId: true,
          occurredOn: true,
          title: true,
          docNo: true,
          description: true,
          sealed: true,
        },
      }),
    1,
  );
  // A record can match two slices' lists only through its department; keep each once, in order.
  const rows = [...new Map(found.map((r) => [r.id, r])).values()].sort(
    (a, b) => a.occurredOn.getTime() - b.occurredOn.getTime() || a.id.localeCompare(b.id),
  );
  return rows.map((row) => {
    const r = openContent(row);
    return {
      id: r.id,
      category: r.category,
      kind: r.kind,
      level: r.level,
      severity: r.severity,
      honourTitle: r.honourTitle,
      sanctionCategory: r.sanctionCategory,
      subjectUserId: r.subjectUserId,
      subjectDepartmentId: r.subjectDepartmentId,
      occurredOn: r.occurredOn,
    };
  });
}

/**
 * The evidence page's line for each record, with a link to it. A discipline
 * record is sealed to its subject: it opens on the person's own sheet only,
 * and even there its line does not repeat its title. Others are left out
 * (the appraisal counts them).
 */
export async function describeForAppraisal(
  ids: readonly string[],
  reader: RecordReader,
): Promise<RecordRow[]> {
  const rows = await inSlices(ids, (slice) =>
    db.conductRecord.findMany({
      where: { id: { in: slice } },
      select: { id: true, title: true, occurredOn: true, category: true },
    }),
  );
  const found = new Map(
    rows.map((r): [string, RecordRow & { sealed: boolean }] => [
      r.id,
      {
        id: r.id,
        text: `${formatDate(r.occurredOn)} ${r.category === "DISCIPLINE" ? "纪律处分记录" : r.title}`,
        href: `/conduct/${r.id}`,
        sealed: r.category === "DISCIPLINE",
      },
    ]),
  );
  const open = reader.own ? ids : ids.filter((id) => !found.get(id)?.sealed);
  return rowsInOrder(open, found).map(({ id, text, href }) => ({ id, text, href }));
}
