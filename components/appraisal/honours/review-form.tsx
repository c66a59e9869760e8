"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/styles";
import { Spinner } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { reviewNomination } from "@/lib/appraisal/honours/actions";

/**
 * The current stage's reviewer passes (通过) or returns (退回) a nomination
 * with an opinion; 退回 ends the nomination and frees its place, so it asks first.
 */
export function ReviewForm({
  nominationId,
  nominee,
  stageLabel,
}: {
  nominationId: string;
  nominee: string;
  stageLabel: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, submit, pending, fieldErrors: e } = useActionForm(reviewNomination);
  const [ask, dialog] = useConfirm();
  // 退回 without an opinion is refused here, beside the box, before asking.
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const send = async (decision: "PASS" | "RETURN") => {
    if (!form.current) return;
    const fd = new FormData(form.current);
    fd.set("decision", decision);
    const opinion = String(fd.get("opinion") ?? "").trim();
    setMissing(decision === "RETURN" && !opinion);
    if (decision === "RETURN") {
      if (!opinion) return;
      const ok = await ask({
        title: "退回推荐",
        message: `退回后对${nominee}的推荐结束并释放名额，部门可修改后重新推荐。请确认已在意见中写明退回理由。`,
        confirmLabel: "退回",
        tone: "danger",
      });
      if (!ok) return;
    }
    submit(fd);
  };
  const id = `rev-${nominationId}-opinion`;
  return (
    <form
      ref={form}
      noValidate
      className="space-y-2"
      onSubmit={(ev) => {
        ev.preventDefault();
        void send("PASS");
      }}
    >
      <input type="hidden" name="nominationId" value={nominationId} />
      <TextareaField
        id={id}
        label={`${stageLabel}意见`}
        name="opinion"
        rows={2}
        maxLength={1000}
        hint="通过时可填写，退回时必须写明理由"
        error={missing ? "退回时请填写意见" : e.opinion}
      />
      <FormMessage result={state} success="已提交审核意见。" />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className={buttonClass.primary}
        >
          {pending ? <Spinner /> : null}
          通过
        </button>
        <button
          type="button"
          disabled={pending}
          className={buttonClass.danger}
          onClick={() => void send("RETURN")}
        >
          退回
        </button>
      </div>
      {dialog}
    </form>
  );
}
