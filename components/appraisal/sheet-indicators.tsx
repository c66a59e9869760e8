import Link from "next/link";

import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { CATEGORY_LABELS, type Category } from "@/lib/appraisal/labels";
import type { CycleDetail, SheetView } from "@/lib/appraisal/queries";
import { AUTO_RULES, type AutoRuleKey } from "@/lib/appraisal/rules";
import { scoredBy } from "@/lib/appraisal/template";
import { formatCenti } from "@/lib/scores";

/**
 * Every indicator of a sheet: its score, and for an AUTO one the formula, the
 * computed figures and a link to the records behind them. MANUAL scores stay
 * hidden (待公示) until the viewer may see results.
 */
export function SheetIndicators({
  base,
  categories,
  view,
  showManual,
}: {
  base: string;
  categories: CycleDetail["categories"];
  view: SheetView;
  showManual: boolean;
}) {
  return (
    <Table caption="考评表各项指标">
      <thead>
        <tr>
          <Th>类别</Th>
          <Th>指标（权重）</Th>
          <Th>得分</Th>
          <Th>计算方法与依据</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {categories.flatMap((c) =>
          c.indicators
            .filter((i) => view.results[i.id])
            .map((i) => {
              const r = view.results[i.id];
              const hidden = i.type === "MANUAL" && !showManual;
              return (
                <tr key={i.id}>
                  <Td className="whitespace-nowrap">
                    {CATEGORY_LABELS[c.category as Category]}
                    <span className="block text-xs text-slate-500">{c.weight}%</span>
                  </Td>
                  <Td>
                    {i.name}（{i.weight}%）
                    <span className="block text-xs text-slate-500">{scoredBy(i)}</span>
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">
                    {hidden ? (
                      <Badge>待公示</Badge>
                    ) : r.kind === "SCORED" ? (
                      <strong>{formatCenti(r.centi)}</strong>
                    ) : r.kind === "NA" ? (
                      <Badge>不适用</Badge>
                    ) : (
                      <Badge tone="amber">待评分</Badge>
                    )}
                  </Td>
                  <Td className="max-w-xl text-xs text-slate-600">
                    {i.type === "AUTO" ? (
                      <>
                        <p>公式：{AUTO_RULES[i.rule as AutoRuleKey]?.formula}</p>
                        {r.detail ? <p className="mt-1 text-slate-800">计算：{r.detail}</p> : null}
                        <Link
                          href={`${base}/evidence/${i.id}`}
                          className="mt-1 inline-block text-brand-700 hover:underline"
                          aria-label={`查看依据记录：${i.name}`}
                        >
                          查看依据记录
                        </Link>
                      </>
                    ) : hidden ? (
                      "人工评分结果在公示时显示"
                    ) : (
                      r.detail
                    )}
                  </Td>
                </tr>
              );
            }),
        )}
      </tbody>
    </Table>
  );
}
