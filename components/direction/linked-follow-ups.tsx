// The 督办 card of a meeting or deployment (政治处 only): the follow-ups
// already opened from it, then the form that opens another.
import Link from "next/link";

import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/follow-ups/labels";

export function LinkedFollowUps({
  followUps,
  children,
}: {
  followUps: { id: string; title: string; status: string }[];
  children: React.ReactNode;
}) {
  return (
    <Card title="督办">
      {followUps.length ? (
        <ul className="mb-3 space-y-1 text-sm">
          {followUps.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <StatusBadge status={f.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
              <Link href={`/follow-ups/${f.id}`} className="text-brand-700 hover:underline">
                {f.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </Card>
  );
}
