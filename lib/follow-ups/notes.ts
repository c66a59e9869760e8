// Timeline texts built by the app itself. Pure: the seed uses them too.

/** The timeline text of an assignment: whom, by when, how urgent, and any instructions. */
export function assignmentNote(
  assignee: string,
  due: string,
  priority: string,
  note: string | null,
): string {
  const head = `承办人：${assignee}；办结期限：${due}；优先级：${priority}`;
  return note ? `${head}\n${note}` : head;
}
