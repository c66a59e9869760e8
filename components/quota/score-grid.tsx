"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveQuotaScores } from "@/lib/quota/actions";
import { centiToInput, formatCenti } from "@/lib/scores";

type Row = {
  id: string;
  name: string;
  department: string;
  totalCenti: number | null;
  rank: number | null;
  scores: Record<string, number>;
};
type Component = { id: string; name: string; weight: number; maxScore: number };

/** One page of registrants × components; one save writes the whole page or nothing. Read-only once the 公示 is out. */
export function ScoreGrid({
  roundId,
  components,
  rows,
  readOnly = false,
}: {
  roundId: string;
  components: Component[];
  rows: Row[];
  readOnly?: boolean;
}) {
  const router = useRouter();
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(saveQuotaScores);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="roundId" value={roundId} />
      <Table caption="成绩录入表">
        <thead>
          <tr>
            <Th>姓名</Th>
            {components.map((c) => (
              <Th key={c.id}>
                {c.name}
                <span className="block font-normal text-slate-500">
                  满分 {c.maxScore} · 权重 {c.weight}%
                </span>
              </Th>
            ))}
            <Th>总成绩</Th>
            <Th>排名</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">
                {r.name}
                <span className="block text-xs text-slate-500">{r.department}</span>
              </Td>
              {components.map((c) => {
                const key = `score:${r.id}:${c.id}`;
                if (readOnly)
                  return (
                    <Td key={c.id} className="tabular-nums">
                      {centiToInput(r.scores[c.id]) || "—"}
                    </Td>
                  );
                return (
                  <Td key={c.id}>
                    <input
                      name={key}
                      defaultValue={centiToInput(r.scores[c.id])}
                      inputMode="decimal"
                      maxLength={8}
                      aria-label={`${r.name} ${c.name}成绩`}
                      aria-invalid={e[key] ? true : undefined}
                      className={`${inputClass} w-24`}
                    />
                    {e[key] ? (
                      <p role="alert" className="mt-1 max-w-40 text-xs text-red-600">
                        {e[key]}
                      </p>
                    ) : null}
                  </Td>
                );
              })}
              <Td className="tabular-nums">{formatCenti(r.totalCenti)}</Td>
              <Td className="tabular-nums">{r.rank ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {readOnly ? null : (
        <>
          <p className="text-xs text-slate-500">
            成绩可保留两位小数；留空表示尚未录入。全部录入后自动计算总成绩和排名。
          </p>
          <FormMessage result={state} success="成绩已保存" />
          <SubmitButton pending={pending} pendingText="正在保存…">
            保存本页成绩
          </SubmitButton>
        </>
      )}
    </form>
  );
}
