// The talk list (谈心谈话记录) as its viewer sees it: scoped by talkScope,
// filtered, searched by name or topic, sorted through the URL, paginated for
// the page and streamed page by page for the XLSX export, which therefore
// holds exactly the rows the screen would. Never the notes.
import "server-only";

import type { Prisma } from "@/prisma/generated/sqlite/client";

import type { Viewer } from "../auth/session";
import { inPages } from "../batches";
import { shanghaiDaysRange } from "../dates";
import { db } from "../db";
import { talkScope } from "./access";
import type { TalkListFilter, TalkSort } from "./schemas";

export const TALKS_PER_PAGE = 20;

const talkRowSelect = {
  id: true,
  heldOn: true,
  occasion: true,
  topics: true,
  needsFollowUp: true,
  followUpId: true,
  interviewer: { select: { realName: true } },
  interviewee: { select: { realName: true, department: { select: { name: true } } } },
  campaign: { select: { title: true } },
} as const;

/** The list's where: the viewer's scope, then the filters and the keyword (names and topics). */
function talkListWhere(v: Viewer, f: TalkListFilter): Prisma.TalkRecordWhereInput {
  return {
    AND: [
      talkScope(v),
      f.occasion ? { occasion: f.occasion } : {},
      f.departmentId ? { interviewee: { departmentId: f.departmentId } } : {},
      f.campaignId ? { campaignId: f.campaignId } : {},
      f.from || f.to ? { heldOn: shanghaiDaysRange(f.from, f.to) } : {},
      f.q
        ? {
            OR: [
              { interviewee: { realName: { contains: f.q } } },
              { interviewer: { realName: { contains: f.q } } },
              { topics: { contains: f.q } },
            ],
          }
        : {},
    ],
  };
}

/** The list's order (?sort=&dir=), newest first by default, always ending on the id. */
function talkListOrder(f: TalkListFilter): Prisma.TalkRecordOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort && f.sort !== "heldOn" ? "asc" : "desc");
  const first: Record<TalkSort, Prisma.TalkRecordOrderByWithRelationInput> = {
    heldOn: { heldOn: dir },
    interviewee: { interviewee: { realName: dir } },
    department: { interviewee: { department: { name: dir } } },
    interviewer: { interviewer: { realName: dir } },
    occasion: { occasion: dir },
  };
  return [first[f.sort ?? "heldOn"], { heldOn: "desc" }, { id: "asc" }];
}

export async function listTalks(v: Viewer, f: TalkListFilter) {
  const where = talkListWhere(v, f);
  const [total, rows] = await Promise.all([
    db.talkRecord.count({ where }),
    db.talkRecord.findMany({
      where,
      orderBy: talkListOrder(f),
      skip: (f.page - 1) * TALKS_PER_PAGE,
      take: TALKS_PER_PAGE,
      select: talkRowSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / TALKS_PER_PAGE)), rows };
}
export type TalkRow = Awaited<ReturnType<typeof listTalks>>["rows"][number];

/** Every row of the list as the viewer sees it, filtered and sorted alike, page by page (the export). */
export function allTalkRows(v: Viewer, f: TalkListFilter): AsyncGenerator<TalkRow[]> {
  const where = talkListWhere(v, f);
  const orderBy = talkListOrder(f);
  return inPages((skip, take) =>
    db.talkRecord.findMany({ where, orderBy, skip, take, select: talkRowSelect }),
  );
}
