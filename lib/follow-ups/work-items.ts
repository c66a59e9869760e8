// The 政治处 workbench's follow-ups: those waiting for an assignee, those
// resolved and waiting to be verified, and those past their due date.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { db } from "../db";
import { WORK_SLICE_TAKE, type WorkKind, type WorkSlice } from "../work-items";
import { overdueWhere } from "./overdue";

const select = {
  id: true,
  title: true,
  createdAt: true,
  resolvedAt: true,
  dueDate: true,
  department: { select: { name: true } },
  assignee: { select: { realName: true } },
} as const;

async function slice(
  kind: WorkKind,
  where: Prisma.FollowUpWhereInput,
  orderBy: Prisma.FollowUpOrderByWithRelationInput[],
  item: (f: Prisma.FollowUpGetPayload<{ select: typeof select }>) => {
    title: string;
    since: Date;
    due: Date | null;
    note?: string;
  },
): Promise<WorkSlice> {
  const [total, rows] = await Promise.all([
    db.followUp.count({ where }),
    db.followUp.findMany({ where, orderBy, take: WORK_SLICE_TAKE, select }),
  ]);
  return {
    kind,
    total,
    items: rows.map((f) => ({
      key: `${kind}:${f.id}`,
      kind,
      href: `/follow-ups/${f.id}`,
      ...item(f),
    })),
  };
}

export function followUpWorkItems(now: Date): Promise<WorkSlice[]> {
  return Promise.all([
    slice(
      "FOLLOW_UP_ASSIGN",
      { status: "OPEN", assigneeId: null },
      [{ createdAt: "asc" }, { id: "asc" }],
      (f) => ({
        title: `待分办：${f.title}`,
        since: f.createdAt,
        due: null,
        note: f.department?.name,
      }),
    ),
    slice(
      "FOLLOW_UP_VERIFY",
      { status: "RESOLVED" },
      [{ resolvedAt: "asc" }, { id: "asc" }],
      (f) => ({
        title: `待核销：${f.title}`,
        since: f.resolvedAt ?? f.createdAt,
        due: null,
        note: f.assignee?.realName,
      }),
    ),
    slice("FOLLOW_UP_OVERDUE", overdueWhere(now), [{ dueDate: "asc" }, { id: "asc" }], (f) => ({
      title: `已逾期：${f.title}`,
      since: f.createdAt,
      due: f.dueDate,
      note: f.assignee?.realName ?? f.department?.name,
    })),
  ]);
}
