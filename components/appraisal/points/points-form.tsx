"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetConductPoint, saveConductPoints } from "@/lib/appraisal/points/actions";

/** One key of the table as the page shows it (values already formatted on the server). */
export type PointsRowView = {
  key: string;
  category: string;
  item: string;
  sign: 1 | -1;
  defaultText: string;
  currentText: string;
  /** The current value as the input starts with it, e.g. "-5.00". */
  input: string;
  /** The current value in hundredths: what the form was based on. */
  basis: number;
  /** "张三 · 2026-12-07 10:00", or null when the key follows its default. */
  changed: string | null;
};

/**
 * 政治处 edits the whole table in one form, saved all or nothing; each row
 * with a saved value can go back to its default after an in-page confirmation.
 */
export function ConductPointsForm({ rows }: { rows: PointsRowView[] }) {
  const router = useRouter();
  const save = useActionForm(saveConductPoints);
  const reset = useActionForm(resetConductPoint);
  const [confirm, dialog] = useConfirm();
  useEffect(() => {
    if (save.state?.ok || reset.state?.ok) router.refresh();
  }, [save.state, reset.state, router]);
  const e = save.fieldErrors;

  const onReset = async (r: PointsRowView) => {
    const ok = await confirm({
      title: "恢复默认",
      message: `将“${r.category} · ${r.item}”的分值由 ${r.currentText} 恢复为默认的 ${r.defaultText}。处于“打分中”的考评周期将按默认分值重新计算。`,
      confirmLabel: "恢复默认",
    });
    if (!ok) return;
    const fd = new FormData();
    fd.set("key", r.key);
    reset.submit(fd);
  };

  const saved = save.state?.ok ? save.state.data.changed : 0;
  return (
    <>
      {dialog}
      <form onSubmit={save.onSubmit} noValidate className="space-y-4">
        <Table caption="履职表现加减分表">
          <thead>
            <tr>
              <Th>类别</Th>
              <Th>项目</Th>
              <Th className="text-right">默认分值</Th>
              <Th className="text-right">当前分值</Th>
              <Th>修改为</Th>
              <Th>最后修改</Th>
              <Th>
                <span className="sr-only">操作</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r, i) => {
              const err = e[`points.${r.key}`];
              const fieldId = `pts-${r.key.replaceAll(":", "-")}`;
              return (
                <tr key={r.key}>
                  {i === 0 || rows[i - 1].category !== r.category ? (
                    <Td className="bg-slate-50/60 font-medium whitespace-nowrap">
                      <span className="block">{r.category}</span>
                      <span className="text-xs font-normal text-slate-500">
                        {r.sign > 0 ? "加分项（≥ 0）" : "减分项（≤ 0）"}
                      </span>
                    </Td>
                  ) : (
                    <Td className="bg-slate-50/60">
                      <span className="sr-only">{r.category}</span>
                    </Td>
                  )}
                  <Td className="whitespace-nowrap">
                    <label htmlFor={fieldId}>{r.item}</label>
                  </Td>
                  <Td className="text-right text-slate-500 tabular-nums">{r.defaultText}</Td>
                  <Td className="text-right font-medium tabular-nums">{r.currentText}</Td>
                  <Td>
                    <input
                      key={`${r.key}:${r.basis}`}
                      id={fieldId}
                      name={`points.${r.key}`}
                      defaultValue={r.input}
                      inputMode="decimal"
                      aria-label={`${r.category} ${r.item} 分值`}
                      aria-invalid={err ? true : undefined}
                      aria-describedby={err ? `${fieldId}-err` : undefined}
                      className={`${inputClass} max-w-32 tabular-nums`}
                    />
                    <input type="hidden" name={`basis.${r.key}`} value={r.basis} />
                    {err ? (
                      <p id={`${fieldId}-err`} role="alert" className="mt-1 text-xs text-red-600">
                        {err}
                      </p>
                    ) : null}
                  </Td>
                  <Td className="text-xs whitespace-nowrap text-slate-500">
                    {r.changed ?? "默认值"}
                  </Td>
                  <Td>
                    {r.changed ? (
                      <button
                        type="button"
                        className={buttonClass.link}
                        disabled={reset.pending}
                        onClick={() => void onReset(r)}
                      >
                        恢复默认
                        <span className="sr-only">：{r.item}</span>
                      </button>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        {e.points ? (
          <p role="alert" className="text-sm text-red-600">
            {e.points}
          </p>
        ) : null}
        <FormMessage
          result={save.state}
          success={saved ? `已保存 ${saved} 项修改。` : "没有修改。"}
        />
        <FormMessage
          result={reset.state}
          success={
            reset.state?.ok && reset.state.data.reset ? "已恢复默认分值。" : "该项已是默认分值。"
          }
        />
        <SubmitButton pending={save.pending} pendingText="正在保存…">
          保存加减分表
        </SubmitButton>
      </form>
    </>
  );
}
