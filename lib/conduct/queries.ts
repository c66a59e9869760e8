// 履职表现记录 reads. Every where goes through conductVisibleTo (access.ts);
// discipline rows are opened here, for those allowed to read them, and every
// read of one is audited. A reader's own records are audited without the
// record's id (docs/sanhe.md: an audit row must not tie a person to their
// discipline record either).
import "server-only";

import { auditRead, type AuditReader } from "../audit/read";
import type { Viewer } from "../auth/session";
import { db } from "../db";
import { activeBusinessUser } from "../people/active";
import { conductVisibleTo, readsAllConduct } from "./access";
import { CONDUCT_OWNER } from "./labels";
import { openRows, ROW_SELECT } from "./list";

export { confirmedConductFor, describeForAppraisal, type ConfirmedConduct } from "./appraisal";
export { listHonours } from "./honours";
// The vocabulary, for the appraisal's points table (加减分表).
export { CATEGORY_LABELS, KIND_LABELS, LEVEL_LABELS, SEVERITY_LABELS } from "./labels";

export { CONDUCT_PER_PAGE, listConduct, type ConductRow } from "./list";
type Reader = Viewer & AuditReader;

/**
 * One record with its evidence, or null (the page answers 404). Every read is
 * audited: another's record with its id, found or not; the reader's own
 * records as "conduct.readOwn" without one.
 */
export async function getConductRecord(v: Reader, id: string) {
  const stored = await db.conductRecord.findFirst({
    where: { AND: [{ id }, conductVisibleTo(v)] },
    select: {
      ...ROW_SELECT,
      createdAt: true,
      confirmedAt: true,
      revokedAt: true,
      revokeReason: true,
      createdBy: { select: { realName: true } },
      confirmedBy: { select: { realName: true } },
      revokedBy: { select: { realName: true } },
    },
  });
  const [r] = stored ? await openRows([stored]) : [];
  if (r && r.subjectUserId === v.id)
    await auditRead(v, {
      action: "conduct.readOwn",
      objectType: "ConductRecord",
      objectId: "mine",
      found: true,
    });
  else
    await auditRead(v, {
      action: "conduct.read",
      objectType: "ConductRecord",
      objectId: id,
      found: !!r,
    });
  if (!r || !stored) return null;
  const evidence = await db.attachment.findMany({
    where: { ownerType: CONDUCT_OWNER, ownerId: r.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
  });
  return {
    ...r,
    createdAt: stored.createdAt,
    confirmedAt: stored.confirmedAt,
    revokedAt: stored.revokedAt,
    revokeReason: stored.revokeReason,
    createdBy: stored.createdBy.realName,
    confirmedBy: stored.confirmedBy?.realName ?? null,
    revokedBy: stored.revokedBy?.realName ?? null,
    evidence,
    own: r.subjectUserId === v.id,
  };
}
export type ConductDetail = NonNullable<Awaited<ReturnType<typeof getConductRecord>>>;

/** Whom a record may name: active colleagues, and departments (for 规范司法 findings). */
export async function listSubjectOptions() {
  const [people, departments] = await Promise.all([
    db.user.findMany({
      where: activeBusinessUser,
      orderBy: [{ department: { sortOrder: "asc" } }, { employeeNo: "asc" }],
      select: { id: true, realName: true, department: { select: { name: true } } },
    }),
    db.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    people: people.map((u) => ({
      value: u.id,
      label: `${u.department?.name ?? "未分配部门"} · ${u.realName}`,
    })),
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
  };
}

/** Whether the viewer sees more than their own records (for the page's wording). */
export function conductScopeOf(v: Viewer): "all" | "department" | "own" {
  if (readsAllConduct(v)) return "all";
  return v.roles.includes("DEPT_HEAD") ? "department" : "own";
}
