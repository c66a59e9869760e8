"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { nominateForHonour } from "@/lib/appraisal/honours/actions";

export type NomineeOption = {
  userId: string;
  name: string;
  department: string;
  grade: string;
  sheetHref: string;
};

type Link = { label: string; href: string };
const sheetLink = (n: NomineeOption | undefined): Link[] =>
  n ? [{ label: `${n.name}的考评表`, href: n.sheetHref }] : [];

/**
 * 推荐: one eligible person, the 事迹 and links to evidence inside the portal
 * (label + path rows; the nominee's sheet is filled in). The rows travel as
 * JSON in one hidden field; each row's error shows beside it.
 */
export function NominateForm({
  batchId,
  nominees,
  defaultNominee = "",
}: {
  batchId: string;
  nominees: NomineeOption[];
  defaultNominee?: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, fieldErrors: e } = useActionForm(nominateForHonour);
  const byId = (id: string) => nominees.find((n) => n.userId === id);
  const [nominee, setNominee] = useState(byId(defaultNominee) ? defaultNominee : "");
  const [links, setLinks] = useState<Link[]>(() => sheetLink(byId(defaultNominee)));
  // After a nomination the form starts again empty (state adjusted while rendering, not in an effect).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setNominee("");
      setLinks([]);
    }
  }
  useEffect(() => {
    if (!state?.ok) return;
    form.current?.reset();
    router.refresh();
  }, [state, router]);
  const pick = (id: string) => {
    const auto = sheetLink(byId(nominee))[0];
    const rest = links.filter((l) => !auto || l.href !== auto.href);
    setNominee(id);
    setLinks([...sheetLink(byId(id)), ...rest]);
  };
  const edit = (i: number, patch: Partial<Link>) =>
    setLinks(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="evidence" value={JSON.stringify(links)} />
      <SelectField
        id={`nom-${batchId}-nominee`}
        label="被推荐人"
        name="nomineeId"
        value={nominee}
        onChange={(ev) => pick(ev.target.value)}
        placeholder="请选择"
        error={e.nomineeId}
        options={nominees.map((n) => ({
          value: n.userId,
          label: `${n.name}（${n.department}，${n.grade}）`,
        }))}
      />
      <TextareaField
        id={`nom-${batchId}-deeds`}
        label="主要事迹"
        name="deeds"
        rows={5}
        maxLength={3000}
        hint="不少于 20 字：办案业绩、获得的表彰、群众评价等"
        error={e.deeds}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">
          事迹材料链接（本系统内的页面）
        </legend>
        {links.length === 0 ? (
          <p className="text-xs text-slate-500">
            选择被推荐人后自动加入其考评表，可再添加其他页面。
          </p>
        ) : null}
        {links.map((l, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-start">
            <Field
              id={`nom-${batchId}-ev${i}-label`}
              label={`材料 ${i + 1} 名称`}
              name=""
              value={l.label}
              maxLength={60}
              onChange={(ev) => edit(i, { label: ev.target.value })}
              error={e[`evidence.${i}.label`]}
            />
            <Field
              id={`nom-${batchId}-ev${i}-href`}
              label={`材料 ${i + 1} 页面路径`}
              name=""
              value={l.href}
              maxLength={300}
              placeholder="/conduct/…"
              onChange={(ev) => edit(i, { href: ev.target.value })}
              error={e[`evidence.${i}.href`]}
            />
            <button
              type="button"
              className={`${buttonClass.link} sm:mt-7`}
              onClick={() => setLinks(links.filter((_, j) => j !== i))}
            >
              删除
            </button>
          </div>
        ))}
        {links.length < 20 ? (
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => setLinks([...links, { label: "", href: "" }])}
          >
            添加材料链接
          </button>
        ) : null}
        {e.evidence ? (
          <p role="alert" className="text-xs text-red-600">
            {e.evidence}
          </p>
        ) : null}
      </fieldset>
      <FormMessage result={state} success="已推荐，等待部门审核。" />
      <SubmitButton pending={pending} pendingText="正在提交…">
        提交推荐
      </SubmitButton>
    </form>
  );
}
