// 政治处's list of every 个人重大事项报告 (issue 15 item 5): one where (the
// filters and the keyword) and one order (ending on the id), read a page at a
// time for the screen and page by page for the XLSX export, which therefore
// holds exactly the rows the screen would.
//
// A report's content is encrypted: the list holds metadata only (reporter,
// department, category, dates, state), the keyword searches the reporter's
// name only, and nothing is decrypted. The screen opens no report; the export
// hands others' reports on as a file, so each exported page is audited as a
// read of those reports ("majorMatter.read" with their ids), as opening one is.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { auditRead } from "../audit/read";
import { can } from "../auth/permissions";
import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { MatterListFilter, MatterSort } from "./schemas";

export const MATTERS_PER_PAGE = 20;

const matterRowSelect = {
  id: true,
  userId: true,
  category: true,
  occurredOn: true,
  status: true,
  createdAt: true,
  acknowledgedAt: true,
  user: { select: { realName: true, department: { select: { name: true } } } },
} as const satisfies Prisma.MajorMatterReportSelect;

/** Whether the viewer has 政治处's list at all. */
export const seesAllMatters = (v: Pick<Viewer, "roles">) => can(v.roles, "majorMatter.acknowledge");

function matterListWhere(f: MatterListFilter): Prisma.MajorMatterReportWhereInput {
  return {
    AND: [
      f.category ? { category: f.category } : {},
      f.status ? { status: f.status } : {},
      f.departmentId ? { user: { departmentId: f.departmentId } } : {},
      f.q ? { user: { realName: { contains: f.q } } } : {},
    ],
  };
}

/** The sort the list applies: ?sort=&dir=, or pending first, newest first. */
export function matterSortOf(f: MatterListFilter): { key: MatterSort; dir: "asc" | "desc" } {
  const key = f.sort ?? "status";
  const newestFirst = key === "status" || key === "createdAt" || key === "occurredOn";
  return { key, dir: f.dir ?? (newestFirst ? "desc" : "asc") };
}

function matterListOrder(f: MatterListFilter): Prisma.MajorMatterReportOrderByWithRelationInput[] {
  const { key, dir } = matterSortOf(f);
  const first: Record<MatterSort, Prisma.MajorMatterReportOrderByWithRelationInput> = {
    reporter: { user: { realName: dir } },
    department: { user: { department: { name: dir } } },
    category: { category: dir },
    occurredOn: { occurredOn: { sort: dir, nulls: "last" } },
    createdAt: { createdAt: dir },
    status: { status: dir },
  };
  return [first[key], { createdAt: "desc" }, { id: "asc" }];
}

/** 政治处's list over everyone, a page of it; null for anyone else. */
export async function listAllMatters(v: Viewer, f: MatterListFilter) {
  if (!seesAllMatters(v)) return null;
  const where = matterListWhere(f);
  const [total, rows] = await Promise.all([
    db.majorMatterReport.count({ where }),
    db.majorMatterReport.findMany({
      where,
      orderBy: matterListOrder(f),
      skip: (f.page - 1) * MATTERS_PER_PAGE,
      take: MATTERS_PER_PAGE,
      select: matterRowSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MATTERS_PER_PAGE)), rows };
}
export type MatterRow = NonNullable<Awaited<ReturnType<typeof listAllMatters>>>["rows"][number];

/**
 * Every row of the list, filtered and sorted alike, page by page (the
 * export); each page's reports of others are audited as read before it is
 * handed on. The caller checks seesAllMatters first.
 */
export async function* allMatterRows(v: Viewer, f: MatterListFilter): AsyncGenerator<MatterRow[]> {
  const where = matterListWhere(f);
  const orderBy = matterListOrder(f);
  for await (const rows of inPages((skip, take) =>
    db.majorMatterReport.findMany({ where, orderBy, skip, take, select: matterRowSelect }),
  )) {
    const others = rows.filter((r) => r.userId !== v.id).map((r) => r.id);
    if (others.length > 0)
      await auditRead(v, {
        action: "majorMatter.read",
        objectType: "MajorMatterReport",
        objectId: "export",
        found: true,
        detail: { reports: others },
      });
    yield rows;
  }
}
