"use client";

import { AttendanceSheet, type AttendanceRow } from "@/components/ui/attendance-sheet";
import { recordEventAttendance } from "@/lib/culture/events/actions";

/** The organiser's attendance sheet of an event's registrants (components/ui/attendance-sheet.tsx). */
export function EventAttendanceForm({ eventId, rows }: { eventId: string; rows: AttendanceRow[] }) {
  return (
    <AttendanceSheet rows={rows} save={(entries) => recordEventAttendance({ eventId, entries })} />
  );
}
