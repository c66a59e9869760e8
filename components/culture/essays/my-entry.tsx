import Link from "next/link";

import { EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { AWARD_LABELS, type CallPhase } from "@/lib/culture/essays/labels";
import type { myEntry } from "@/lib/culture/essays/queries";
import { formatDateTime } from "@/lib/format";

import { EntryForm } from "./entry-form";
import { AWARD_TONES } from "./tones";

type Entry = Awaited<ReturnType<typeof myEntry>>;

/** The viewer's entry: the form while the call is open, read-only after. */
export function MyEntry({
  callId,
  phase,
  entry,
  opensAt,
}: {
  callId: string;
  phase: CallPhase;
  entry: Entry;
  opensAt: Date;
}) {
  if (phase === "UPCOMING")
    return <EmptyState title="征文尚未开始" hint={`${formatDateTime(opensAt)} 起可以提交作品`} />;
  if (phase === "OPEN")
    return (
      <div className="space-y-3">
        {entry ? (
          <p className="text-sm text-slate-600">
            您已于 {formatDateTime(entry.submittedAt)} 提交作品，截止前可以修改
            {entry.updatedAt.getTime() !== entry.submittedAt.getTime()
              ? `（最近修改 ${formatDateTime(entry.updatedAt)}）`
              : ""}
            。
          </p>
        ) : null}
        <EntryForm
          callId={callId}
          entry={
            entry
              ? {
                  id: entry.id,
                  title: entry.title,
                  body: entry.body,
                  fileName: entry.files[0]?.fileName ?? null,
                }
              : null
          }
        />
      </div>
    );
  if (!entry) return <EmptyState title="您未参加本次征文" hint="征文已截止，不能再提交作品" />;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <Link href={`/culture/essays/${callId}/entries/${entry.id}`} className={buttonClass.link}>
        {entry.title}
      </Link>
      <span className="text-slate-500">提交于 {formatDateTime(entry.submittedAt)}</span>
      {phase === "PUBLISHED" && entry.award ? (
        <StatusBadge status={entry.award} labels={AWARD_LABELS} tones={AWARD_TONES} />
      ) : phase === "CLOSED" ? (
        <span className="text-slate-500">征文已截止，正在评审</span>
      ) : null}
    </div>
  );
}
