import Link from "next/link";

import { ACTIVE_FOLLOW_UPS_HREF, OVERDUE_FOLLOW_UPS_HREF } from "@/lib/dashboard/links";
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

/** The headline's hint: its month, "较上月" naming both months, and the months still 进行中. */
function headlineHint(h: Dashboard["headline"]): string {
  if (!h) return "暂无完整月份数据";
  const parts = [monthLabel(h.month)];
  if (h.previous && h.change !== null) {
    const sign = h.change >= 0 ? "+" : "−";
    const label = h.skipped.length ? `较${monthLabel(h.previous.month)}` : "较上月";
    parts.push(
      `${label} ${sign}${Math.abs(h.change)}（${monthLabel(h.month)}比${monthLabel(h.previous.month)}）`,
    );
  }
  for (const p of h.pending)
    parts.push(`${monthLabel(p.month)}进行中，已报 ${p.reported}/${p.expected} 个部门`);
  return parts.join("；");
}

/** The latest complete 院 index and its change, warnings, and the follow-up counts. */
export function SummaryFigures({ d }: { d: Dashboard }) {
  const h = d.headline;
  const significant = d.warnings.filter((w) => w.level === "SIGNIFICANT");
  const watch = d.warnings.length - significant.length;
  const figures: Figure[] = [
    {
      label: "全院思想状况指数",
      value: h ? String(h.index) : "—",
      hint: headlineHint(h),
      anchor: "dashboard-index",
    },
    {
      label: "指数下降预警",
      value: `${significant.length} 个部门`,
      tone: significant.length ? "red" : undefined,
      hint:
        [
          significant.length ? `显著：${significant.map((w) => w.name).join("、")}` : "",
          watch ? `待观察 ${watch} 个` : "",
        ]
          .filter(Boolean)
          .join("；") || "无",
      anchor: "dashboard-warnings",
    },
    {
      label: "进行中督办",
      value: `${d.followUps.active} 项`,
      hint: "待办与办理中",
      href: d.may.readFollowUps ? ACTIVE_FOLLOW_UPS_HREF : undefined,
    },
    {
      label: "逾期督办",
      value: `${d.followUps.overdue} 项`,
      tone: d.followUps.overdue ? "red" : undefined,
      hint: "已过办结期限、尚未办结",
      href: d.may.readFollowUps ? OVERDUE_FOLLOW_UPS_HREF : undefined,
    },
  ];
  return (
    <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {figures.map((f) => {
        const value = (
          <span
            className={`text-xl font-bold break-words tabular-nums sm:text-2xl ${f.tone === "red" ? "text-brand-700" : "text-slate-900"}`}
          >
            {f.value}
          </span>
        );
        return (
          <div
            key={f.label}
            className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
          >
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
              <dd className="mt-0.5 text-xs text-slate-500" title={f.hint}>
                {f.hint}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
