import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import type { EvidenceGroup } from "@/lib/appraisal/queries";

/** The records behind a score, by the evidence's label: a link each, or only their count. */
export function EvidenceGroups({ groups }: { groups: EvidenceGroup[] }) {
  if (groups.length === 0)
    return (
      <Card title="依据记录">
        <EmptyState title="没有依据记录" hint="该指标不适用，或考评期内没有相关记录。" />
      </Card>
    );
  return (
    <div className="space-y-4">
      {groups.map((g) => {
        const hidden = g.count - g.rows.length;
        return (
          <Card key={g.label} title={`${g.label}（${g.count} 条）`}>
            {g.rows.length > 0 ? (
              <ul className="divide-y divide-slate-100 text-sm">
                {g.rows.map((r) => (
                  <li key={r.id} className="py-2">
                    {r.href ? (
                      <Link href={r.href} className="text-brand-700 hover:underline">
                        {r.text}
                      </Link>
                    ) : (
                      r.text
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
            {hidden > 0 ? (
              <p className="text-sm text-slate-600">
                另有 {hidden} 条记录计入，您无权查看其内容，仅显示数量。
              </p>
            ) : g.count === 0 ? (
              <p className="text-sm text-slate-500">无</p>
            ) : null}
          </Card>
        );
      })}
    </div>
  );
}
