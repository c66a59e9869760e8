// The consultation lists as their viewer sees them: 政治处's queue (open
// questions, longest waiting first) and every consultation (consult.answer),
// and the caller's own. Each view has one where and one order, built from the
// viewer and the URL's filters, keyword and sort, ending on the id; the page
// reads a page of it and the XLSX export streams all of it, so the file holds
// exactly the rows the screen would. The keyword never searches the question
// text: 政治处 finds an asker's name or a topic, the asker a topic of their own.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { inPages } from "../batches";
import { db } from "../db";
import {
  TAG_LABELS,
  TAGS,
  type ConsultListFilter,
  type ConsultSort,
  type ConsultView,
} from "./schemas";

export const CONSULT_PER_PAGE = 20;

/** The view a viewer gets for ?tab=: 政治处 chooses (the queue by default); everyone else has their own. */
export function consultView(user: Pick<SessionUser, "roles">, tab?: string): ConsultView {
  if (!can(user.roles, "consult.answer")) return "mine";
  return tab === "all" || tab === "mine" ? tab : "queue";
}

export const consultRowSelect = {
  id: true,
  channel: true,
  question: true,
  status: true,
  answer: true,
  askedAt: true,
  answeredAt: true,
  asker: { select: { realName: true, department: { select: { name: true } } } },
  tags: { select: { tag: true } },
} satisfies Prisma.ConsultationSelect;

/** Topics whose Chinese name holds the keyword. */
function tagsMatching(q: string): string[] {
  return TAGS.filter((t) => TAG_LABELS[t].includes(q) || t === q.toUpperCase());
}

/** The view's where: its scope, the filters, and the keyword (asker's name for 政治处, topics). */
function consultListWhere(
  user: SessionUser,
  view: ConsultView,
  f: ConsultListFilter,
): Prisma.ConsultationWhereInput {
  const answers = can(user.roles, "consult.answer");
  const scope: Prisma.ConsultationWhereInput =
    view === "mine" || !answers ? { askerId: user.id } : view === "queue" ? { status: "OPEN" } : {};
  const byTag = f.q ? { tags: { some: { tag: { in: tagsMatching(f.q) } } } } : {};
  return {
    AND: [
      scope,
      f.status && view !== "queue" ? { status: f.status } : {},
      f.channel ? { channel: f.channel } : {},
      f.tag ? { tags: { some: { tag: f.tag } } } : {},
      f.q && answers && view !== "mine"
        ? { OR: [{ asker: { realName: { contains: f.q } } }, byTag] }
        : byTag,
    ],
  };
}

/** The view's order (?sort=&dir=): the queue oldest first, the others newest first; always ending on the id. */
function consultListOrder(
  view: ConsultView,
  f: ConsultListFilter,
): Prisma.ConsultationOrderByWithRelationInput[] {
  const byDate = view === "queue" ? "asc" : "desc";
  const dir = f.dir ?? (!f.sort || f.sort === "askedAt" ? byDate : "asc");
  const first: Record<ConsultSort, Prisma.ConsultationOrderByWithRelationInput> = {
    askedAt: { askedAt: dir },
    status: { status: dir },
    channel: { channel: dir },
    asker: { asker: { realName: dir } },
    answeredAt: { answeredAt: dir },
  };
  return [first[f.sort ?? "askedAt"], { askedAt: byDate }, { id: "asc" }];
}

/** A page of the view the viewer gets for `f.tab`. */
export async function listConsultView(user: SessionUser, f: ConsultListFilter) {
  const view = consultView(user, f.tab);
  const where = consultListWhere(user, view, f);
  const [total, rows] = await Promise.all([
    db.consultation.count({ where }),
    db.consultation.findMany({
      where,
      orderBy: consultListOrder(view, f),
      skip: (f.page - 1) * CONSULT_PER_PAGE,
      take: CONSULT_PER_PAGE,
      select: consultRowSelect,
    }),
  ]);
  return { view, total, pages: Math.max(1, Math.ceil(total / CONSULT_PER_PAGE)), rows };
}
export type ConsultRow = Awaited<ReturnType<typeof listConsultView>>["rows"][number];

/** Every row of the view, filtered and sorted alike, page by page (the export). */
export function allConsultRows(
  user: SessionUser,
  view: ConsultView,
  f: ConsultListFilter,
): AsyncGenerator<ConsultRow[]> {
  const where = consultListWhere(user, view, f);
  const orderBy = consultListOrder(view, f);
  return inPages((skip, take) =>
    db.consultation.findMany({ where, orderBy, skip, take, select: consultRowSelect }),
  );
}
