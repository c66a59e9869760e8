import Link from "next/link";

import { StatusBadge } from "@/components/ui/status-badge";
import { GOAL_STATUS_LABELS } from "@/lib/direction/labels";

import { GOAL_STATUS_TONES } from "../tones";

type Item = {
  id: string;
  title: string;
  description: string;
  status: string;
  _count: { deployments: number };
};

export function GoalList({ items, manage }: { items: Item[]; manage: boolean }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {items.map((g) => (
        <li
          key={g.id}
          className={`rounded-md border p-3 ${g.status === "IN_PROGRESS" ? "border-brand-100 bg-brand-50/40" : "border-slate-200"}`}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="font-semibold text-slate-900">{g.title}</p>
            <StatusBadge status={g.status} labels={GOAL_STATUS_LABELS} tones={GOAL_STATUS_TONES} />
          </div>
          {g.description ? (
            <p className="mt-1 line-clamp-3 text-sm whitespace-pre-wrap text-slate-600">
              {g.description}
            </p>
          ) : null}
          <p className="mt-2 flex flex-wrap gap-x-3 text-xs text-slate-500">
            <span>部署事项 {g._count.deployments} 项</span>
            {manage ? (
              <>
                <Link
                  href={`/direction/deployments/new?goalId=${g.id}`}
                  className="text-brand-700 hover:underline"
                >
                  据此部署
                </Link>
                <Link
                  href={`/direction/goals/${g.id}/edit`}
                  className="text-brand-700 hover:underline"
                >
                  编辑
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
