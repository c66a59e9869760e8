// Major-matter reads. Staff see only their own; 政治处 sees all, and every read
// of another person's report is audited (docs/security.md item 21). An id the viewer may
// not see is a 404 (null here).
import "server-only";

import { auditRead } from "../audit/read";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { statusCounts } from "../counts";
import { decryptText } from "../crypto";
import { db } from "../db";

export { listAllMatters, MATTERS_PER_PAGE } from "./list";
export { listMyMatterPage, myMatterSortOf } from "./my-list";
export { majorMatterWorkItems } from "./work-items";
export { MATTER_CATEGORY_LABELS, MATTER_STATUS_LABELS } from "./labels";

/** "我的" page: the caller's own reports, counted, and the latest few (no detail text). */
export async function myMattersOverview(user: SessionUser, take = 5) {
  const where = { userId: user.id };
  // Most people have a few reports: one more row than shown tells whether the
  // rows are all of them, and only past that are they counted by state.
  const got = await db.majorMatterReport.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: take + 1,
    select: { id: true, category: true, occurredOn: true, status: true, createdAt: true },
  });
  if (got.length <= take)
    return {
      total: got.length,
      pending: got.filter((r) => r.status === "SUBMITTED").length,
      rows: got,
    };
  const byStatus = await db.majorMatterReport.groupBy({
    by: ["status"],
    where,
    _count: { _all: true },
  });
  const { total, of } = statusCounts(byStatus);
  return { total, pending: of("SUBMITTED"), rows: got.slice(0, take) };
}

/** One report, decrypted: the owner's own, or any for 政治处 (audited). */
export async function readMatter(user: SessionUser, id: string, ip: string) {
  const office = can(user.roles, "majorMatter.acknowledge");
  const r = await db.majorMatterReport.findFirst({
    where: office ? { id } : { id, userId: user.id },
    select: {
      id: true,
      userId: true,
      category: true,
      occurredOn: true,
      status: true,
      createdAt: true,
      acknowledgedAt: true,
      detailEnc: true,
      ackNoteEnc: true,
      user: { select: { realName: true, department: { select: { name: true } } } },
      acknowledgedBy: { select: { realName: true } },
    },
  });
  if (!r || r.userId !== user.id) {
    await auditRead(user, {
      action: "majorMatter.read",
      objectType: "MajorMatterReport",
      objectId: id,
      found: !!r,
      ip,
    });
  }
  if (!r) return null;
  const { detailEnc, ackNoteEnc, ...rest } = r;
  return {
    ...rest,
    detail: decryptText(detailEnc),
    ackNote: ackNoteEnc ? decryptText(ackNoteEnc) : null,
  };
}
