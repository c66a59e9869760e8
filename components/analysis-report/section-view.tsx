// One section of a report: its figures (each linked to the records behind
// it), its tables with the charts beside them, the narrative rendered as safe
// Markdown, and for 问题与建议 the proposals drafted from the data.
import Link from "next/link";

import { MarkdownBody } from "@/components/columns/article-body";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReportSection, ReportTable } from "@/lib/analysis-report/content";

import { ReportChart } from "./report-chart";

const value = (v: number | null, unit: string) =>
  v === null ? "—" : `${v}${unit ? ` ${unit}` : ""}`;

function SectionTable({ table }: { table: ReportTable }) {
  if (table.rows.length === 0) return null;
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-medium text-slate-600">{table.caption}</p>
      <Table caption={table.caption}>
        <thead>
          <tr>
            {table.header.map((h) => (
              <Th key={h}>{h}</Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <Td
                  key={j}
                  className={
                    typeof cell === "number" ? "tabular-nums" : j === 0 ? "whitespace-nowrap" : ""
                  }
                >
                  {cell ?? ""}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {table.note ? <p className="mt-1 text-xs text-slate-500">{table.note}</p> : null}
    </div>
  );
}

export function SectionView({
  section,
  index,
  editor,
}: {
  section: ReportSection;
  index: number;
  /** The narrative editor, for 政治处 on a draft. */
  editor?: React.ReactNode;
}) {
  const numeral = "一二三四五六七八九十"[index] ?? String(index + 1);
  return (
    <Card
      id={`s-${section.key}`}
      title={`${numeral}、${section.title}`}
      className="analysis-section break-inside-avoid-page"
    >
      <div className="space-y-4">
        {section.empty && section.emptyNote ? (
          <p className="text-sm text-slate-500">{section.emptyNote}</p>
        ) : null}
        {section.figures.length > 0 ? (
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {section.figures.map((f) => (
              <div
                key={f.key}
                className="rounded-md border border-slate-200 px-3 py-2"
                data-figure={`${section.key}:${f.key}`}
              >
                <dt className="text-xs text-slate-500">{f.label}</dt>
                <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">
                  {f.href ? (
                    <Link
                      href={f.href}
                      prefetch={false}
                      className="hover:text-brand-700 hover:underline"
                      title="查看明细"
                    >
                      {value(f.value, f.unit)}
                    </Link>
                  ) : (
                    value(f.value, f.unit)
                  )}
                </dd>
                {f.note ? <p className="text-xs text-slate-500">{f.note}</p> : null}
              </div>
            ))}
          </dl>
        ) : null}
        {section.tables.map((t, i) => {
          const chart = section.charts[i];
          return chart && t.rows.length > 0 ? (
            <div key={t.key} className="grid gap-4 lg:grid-cols-2">
              <SectionTable table={t} />
              <div>
                <p className="mb-1 text-xs font-medium text-slate-600">{chart.title}</p>
                <ReportChart chart={chart} />
              </div>
            </div>
          ) : (
            <SectionTable key={t.key} table={t} />
          );
        })}
        {section.charts.slice(section.tables.length).map((c) => (
          <div key={c.key}>
            <p className="mb-1 text-xs font-medium text-slate-600">{c.title}</p>
            <ReportChart chart={c} />
          </div>
        ))}
        {section.proposals.length > 0 ? (
          <div className="rounded-md border border-amber-200 bg-amber-50 p-3">
            <p className="text-xs font-semibold text-amber-800">
              根据数据生成的建议要点（供参考，未经政治处确认）
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {section.proposals.map((p, i) => (
                <li key={i}>
                  {p.href ? (
                    <Link href={p.href} prefetch={false} className="hover:underline">
                      {p.text}
                    </Link>
                  ) : (
                    p.text
                  )}
                  <span className="ml-2 text-xs text-slate-500">（{p.basis}）</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {section.narrative ? (
          <div className="border-t border-slate-100 pt-3" data-narrative={section.key}>
            <MarkdownBody source={section.narrative} />
          </div>
        ) : null}
        {editor}
      </div>
    </Card>
  );
}
