import Link from "next/link";

import { monthLabel } from "@/lib/dates";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { percent } from "@/lib/format";
import { COMPLIANCE_LABELS } from "@/lib/reports/compliance";
import { MOOD_LABELS } from "@/lib/reports/schemas";

type Figure = { label: string; value: string; hint: string; href: string; red?: boolean };

/** The headline figures, each opening its list or its section below. */
export function DepartmentSummary({ d }: { d: DepartmentDashboard }) {
  const current = d.periods[1];
  const lastMood = [...d.trend].reverse().find((r) => r.mood !== null);
  const present = d.study.reduce((s, r) => s + r.present, 0);
  const recorded = d.study.reduce((s, r) => s + r.recorded, 0);
  const dep = d.deployments;
  const figures: Figure[] = [
    {
      label: "本期报告",
      value: COMPLIANCE_LABELS[current.compliance],
      hint: current.label,
      href: current.reportId ? `/reports/${current.reportId}` : "#department-report",
      red: current.compliance === "MISSING" || current.compliance === "RETURNED",
    },
    {
      label: "最近报告情绪",
      value: lastMood ? `${lastMood.mood} ${MOOD_LABELS[lastMood.mood!] ?? ""}` : "—",
      hint: lastMood ? monthLabel(lastMood.month) : "近一年无已提交的月度报告",
      href: "#department-mood",
    },
    {
      label: "进行中督办",
      value: `${d.followUps.active} 项`,
      hint: d.followUps.overdue ? `其中逾期 ${d.followUps.overdue} 项` : "无逾期",
      href: d.may.manageFollowUps
        ? `/follow-ups?departmentId=${d.department.id}&status=ACTIVE`
        : "#department-follow-ups",
      red: d.followUps.overdue > 0,
    },
    {
      label: "部署事项未完成",
      value: `${dep.total - dep.done} 项`,
      hint: dep.overdue ? `其中逾期 ${dep.overdue} 项` : `共 ${dep.total} 项`,
      href: "#department-deployments",
      red: dep.overdue > 0,
    },
    {
      label: `${d.year} 年学习出勤率`,
      value: recorded ? `${percent(present, recorded)}%` : "—",
      hint: `${present}/${recorded} 人次 · ${d.department.people} 人`,
      href: "#department-study",
    },
    {
      label: "考评打分进度",
      value: d.appraisal ? `${d.appraisal.sheets.scored}/${d.appraisal.sheets.total}` : "—",
      hint: d.appraisal ? d.appraisal.cycle.title : "无已启动的考评周期",
      href: d.appraisal ? `/appraisal/${d.appraisal.cycle.id}` : "#department-appraisal",
    },
  ];
  return (
    <dl className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {figures.map((f) => (
        <div
          key={f.label}
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <dt className="text-sm text-slate-500">{f.label}</dt>
          <dd className="mt-1">
            <Link
              href={f.href}
              prefetch={false}
              className="hover:underline"
              aria-label={`${f.label} ${f.value}，查看明细`}
            >
              <span
                className={`text-xl font-bold break-words ${f.red ? "text-brand-700" : "text-slate-900"}`}
              >
                {f.value}
              </span>
            </Link>
          </dd>
          <dd className="mt-0.5 truncate text-xs text-slate-500" title={f.hint}>
            {f.hint}
          </dd>
        </div>
      ))}
    </dl>
  );
}
