import Link from "next/link";

import { StatusBadge } from "@/components/ui/status-badge";
import { MEMBER_STATUS_LABELS } from "@/lib/culture/clubs/schemas";
import { formatDate } from "@/lib/format";

import { MEMBER_TONES } from "./tones";

type Row = {
  id: string;
  name: string;
  foundedOn: Date;
  charter: string;
  members: number;
  events: number;
  officers: string[];
  mine: string | null;
};

export function ClubList({ rows }: { rows: Row[] }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {rows.map((c) => (
        <li key={c.id} className="rounded-md border border-slate-200 p-4">
          <div className="flex items-start justify-between gap-2">
            <Link
              href={`/culture/clubs/${c.id}`}
              className="text-base font-semibold text-brand-700 hover:underline"
            >
              {c.name}
            </Link>
            {c.mine && c.mine !== "LEFT" ? (
              <StatusBadge status={c.mine} labels={MEMBER_STATUS_LABELS} tones={MEMBER_TONES} />
            ) : null}
          </div>
          <p className="mt-1 line-clamp-2 text-sm text-slate-600">{c.charter}</p>
          <p className="mt-2 text-xs text-slate-500">
            成立于 {formatDate(c.foundedOn)} · 在册成员 {c.members} 人 · 社团活动 {c.events} 场 ·
            负责人 {c.officers.join("、") || "—"}
          </p>
        </li>
      ))}
    </ul>
  );
}
