// The versions of a report, newest first, each with its diff of numbers
// against the version before it.
import Link from "next/link";

import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { SECTION_TITLES, type FigureDiff } from "@/lib/analysis-report/content";
import { formatDateTime } from "@/lib/format";

type Version = {
  id: string;
  number: number;
  draftedAt: Date;
  issuedAt: Date | null;
  issuedBy: string | null;
  diff: FigureDiff[] | null;
};

const shown = (v: number | null, unit: string) => (v === null ? "—" : `${v}${unit}`);

function Diff({ diff }: { diff: FigureDiff[] }) {
  if (diff.length === 0)
    return <p className="text-xs text-slate-500">与上一版本相比数字无变化。</p>;
  return (
    <Table caption="数字变化">
      <thead>
        <tr>
          <Th>章节</Th>
          <Th>指标</Th>
          <Th>上一版本</Th>
          <Th>本版本</Th>
          <Th>变化</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {diff.map((d) => (
          <tr key={`${d.section}|${d.key}`}>
            <Td className="text-xs">{SECTION_TITLES[d.section]}</Td>
            <Td>{d.label}</Td>
            <Td className="tabular-nums">{shown(d.before, d.unit)}</Td>
            <Td className="tabular-nums">{shown(d.after, d.unit)}</Td>
            <Td className="tabular-nums">
              {d.change === "added"
                ? "新增"
                : d.change === "removed"
                  ? "删除"
                  : d.delta !== null
                    ? `${d.delta > 0 ? "+" : ""}${d.delta}`
                    : "—"}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function Versions({
  reportId,
  versions,
  viewing,
}: {
  reportId: string;
  versions: Version[];
  viewing: string;
}) {
  return (
    <ol className="space-y-4">
      {versions.map((v) => (
        <li key={v.id} className="space-y-2" data-version={v.number}>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">第 {v.number} 版</span>
            {v.issuedAt ? <Badge tone="green">已签发</Badge> : <Badge tone="amber">草稿</Badge>}
            <span className="text-xs text-slate-500">
              {v.issuedAt
                ? `${formatDateTime(v.issuedAt)} 由${v.issuedBy ?? "—"}签发`
                : `数据生成于 ${formatDateTime(v.draftedAt)}`}
            </span>
            {v.id === viewing ? (
              <span className="text-xs text-slate-500">（正在查看）</span>
            ) : (
              <Link
                href={`/analysis-reports/${reportId}?version=${v.id}`}
                className="text-xs text-brand-700 hover:underline"
              >
                查看此版本
              </Link>
            )}
          </div>
          {v.diff ? <Diff diff={v.diff} /> : null}
        </li>
      ))}
    </ol>
  );
}
