import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { CATEGORY_LABELS, GRADE_LABELS, type Category } from "@/lib/appraisal/labels";
import type { CycleDetail, SheetView } from "@/lib/appraisal/queries";
import { TIE_BREAK_RULE, TOTAL_FORMULA } from "@/lib/appraisal/totals";
import { formatDateTime } from "@/lib/format";
import { formatCenti } from "@/lib/scores";

import { GRADE_TONES } from "./tones";

const ADJUSTMENT_KIND: Record<string, string> = { CALIBRATION: "校准", OBJECTION: "异议处理" };

/** The category scores, the total with its formula, rank and grade, and the adjustments. */
export function SheetSummary({
  categories,
  view,
}: {
  categories: CycleDetail["categories"];
  view: SheetView;
}) {
  const s = view.sheet;
  const snap = !!s.cycle.snapshotAt;
  const total = snap ? s.finalTotalCenti : view.liveTotal;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-6">
        {categories.map((c) => (
          <div key={c.id}>
            <dt className="text-slate-500">
              {CATEGORY_LABELS[c.category as Category]}（{c.weight}%）
            </dt>
            <dd className="mt-1 tabular-nums">
              {formatCenti(view.byCategory[c.category as Category])}
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-slate-500">{snap ? "总分" : "总分（暂计）"}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums">{formatCenti(total)}</dd>
        </div>
        {snap ? (
          <>
            <div>
              <dt className="text-slate-500">排名</dt>
              <dd className="mt-1 tabular-nums">
                {s.subjectType === "PERSON"
                  ? `部门第 ${s.rankInDept ?? "—"} 名 · 全院第 ${s.rankOverall ?? "—"} 名`
                  : `部门排名第 ${s.rankOverall ?? "—"} 名`}
              </dd>
            </div>
            {s.subjectType === "PERSON" ? (
              <div>
                <dt className="text-slate-500">等次</dt>
                <dd className="mt-1">
                  <StatusBadge status={s.finalGrade} labels={GRADE_LABELS} tones={GRADE_TONES} />
                </dd>
              </div>
            ) : null}
          </>
        ) : null}
      </dl>
      <div className="space-y-1 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">
        <p>{TOTAL_FORMULA}</p>
        <p>{TIE_BREAK_RULE}</p>
        {snap ? null : <p>打分阶段的总分为暂计，以进入校准时冻结的结果为准。</p>}
      </div>
      {view.adjustments.length > 0 ? (
        <Table caption="总分调整记录">
          <thead>
            <tr>
              <Th>环节</Th>
              <Th>调整前 → 调整后</Th>
              <Th>理由</Th>
              <Th>时间</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.adjustments.map((a) => (
              <tr key={a.id}>
                <Td>{ADJUSTMENT_KIND[a.kind] ?? a.kind}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatCenti(a.beforeCenti)}
                  {a.beforeGrade ? `（${GRADE_LABELS[a.beforeGrade as never] ?? ""}）` : ""} →{" "}
                  {formatCenti(a.afterCenti)}
                  {a.afterGrade ? `（${GRADE_LABELS[a.afterGrade as never] ?? ""}）` : ""}
                </Td>
                <Td className="whitespace-pre-wrap">{a.reason}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
