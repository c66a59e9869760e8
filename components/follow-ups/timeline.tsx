import { labelOf, UPDATE_KIND_LABELS } from "@/lib/follow-ups/labels";
import type { FollowUpDetail } from "@/lib/follow-ups/queries";
import { formatDateTime } from "@/lib/format";

const DOT: Record<string, string> = {
  CREATED: "bg-slate-400",
  ASSIGNED: "bg-brand-600",
  STARTED: "bg-blue-500",
  NOTE: "bg-blue-500",
  RESOLVED: "bg-amber-500",
  CLOSED: "bg-green-600",
  REOPENED: "bg-red-500",
};

/** The follow-up's history, oldest first. Notes are shown as text, never as HTML. */
export function Timeline({ items }: { items: FollowUpDetail["timeline"] }) {
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {items.map((u) => (
        <li key={u.id} className="relative">
          <span
            aria-hidden
            className={`absolute top-1.5 -left-[26px] h-2.5 w-2.5 rounded-full ring-4 ring-white ${DOT[u.kind] ?? "bg-slate-400"}`}
          />
          <p className="text-sm">
            <span className="font-medium text-slate-900">
              {labelOf(UPDATE_KIND_LABELS, u.kind)}
            </span>
            <span className="text-slate-500">
              {" "}
              · {u.author ?? "系统"} · {formatDateTime(u.createdAt)}
            </span>
          </p>
          {u.note ? (
            <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-700">{u.note}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
