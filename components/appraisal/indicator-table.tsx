import { Table, Td, Th } from "@/components/ui/table";
import {
  CATEGORY_LABELS,
  INDICATOR_TYPE_LABELS,
  TARGET_LABELS,
  type Category,
  type IndicatorType,
  type Target,
} from "@/lib/appraisal/labels";
import type { CycleDetail } from "@/lib/appraisal/queries";
import { scoredBy } from "@/lib/appraisal/template";

/** The cycle's categories with their weights, and each category's indicators. */
export function IndicatorTable({ categories }: { categories: CycleDetail["categories"] }) {
  return (
    <Table caption="考评指标">
      <thead>
        <tr>
          <Th>类别</Th>
          <Th>指标</Th>
          <Th>权重</Th>
          <Th>考评对象</Th>
          <Th>类型</Th>
          <Th>计算规则 / 评分人</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {categories.flatMap((c) =>
          c.indicators.map((i, n) => (
            <tr key={i.id}>
              {n === 0 ? (
                <td className="px-3 py-2 align-top font-medium" rowSpan={c.indicators.length}>
                  {CATEGORY_LABELS[c.category as Category]}
                  <span className="block text-xs font-normal text-slate-500">
                    类别权重 {c.weight}%
                  </span>
                </td>
              ) : null}
              <Td>
                {i.name}
                {i.description ? (
                  <span className="block text-xs text-slate-500">{i.description}</span>
                ) : null}
              </Td>
              <Td className="tabular-nums">{i.weight}%</Td>
              <Td>{TARGET_LABELS[i.target as Target] ?? i.target}</Td>
              <Td>{INDICATOR_TYPE_LABELS[i.type as IndicatorType] ?? i.type}</Td>
              <Td className="text-xs">{scoredBy(i)}</Td>
            </tr>
          )),
        )}
      </tbody>
    </Table>
  );
}
