"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";

import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from "@/lib/attendance";

import { FormMessage } from "./form-message";
import { buttonClass, inputClass } from "./styles";
import { SubmitButton } from "./submit-button";

export type AttendanceRow = {
  userId: string;
  realName: string;
  department: string;
  position: string;
  status: AttendanceStatus | null;
};
type Result = { ok: true; data: unknown } | { ok: false; message: string } | null;
export type AttendanceEntry = { userId: string; status: AttendanceStatus | null };

const PILL: Record<AttendanceStatus, string> = {
  PRESENT: "peer-checked:border-green-700 peer-checked:bg-green-700 peer-checked:text-white",
  LEAVE: "peer-checked:border-amber-700 peer-checked:bg-amber-700 peer-checked:text-white",
  ABSENT: "peer-checked:border-red-600 peer-checked:bg-red-600 peer-checked:text-white",
};

/**
 * The organiser's attendance sheet (出席 / 请假 / 缺席), shared by 学习活动 and
 * 检察文化 events: "全部出席" fills every row, each person can then be
 * changed, and one save (the domain's action, through `save`) writes them all
 * (or nothing). The department filter only narrows what is shown; the save
 * always sends everyone.
 */
export function AttendanceSheet({
  rows,
  save,
}: {
  rows: AttendanceRow[];
  save: (entries: AttendanceEntry[]) => Promise<Exclude<Result, null>>;
}) {
  const router = useRouter();
  const initial = useMemo(() => new Map(rows.map((r) => [r.userId, r.status])), [rows]);
  const [status, setStatus] = useState(initial);
  const [result, setResult] = useState<Result>(null);
  const [pending, startTransition] = useTransition();
  const [department, setDepartment] = useState("");
  const departments = useMemo(() => [...new Set(rows.map((r) => r.department))], [rows]);
  const shown = department ? rows.filter((r) => r.department === department) : rows;
  const counts = { PRESENT: 0, LEAVE: 0, ABSENT: 0, none: 0 };
  let dirty = 0;
  for (const r of rows) {
    const s = status.get(r.userId) ?? null;
    counts[s ?? "none"]++;
    if (s !== (initial.get(r.userId) ?? null)) dirty++;
  }
  const set = (userId: string, s: AttendanceStatus) =>
    setStatus((prev) => new Map(prev).set(userId, s));
  const allPresent = () => setStatus(new Map(rows.map((r) => [r.userId, "PRESENT" as const])));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const entries = rows.map((r) => ({ userId: r.userId, status: status.get(r.userId) ?? null }));
    startTransition(async () => {
      const res = await save(entries);
      setResult(res);
      if (res.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} aria-label="登记考勤" className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={allPresent} className={`${buttonClass.secondary} px-3 py-1`}>
          全部出席
        </button>
        {departments.length > 1 ? (
          <label className="inline-flex items-center gap-1 whitespace-nowrap text-slate-600">
            显示
            <select
              aria-label="按部门显示"
              value={department}
              onChange={(e) => setDepartment(e.target.value)}
              className={`${inputClass} w-auto py-1`}
            >
              <option value="">全部部门（{rows.length} 人）</option>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <span className="text-slate-600" aria-live="polite">
          当前：出席 <b className="tabular-nums">{counts.PRESENT}</b>，请假{" "}
          <b className="tabular-nums">{counts.LEAVE}</b>，缺席{" "}
          <b className="tabular-nums">{counts.ABSENT}</b>，未记录{" "}
          <b className="tabular-nums">{counts.none}</b>
          {dirty ? <span className="ml-2 text-amber-700">（{dirty} 处修改未保存）</span> : null}
        </span>
      </div>
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {shown.map((r) => (
          <li
            key={r.userId}
            className="flex flex-wrap items-center justify-between gap-2 px-3 py-2"
          >
            <span className="min-w-0 text-sm">
              <span className="font-medium text-slate-800">{r.realName}</span>
              <span className="ml-2 text-xs text-slate-500">
                {r.department}
                {r.position ? ` · ${r.position}` : ""}
              </span>
            </span>
            <span role="radiogroup" aria-label={`${r.realName} 考勤`} className="flex gap-1">
              {ATTENDANCE_STATUSES.map((s) => (
                <label key={s} className="cursor-pointer">
                  <input
                    type="radio"
                    className="peer sr-only"
                    name={`s-${r.userId}`}
                    value={s}
                    checked={status.get(r.userId) === s}
                    onChange={() => set(r.userId, s)}
                  />
                  <span
                    className={`inline-block rounded border border-slate-300 px-2.5 py-1 text-xs text-slate-700 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 ${PILL[s]}`}
                  >
                    {ATTENDANCE_STATUS_LABELS[s]}
                  </span>
                </label>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <FormMessage result={result} success="考勤已保存" />
      <SubmitButton pending={pending} pendingText="正在保存…">
        保存考勤
      </SubmitButton>
    </form>
  );
}
