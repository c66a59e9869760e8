// The shape rules of a conduct record, pure so that they are unit-tested:
// which fields each category and kind requires, and what is kept. The form
// sends every field; fields that do not apply are dropped, not refused.
import { CONDUCT_MESSAGES, kindBelongs } from "./labels";

export type RecordShape = {
  category: string;
  kind: string;
  severity?: string;
  honourTitle?: string;
  level?: string;
  sanctionCategory?: string;
  subjectType: string;
  subjectUserId: string | null;
  subjectDepartmentId: string | null;
};

export type ShapeIssue = { path: string; message: string };

/** What is wrong with a record's shape, each on its field; empty when it is fine. */
export function shapeIssues(v: RecordShape): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  const add = (path: string, message: string) => out.push({ path, message });
  if (!kindBelongs(v.category, v.kind)) add("kind", CONDUCT_MESSAGES.kindMismatch);
  if (v.category === "JUDICIAL" && !v.severity) add("severity", CONDUCT_MESSAGES.severityRequired);
  if (v.kind === "HONOUR" && !v.honourTitle)
    add("honourTitle", CONDUCT_MESSAGES.honourTitleRequired);
  if ((v.category === "COMMENDATION" || v.category === "INNOVATION") && !v.level)
    add("level", CONDUCT_MESSAGES.levelRequired);
  if (v.category === "DISCIPLINE" && v.kind === "SANCTION" && !v.sanctionCategory)
    add("sanctionCategory", CONDUCT_MESSAGES.sanctionRequired);
  if (v.subjectType === "DEPARTMENT") {
    if (v.category !== "JUDICIAL") add("subjectType", CONDUCT_MESSAGES.departmentOnlyJudicial);
    else if (!v.subjectDepartmentId)
      add("subjectDepartmentId", CONDUCT_MESSAGES.departmentRequired);
  } else if (!v.subjectUserId) add("subjectUserId", CONDUCT_MESSAGES.personRequired);
  return out;
}

/** The fields kept for a valid shape: each optional one only where it applies. */
export function normalizeShape(v: RecordShape) {
  const judicial = v.category === "JUDICIAL";
  const ranked = v.category === "COMMENDATION" || v.category === "INNOVATION";
  const onDepartment = judicial && v.subjectType === "DEPARTMENT";
  return {
    severity: judicial ? (v.severity ?? null) : null,
    honourTitle: v.kind === "HONOUR" ? (v.honourTitle ?? null) : null,
    level: ranked ? (v.level ?? null) : null,
    sanctionCategory: v.kind === "SANCTION" ? (v.sanctionCategory ?? null) : null,
    subjectUserId: onDepartment ? null : v.subjectUserId,
    subjectDepartmentId: onDepartment ? v.subjectDepartmentId : null,
  };
}

/** Confirmed records only count; the honours wall's groups, highest level first. */
export function honourGroups<T extends { year: number; level: string | null }>(
  rows: readonly T[],
  levels: readonly string[],
): { year: number; levels: { level: string; rows: T[] }[] }[] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    levels: [...levels]
      .reverse()
      .map((level) => ({
        level,
        rows: rows.filter((r) => r.year === year && r.level === level),
      }))
      .filter((g) => g.rows.length > 0),
  }));
}
