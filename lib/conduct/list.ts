// The 履职表现记录 list as its viewer sees it (issue 15 item 5): one where
// (conductVisibleTo, the filters and the keyword) and one order (ending on
// the id), read a page at a time for the screen and page by page for the
// XLSX export, which therefore holds exactly the rows the screen would.
//
// Discipline rows keep their person and content sealed (sealed.ts), so:
//   - the keyword finds them only by the person's name, through the subject
//     tokens of the people so named — nothing is decrypted to search;
//   - their title, 文号 and person are not sortable (the sort columns are
//     those every row stores in plain);
//   - every page that opens another's discipline rows is audited with their
//     ids ("conduct.list"), on the screen and in the export alike; a reader's
//     own list as "conduct.readOwn" without ids.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { auditRead, type AuditReader } from "../audit/read";
import type { Viewer } from "../auth/session";
import { IN_SLICE, inPages } from "../batches";
import { firstRowsAndTotal } from "../counts";
import { shanghaiYearRange } from "../dates";
import { db } from "../db";
import { conductVisibleTo, ownConductWhere } from "./access";
import type { ConductListFilter, ConductSort } from "./schemas";
import { openContent, subjectToken } from "./sealed";

export const CONDUCT_PER_PAGE = 20;
export type ConductReader = Viewer & AuditReader;

export const ROW_SELECT = {
  id: true,
  category: true,
  kind: true,
  severity: true,
  honourTitle: true,
  level: true,
  status: true,
  occurredOn: true,
  issuer: true,
  docNo: true,
  title: true,
  description: true,
  sealed: true,
  subjectUserId: true,
  subjectDepartment: { select: { id: true, name: true } },
} as const;

type StoredRow = Prisma.ConductRecordGetPayload<{ select: typeof ROW_SELECT }>;

/** Opens the rows and names their subjects (a discipline row's person comes from its sealed part). */
export async function openRows(rows: StoredRow[]) {
  const opened = rows.map(openContent);
  const ids = [...new Set(opened.map((r) => r.subjectUserId).filter((x): x is string => !!x))];
  // No person among the subjects (or no rows): nobody to name, and no read for it.
  const people =
    ids.length === 0
      ? []
      : await db.user.findMany({
          where: { id: { in: ids } },
          select: { id: true, realName: true, department: { select: { name: true } } },
        });
  const byId = new Map(people.map((p) => [p.id, p]));
  return opened.map((r) => {
    const p = r.subjectUserId ? byId.get(r.subjectUserId) : undefined;
    return {
      ...r,
      subjectName: p?.realName ?? r.subjectDepartment?.name ?? "—",
      subjectDepartmentName: p ? (p.department?.name ?? "") : (r.subjectDepartment?.name ?? ""),
    };
  });
}
export type ConductRow = Awaited<ReturnType<typeof openRows>>[number];

/**
 * The keyword: plain rows by person, department, title or 文号; discipline
 * rows by the subject token of the people whose name holds it (at most
 * IN_SLICE people — a keyword that names more is too broad to find them).
 */
async function keywordWhere(q: string): Promise<Prisma.ConductRecordWhereInput> {
  const named = await db.user.findMany({
    where: { realName: { contains: q } },
    orderBy: { id: "asc" },
    take: IN_SLICE,
    select: { id: true },
  });
  return {
    OR: [
      { subjectUser: { realName: { contains: q } } },
      { subjectDepartment: { name: { contains: q } } },
      { category: { not: "DISCIPLINE" }, title: { contains: q } },
      { category: { not: "DISCIPLINE" }, docNo: { contains: q } },
      ...(named.length > 0
        ? [{ category: "DISCIPLINE", subjectToken: { in: named.map((u) => subjectToken(u.id)) } }]
        : []),
    ],
  };
}

/** The list's where: the viewer's scope (only their own with `mine`), the filters and the keyword. */
async function conductListWhere(
  v: ConductReader,
  f: ConductListFilter,
  mine: boolean,
): Promise<Prisma.ConductRecordWhereInput> {
  return {
    AND: [
      conductVisibleTo(v),
      mine ? ownConductWhere(v) : {},
      f.category ? { category: f.category } : {},
      f.status ? { status: f.status } : {},
      f.year ? { occurredOn: shanghaiYearRange(f.year) } : {},
      f.q ? await keywordWhere(f.q) : {},
    ],
  };
}

/** The list's order (?sort=&dir=), newest first by default, always ending on the id. */
function conductListOrder(f: ConductListFilter): Prisma.ConductRecordOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort && f.sort !== "occurredOn" ? "asc" : "desc");
  const first: Record<ConductSort, Prisma.ConductRecordOrderByWithRelationInput> = {
    occurredOn: { occurredOn: dir },
    category: { category: dir },
    kind: { kind: dir },
    issuer: { issuer: dir },
    status: { status: dir },
  };
  return [first[f.sort ?? "occurredOn"], { occurredOn: "desc" }, { id: "asc" }];
}

/** Audits the opening of these rows as the list does: another's discipline by id, one's own without. */
async function auditOpened(v: ConductReader, rows: ConductRow[], mine: boolean, objectId: string) {
  if (mine) {
    await auditRead(v, {
      action: "conduct.readOwn",
      objectType: "ConductRecord",
      objectId: "mine",
      found: true,
    });
    return;
  }
  const discipline = rows.filter((r) => r.category === "DISCIPLINE" && r.subjectUserId !== v.id);
  if (discipline.length > 0)
    await auditRead(v, {
      action: "conduct.list",
      objectType: "ConductRecord",
      objectId,
      found: true,
      detail: { discipline: discipline.map((r) => r.id) },
    });
}

/** A page of the records the viewer may see; `mine` keeps only their own. */
export async function listConduct(
  v: ConductReader,
  f: ConductListFilter,
  mine = false,
  perPage = CONDUCT_PER_PAGE,
) {
  const where = await conductListWhere(v, f, mine);
  const orderBy = conductListOrder(f);
  const read = (skip: number, take: number) =>
    db.conductRecord.findMany({ where, orderBy, skip, take, select: ROW_SELECT });
  const count = () => db.conductRecord.count({ where });
  // The first page counts only when it overflows (most people's own list is short).
  const { total, rows: stored } =
    f.page === 1
      ? await firstRowsAndTotal(perPage, (n) => read(0, n), count)
      : await Promise.all([count(), read((f.page - 1) * perPage, perPage)]).then(
          ([total, rows]) => ({
            total,
            rows,
          }),
        );
  const rows = await openRows(stored);
  await auditOpened(v, rows, mine, "list");
  return { total, pages: Math.max(1, Math.ceil(total / perPage)), rows };
}

/**
 * Every row of the list as the viewer sees it, filtered and sorted alike,
 * page by page (the export); each page's discipline reads are audited before
 * it is handed on, as the screen's are.
 */
export async function* allConductRows(
  v: ConductReader,
  f: ConductListFilter,
  mine = false,
): AsyncGenerator<ConductRow[]> {
  const where = await conductListWhere(v, f, mine);
  const orderBy = conductListOrder(f);
  let first = true;
  for await (const stored of inPages((skip, take) =>
    db.conductRecord.findMany({ where, orderBy, skip, take, select: ROW_SELECT }),
  )) {
    const rows = await openRows(stored);
    if (!mine || first) await auditOpened(v, rows, mine, "export");
    first = false;
    yield rows;
  }
}
