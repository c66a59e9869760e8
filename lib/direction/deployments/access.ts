// Who reports progress on which assignment, as a check and as a `where`.
// Pure (no database), so that reads, writes and the unit tests share it.
import type { Viewer } from "../../auth/session";

export type ProgressViewer = Pick<Viewer, "id" | "roles" | "departmentId">;

/**
 * The viewer holds their department's head or liaison post. Not a permission:
 * it only counts for assignments of the viewer's own department, and the
 * DEPT_HEAD and LIAISON roles follow those posts (lib/admin sets both).
 */
export function holdsDepartmentPost(viewer: Pick<Viewer, "roles">): boolean {
  return viewer.roles.includes("DEPT_HEAD") || viewer.roles.includes("LIAISON");
}

/**
 * Only the assignment's own department (its head or liaison) or the
 * assignment's owner posts progress. Leadership and 政治处 manage the
 * deployment instead (owners, due dates) and do not report for a department.
 */
export function canPostProgress(
  viewer: ProgressViewer,
  assignment: { departmentId: string; ownerId: string },
): boolean {
  if (assignment.ownerId === viewer.id) return true;
  return (
    holdsDepartmentPost(viewer) &&
    viewer.departmentId !== null &&
    viewer.departmentId === assignment.departmentId
  );
}

/**
 * The same rule as canPostProgress, as a `where` on DeploymentAssignment, so
 * that reads and writes are scoped in the database, not filtered afterwards.
 */
export function progressScopeWhere(viewer: ProgressViewer): {
  OR: ({ ownerId: string } | { departmentId: string })[];
} {
  return {
    OR: [
      { ownerId: viewer.id },
      ...(holdsDepartmentPost(viewer) && viewer.departmentId
        ? [{ departmentId: viewer.departmentId }]
        : []),
    ],
  };
}
