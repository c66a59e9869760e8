import { Badge } from "@/components/ui/card";
import { CONCERN_KIND_LABELS } from "@/lib/reports/schemas";

/**
 * The staff-of-concern entries as a summary reader (report.readSummary) sees
 * them: how many, of which kinds. Names, descriptions and suggestions are 政治处's.
 */
export function ConcernKinds({ kinds }: { kinds: { kind: string; count: number }[] }) {
  const total = kinds.reduce((s, k) => s + k.count, 0);
  if (total === 0) return <p className="text-sm text-slate-500">本报告未列需关注人员。</p>;
  return (
    <div className="text-sm" data-testid="concern-kinds">
      <p>
        本报告列需关注人员 <span className="font-semibold tabular-nums">{total}</span> 人：
      </p>
      <p className="mt-2 flex flex-wrap gap-2">
        {kinds.map((k) => (
          <Badge key={k.kind} tone="amber">
            {CONCERN_KIND_LABELS[k.kind as keyof typeof CONCERN_KIND_LABELS] ?? k.kind} {k.count} 人
          </Badge>
        ))}
      </p>
      <p className="mt-2 text-xs text-slate-500">
        人员姓名、情况描述和建议措施属保密内容，由政治处掌握。
      </p>
    </div>
  );
}
