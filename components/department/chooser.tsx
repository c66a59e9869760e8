import Link from "next/link";

import { Card } from "@/components/ui/card";
import { RELATION_LABELS } from "@/lib/department/queries";

/** The departments a viewer may open, when there is more than one. */
export function DepartmentChooser({
  departments,
}: {
  departments: { id: string; name: string; relation: keyof typeof RELATION_LABELS }[];
}) {
  return (
    <Card title="选择部门">
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {departments.map((d) => (
          <li key={d.id}>
            <Link
              href={`/department/${d.id}`}
              className="flex items-center justify-between rounded-md border border-slate-200 px-3 py-2 hover:border-brand-600 hover:bg-brand-50"
            >
              <span className="font-medium text-slate-800">{d.name}</span>
              <span className="text-xs text-slate-500">{RELATION_LABELS[d.relation]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
