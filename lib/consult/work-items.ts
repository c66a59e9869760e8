// The 政治处 workbench's consultations: every open one, due 24 hours after it
// was asked (the desk's promise, lib/consult/sla.ts). Titles name the topics
// only: the question stays on its page.
import "server-only";

import { db } from "../db";
import { WORK_SLICE_TAKE, type WorkSlice } from "../work-items";
import { tagLabel } from "./schemas";
import { SLA_MS } from "./sla";

export async function consultWorkItems(): Promise<WorkSlice> {
  const where = { status: "OPEN" };
  const [total, rows] = await Promise.all([
    db.consultation.count({ where }),
    db.consultation.findMany({
      where,
      orderBy: [{ askedAt: "asc" }, { id: "asc" }],
      take: WORK_SLICE_TAKE,
      select: {
        id: true,
        askedAt: true,
        tags: { select: { tag: true } },
        asker: { select: { department: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    kind: "CONSULTATION",
    total,
    items: rows.map((c) => ({
      key: `CONSULTATION:${c.id}`,
      kind: "CONSULTATION",
      title: `改革咨询待答复（${c.tags.map((t) => tagLabel(t.tag)).join("、") || "未分类"}）`,
      href: `/consult/${c.id}`,
      since: c.askedAt,
      due: new Date(c.askedAt.getTime() + SLA_MS),
      note: c.asker.department?.name,
    })),
  };
}
