// The conduct actions' shared checks and writes: the subject must be an
// active colleague or an existing department, a record's columns are built
// in one place (plain, or sealed for DISCIPLINE), and only drafts change.
import "server-only";

import type { Tx } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { notify } from "../notifications/notify";
import { activeBusinessUser } from "../people/active";
import { CONDUCT_MESSAGES, describeKind } from "./labels";
import { normalizeShape } from "./rules";
import type { CreateRecordInput } from "./schemas";
import { storedContent } from "./sealed";

const invalid = (field: string, message: string) =>
  new ValidationError(message, { [field]: message });

/** The row's columns from a valid input, after checking its subject exists and may be named. */
export async function recordColumns(tx: Tx, input: CreateRecordInput) {
  const shape = normalizeShape(input);
  if (shape.subjectUserId) {
    const user = await tx.user.findFirst({
      where: { AND: [{ id: shape.subjectUserId }, activeBusinessUser] },
      select: { id: true },
    });
    if (!user) throw invalid("subjectUserId", CONDUCT_MESSAGES.personInvalid);
  }
  if (shape.subjectDepartmentId) {
    const dept = await tx.department.findUnique({
      where: { id: shape.subjectDepartmentId },
      select: { id: true },
    });
    if (!dept) throw invalid("subjectDepartmentId", CONDUCT_MESSAGES.departmentInvalid);
  }
  return {
    category: input.category,
    kind: input.kind,
    severity: shape.severity,
    honourTitle: shape.honourTitle,
    level: shape.level,
    occurredOn: input.occurredOn,
    issuer: input.issuer,
    ...storedContent({
      category: input.category,
      subjectUserId: shape.subjectUserId,
      subjectDepartmentId: shape.subjectDepartmentId,
      title: input.title,
      docNo: input.docNo,
      description: input.description,
      sanctionCategory: shape.sanctionCategory,
    }),
  };
}

/** A draft record, for editing, evidence and deletion; otherwise not found or a conflict. */
export async function draftRecord(tx: Tx, id: string) {
  const r = await tx.conductRecord.findUnique({
    where: { id },
    select: { id: true, status: true, category: true },
  });
  if (!r) throw new NotFoundError();
  if (r.status !== "DRAFT") throw new ConflictError(CONDUCT_MESSAGES.notDraft);
  return r;
}

type Notified = {
  id: string;
  category: string;
  kind: string;
  level: string | null;
  honourTitle: string | null;
  severity: string | null;
  title: string;
  subjectUserId: string | null;
  sealed: string | null;
  subjectDepartment: { headId: string | null } | null;
};

/** Tells the person concerned (a department's head for a department finding); never for discipline. */
export async function notifyConcerned(tx: Tx, r: Notified, event: "confirmed" | "revoked") {
  // No in-app notice for discipline: a notice written in the confirming
  // transaction carries its time, and a copy of the Notification table would
  // link the row (confirmedAt) to its person. A 处分 is served on the person
  // through its formal procedure; they see it under /conduct/mine.
  if (r.category === "DISCIPLINE") return 0;
  const to = r.subjectUserId ?? r.subjectDepartment?.headId ?? null;
  const what = describeKind(r);
  return notify(tx, [to], {
    title:
      event === "confirmed"
        ? `您有一条新的履职表现记录：${what}`
        : `一条履职表现记录已撤销：${what}`,
    body: r.title,
    link: `/conduct/${r.id}`,
  });
}

export const NOTIFIED_SELECT = {
  id: true,
  category: true,
  kind: true,
  level: true,
  honourTitle: true,
  severity: true,
  title: true,
  subjectUserId: true,
  sealed: true,
  subjectDepartment: { select: { headId: true } },
} as const;

/** After a conditional status update changed nothing: gone, or decided by someone else. */
export async function raceLost(tx: Tx, id: string, message: string): Promise<never> {
  const exists = await tx.conductRecord.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw new NotFoundError();
  throw new ConflictError(message);
}

/** A discipline record's evidence is stored under a neutral name: file names are plain text. */
export function evidenceName(p: { fileName: string }): string {
  return `证明材料${p.fileName.slice(p.fileName.lastIndexOf("."))}`;
}
