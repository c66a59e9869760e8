"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { advanceAppraisalCycle } from "@/lib/appraisal/cycles/actions";
import { CYCLE_STATE_LABELS, type CycleState } from "@/lib/appraisal/labels";

const WHAT_HAPPENS: Partial<Record<CycleState, string>> = {
  SETUP: "进入指标设置后仍可修改考评指标。",
  SCORING:
    "启动打分后，将按当前人员和部门生成全部考评表和评分任务，并通知评分人；考评指标不能再修改。",
  CALIBRATION:
    "进入校准时将冻结全部自动指标得分及其依据记录，计算总分、排名和等次；须全部评分完成。",
  PUBLICITY: "公示后结果锁定并通知全体被考评人，公示期内可提出异议。",
  OBJECTION: "公示期结束后进入异议处理。",
  ARCHIVED: "归档后考评周期只读；须全部异议已答复。",
};

/** 政治处 moves the cycle one state on, after an in-page confirmation. */
export function AdvanceForm({
  cycleId,
  to,
  defaultDate,
}: {
  cycleId: string;
  to: CycleState;
  defaultDate: string;
}) {
  const router = useRouter();
  const { state, submit, pending, fieldErrors: e } = useActionForm(advanceAppraisalCycle);
  const [ask, dialog] = useConfirm();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const label = `进入“${CYCLE_STATE_LABELS[to]}”`;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (ev) => {
        ev.preventDefault();
        const fd = new FormData(ev.currentTarget);
        if (await ask({ title: label, message: WHAT_HAPPENS[to], confirmLabel: "确定" }))
          submit(fd);
      }}
    >
      <input type="hidden" name="id" value={cycleId} />
      <input type="hidden" name="to" value={to} />
      {to === "SCORING" ? (
        <Field
          label="评分截止日期"
          name="scoringDueOn"
          type="date"
          defaultValue={defaultDate}
          error={e.scoringDueOn}
        />
      ) : null}
      {to === "PUBLICITY" ? (
        <Field
          label="公示截止日期"
          name="publicityEndsOn"
          type="date"
          defaultValue={defaultDate}
          error={e.publicityEndsOn}
        />
      ) : null}
      <p className="text-sm text-slate-600">{WHAT_HAPPENS[to]}</p>
      <FormMessage result={state} />
      <SubmitButton pending={pending} pendingText="正在处理…">
        {label}
      </SubmitButton>
      {dialog}
    </form>
  );
}
