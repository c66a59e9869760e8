"use client";

import { AttendanceSheet, type AttendanceRow } from "@/components/ui/attendance-sheet";
import { recordStudyAttendance } from "@/lib/study/activities/actions";

/** The organiser's attendance sheet of a study activity (components/ui/attendance-sheet.tsx). */
export function AttendanceForm({
  activityId,
  rows,
}: {
  activityId: string;
  rows: AttendanceRow[];
}) {
  return (
    <AttendanceSheet
      rows={rows}
      save={(entries) => recordStudyAttendance({ activityId, entries })}
    />
  );
}
