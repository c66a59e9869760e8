// One's own 个人重大事项报告 (/major-matters, 我的报告) as the reporter works
// with them (issue 15 item 5): the reporter's own reports only, filtered by
// category and state, sorted through the URL, a page at a time for the page
// and page by page for the XLSX export, which therefore holds exactly the
// rows the same reporter's page shows. Metadata only: the encrypted content
// is never read.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import type { Sort } from "../list-sort";
import type { MyMatterListFilter, MyMatterSort } from "./schemas";

export const MY_MATTERS_PER_PAGE = 20;

const myMatterSelect = {
  id: true,
  category: true,
  occurredOn: true,
  status: true,
  createdAt: true,
  acknowledgedAt: true,
} as const satisfies Prisma.MajorMatterReportSelect;

function myMatterWhere(
  v: Pick<Viewer, "id">,
  f: MyMatterListFilter,
): Prisma.MajorMatterReportWhereInput {
  return {
    AND: [
      { userId: v.id },
      f.category ? { category: f.category } : {},
      f.status ? { status: f.status } : {},
    ],
  };
}

/** The sort in effect: a declared column, or the newest report first. */
export function myMatterSortOf(f: MyMatterListFilter): Sort<MyMatterSort> {
  const key = f.sort ?? "createdAt";
  return { key, dir: f.dir ?? (key === "category" ? "asc" : "desc") };
}

function myMatterOrder(f: MyMatterListFilter): Prisma.MajorMatterReportOrderByWithRelationInput[] {
  const { key, dir } = myMatterSortOf(f);
  const first: Record<MyMatterSort, Prisma.MajorMatterReportOrderByWithRelationInput> = {
    category: { category: dir },
    occurredOn: { occurredOn: { sort: dir, nulls: "last" } },
    createdAt: { createdAt: dir },
    status: { status: dir },
  };
  return [first[key], { createdAt: "desc" }, { id: "asc" }];
}

/** A page of the viewer's own reports. */
export async function listMyMatterPage(v: Pick<Viewer, "id">, f: MyMatterListFilter) {
  const where = myMatterWhere(v, f);
  const [total, rows] = await Promise.all([
    db.majorMatterReport.count({ where }),
    db.majorMatterReport.findMany({
      where,
      orderBy: myMatterOrder(f),
      skip: (f.page - 1) * MY_MATTERS_PER_PAGE,
      take: MY_MATTERS_PER_PAGE,
      select: myMatterSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MY_MATTERS_PER_PAGE)), rows };
}
export type MyMatterRow = Awaited<ReturnType<typeof listMyMatterPage>>["rows"][number];

/** Every one of the viewer's own reports, filtered and sorted alike, page by page (the export). */
export function allMyMatterRows(
  v: Pick<Viewer, "id">,
  f: MyMatterListFilter,
): AsyncGenerator<MyMatterRow[]> {
  const where = myMatterWhere(v, f);
  const orderBy = myMatterOrder(f);
  return inPages((skip, take) =>
    db.majorMatterReport.findMany({ where, orderBy, skip, take, select: myMatterSelect }),
  );
}
