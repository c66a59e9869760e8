import Link from "next/link";

/** The numbers at the top of the board; each one opens the matching filter. */
export function FollowUpCounts({
  counts,
}: {
  counts: { active: number; overdue: number; resolved: number };
}) {
  const items = [
    {
      label: "未办结",
      value: counts.active,
      href: "/follow-ups?status=ACTIVE",
      hint: "待办与办理中",
      tone: "text-slate-900",
    },
    {
      label: "已逾期",
      value: counts.overdue,
      href: "/follow-ups?overdue=1",
      hint: "超过办结期限仍未办结",
      tone: counts.overdue ? "text-red-700" : "text-slate-900",
    },
    {
      label: "待核销",
      value: counts.resolved,
      href: "/follow-ups?status=RESOLVED",
      hint: "承办人已办结，待政治处核销",
      tone: "text-amber-700",
    },
  ];
  return (
    <ul className="mb-4 grid grid-cols-3 gap-2 sm:gap-3" aria-label="督办统计">
      {items.map((i) => (
        <li key={i.label}>
          <Link
            href={i.href}
            className="block rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm hover:border-brand-600 sm:px-4 sm:py-3"
          >
            <span className="block text-sm text-slate-600">{i.label}</span>
            <span className={`block text-2xl font-bold ${i.tone}`}>{i.value}</span>
            <span className="hidden text-xs text-slate-500 sm:block">{i.hint}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
