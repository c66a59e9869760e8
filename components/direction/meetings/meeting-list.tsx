import Link from "next/link";

import { StatusBadge } from "@/components/ui/status-badge";
import { MEETING_TYPE_LABELS } from "@/lib/direction/labels";
import { formatDate } from "@/lib/format";

import { MEETING_TYPE_TONES } from "../tones";

type Item = {
  id: string;
  type: string;
  title: string;
  heldAt: Date;
  _count: { attendees: number; deployments: number };
};

export function MeetingList({ items }: { items: Item[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((m) => (
        <li
          key={m.id}
          className="flex flex-wrap items-start justify-between gap-2 py-2.5 first:pt-0 last:pb-0"
        >
          <div className="min-w-0">
            <p className="flex items-start gap-2">
              <StatusBadge
                status={m.type}
                labels={MEETING_TYPE_LABELS}
                tones={MEETING_TYPE_TONES}
              />
              <Link
                href={`/direction/meetings/${m.id}`}
                className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {m.title}
              </Link>
            </p>
            <p className="mt-0.5 text-xs text-slate-500">
              {formatDate(m.heldAt)} · 参会 {m._count.attendees} 人
              {m._count.deployments ? ` · 部署事项 ${m._count.deployments} 项` : ""}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
