import { Badge, type BadgeTone } from "./card";

export type { BadgeTone };
/** Badge colours by status value; a status missing from the table is gray. */
export type StatusTones = Readonly<Partial<Record<string, BadgeTone>>>;
type Labels = Readonly<Record<string, string>> | ((status: string) => string);

/**
 * The one badge for a record's status, type or outcome: each domain passes its
 * labels (lib/<domain>) and its tones, so every list and detail page shows a
 * status in the same words and colour. `empty` is shown, gray, for no status.
 */
export function StatusBadge({
  status,
  labels,
  tones,
  empty = "—",
}: {
  status: string | null | undefined;
  labels: Labels;
  tones: StatusTones;
  empty?: string;
}) {
  if (!status) return <Badge>{empty}</Badge>;
  const label = typeof labels === "function" ? labels(status) : (labels[status] ?? status);
  return (
    // Badges never wrap mid-word beside a long title.
    <span className="inline-flex shrink-0 whitespace-nowrap">
      <Badge tone={tones[status] ?? "gray"}>{label}</Badge>
    </span>
  );
}

/**
 * Attendance (出席 / 请假 / 缺席) looks the same wherever it is shown; 请假 is
 * amber, as in the attendance summary's figures.
 */
export const ATTENDANCE_TONES: StatusTones = { PRESENT: "green", LEAVE: "amber", ABSENT: "red" };
