"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { publishQuotaPublicity } from "@/lib/quota/actions";

/** Publishes the 公示 (or a 递补 batch): the top N of those not yet admitted, after an in-page confirmation. */
export function PublishForm({
  roundId,
  defaultCount,
  defaultStart,
  defaultEnd,
  supplement,
}: {
  roundId: string;
  defaultCount: number;
  defaultStart: string;
  defaultEnd: string;
  supplement: boolean;
}) {
  const router = useRouter();
  const { state, submit, pending, fieldErrors: e } = useActionForm(publishQuotaPublicity);
  const [ask, dialog] = useConfirm();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const label = supplement ? "发布递补公示" : "发布公示";
  return (
    <form
      onSubmit={async (ev) => {
        ev.preventDefault();
        const fd = new FormData(ev.currentTarget);
        const message = `确定按排名${supplement ? "递补" : ""}公示前 ${fd.get("count")} 名？发布后将通知全部报名人员，成绩不再修改。`;
        if (await ask({ title: label, message })) submit(fd);
      }}
      className="space-y-3"
      noValidate
    >
      <input type="hidden" name="roundId" value={roundId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label="公示人数"
          name="count"
          type="number"
          min={1}
          defaultValue={defaultCount}
          error={e.count}
          hint="按排名从高到低"
        />
        <Field
          label="公示开始日期"
          name="startsOn"
          type="date"
          defaultValue={defaultStart}
          error={e.startsOn}
        />
        <Field
          label="公示结束日期"
          name="endsOn"
          type="date"
          defaultValue={defaultEnd}
          error={e.endsOn}
        />
      </div>
      <FormMessage result={state} success="公示名单已发布，已通知全部报名人员" />
      <SubmitButton pending={pending} pendingText="正在发布…">
        {label}
      </SubmitButton>
      {dialog}
    </form>
  );
}
