// The workbench's personal major-matter reports waiting for 政治处's
// acknowledgement. Only the category shows: who and what stay on the
// record's page, whose every read is audited.
import "server-only";

import { db } from "../db";
import { WORK_SLICE_TAKE, type WorkSlice } from "../work-items";
import { matterCategoryLabel } from "./labels";

export async function majorMatterWorkItems(): Promise<WorkSlice> {
  const where = { status: "SUBMITTED" };
  const [total, rows] = await Promise.all([
    db.majorMatterReport.count({ where }),
    db.majorMatterReport.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: WORK_SLICE_TAKE,
      select: { id: true, category: true, createdAt: true },
    }),
  ]);
  return {
    kind: "MAJOR_MATTER",
    total,
    items: rows.map((m) => ({
      key: `MAJOR_MATTER:${m.id}`,
      kind: "MAJOR_MATTER",
      title: `个人重大事项报告待确认（${matterCategoryLabel(m.category)}）`,
      href: `/major-matters/${m.id}`,
      since: m.createdAt,
      due: null,
    })),
  };
}
