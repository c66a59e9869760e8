// A letter's thread: the writer's letter and follow-ups, and the replies.
// Text is rendered as text (docs/security.md item 14).
type Entry = { id: string; kind: string; body: string; postedOn: string };

export function LetterThread({
  entries,
  writerLabel = "来信人",
}: {
  entries: Entry[];
  writerLabel?: string;
}) {
  return (
    <ol className="space-y-3" aria-label="来信与答复">
      {entries.map((e, i) => (
        <li
          key={e.id}
          className={`rounded-md border p-3 text-sm ${e.kind === "REPLY" ? "border-brand-100 bg-brand-50" : "border-slate-200 bg-white"}`}
        >
          <p className="mb-1 text-xs text-slate-500">
            <span className="font-medium text-slate-700">
              {e.kind === "REPLY"
                ? "检察长信箱答复"
                : i === 0
                  ? `${writerLabel}来信`
                  : `${writerLabel}追加留言`}
            </span>{" "}
            · {e.postedOn}
          </p>
          <p className="leading-6 whitespace-pre-wrap">{e.body}</p>
        </li>
      ))}
    </ol>
  );
}
