import Link from "next/link";

import type { Dashboard } from "@/lib/dashboard/queries";
import { monthLabel } from "@/lib/dates";

/** `href` opens the records behind the figure; `anchor` jumps to its section on this page. */
type Figure = {
  label: string;
  value: string;
  hint?: string;
  href?: string;
  anchor?: string;
  tone?: "red";
};

/** The latest 院 index and its change, warnings, and the follow-up counts. */
export function SummaryFigures({ d }: { d: Dashboard }) {
  const values = d.months.flatMap((m, i) =>
    d.overall.cells[i].kind === "value"
      ? [{ month: m, index: (d.overall.cells[i] as { index: number }).index }]
      : [],
  );
  const last = values.at(-1),
    before = values.at(-2);
  const change = last && before ? Math.round((last.index - before.index) * 10) / 10 : null;
  const figures: Figure[] = [
    {
      label: "全院思想状况指数",
      value: last ? String(last.index) : "—",
      hint: last
        ? `${monthLabel(last.month)}${change === null ? "" : `，较上月 ${change >= 0 ? "+" : "−"}${Math.abs(change)}`}`
        : "暂无数据",
      anchor: "dashboard-index",
    },
    {
      label: "指数下降预警",
      value: `${d.warnings.length} 个部门`,
      tone: d.warnings.length ? "red" : undefined,
      hint: d.warnings.length ? d.warnings.map((w) => w.name).join("、") : "无",
      anchor: "dashboard-warnings",
    },
    {
      label: "进行中督办",
      value: `${d.followUps.active} 项`,
      hint: "待办与办理中",
      href: d.may.manageFollowUps ? "/follow-ups?status=ACTIVE" : undefined,
    },
    {
      label: "逾期督办",
      value: `${d.followUps.overdue} 项`,
      tone: d.followUps.overdue ? "red" : undefined,
      hint: "已过办结期限、尚未办结",
      href: d.may.manageFollowUps ? "/follow-ups?overdue=1" : undefined,
    },
  ];
  return (
    <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {figures.map((f) => {
        const value = (
          <span
            className={`text-2xl font-bold ${f.tone === "red" ? "text-brand-700" : "text-slate-900"}`}
          >
            {f.value}
          </span>
        );
        return (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-500">{f.label}</dt>
            <dd className="mt-1">
              {f.href ? (
                <Link
                  href={f.href}
                  prefetch={false}
                  className="hover:underline"
                  aria-label={`${f.label} ${f.value}，查看列表`}
                >
                  {value}
                </Link>
              ) : f.anchor ? (
                <a
                  href={`#${f.anchor}`}
                  className="hover:underline"
                  aria-label={`${f.label} ${f.value}，查看明细`}
                >
                  {value}
                </a>
              ) : (
                value
              )}
            </dd>
            {f.hint ? (
              <dd className="mt-0.5 truncate text-xs text-slate-500" title={f.hint}>
                {f.hint}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
