// One line per record, as another domain's page lists it (the appraisal's
// evidence page): what the record is, and a link to it, or none. Each domain
// describes its own records (its `describeForAppraisal`), so no domain reads
// another's tables. Pure.

export type RecordRow = { id: string; text: string; href: string | null };

/**
 * Who is asking to open the records: `own` when they are the reader's own
 * (their own sheet); otherwise a reader of every sheet (政治处, 院领导), to
 * whom a domain may close some of its records (they are then only counted).
 */
export type RecordReader = { own: boolean };

/** A row for each id, in the order given; a record that no longer exists is named only "记录". */
export function rowsInOrder(
  ids: readonly string[],
  found: ReadonlyMap<string, RecordRow>,
): RecordRow[] {
  return ids.map((id) => found.get(id) ?? { id, text: "记录", href: null });
}

/** "a:b" composite ids (an activity's, campaign's, club's or event's member) → a. */
export const idHead = (id: string) => id.split(":")[0];
