import Link from "next/link";

/** This year / all time, as two links that keep the choice in the URL. */
export function PeriodSwitch({
  year,
  all,
  basePath,
}: {
  year: number;
  all: boolean;
  basePath: string;
}) {
  const opts = [
    { href: basePath, label: `本年度（${year} 年）`, current: !all },
    { href: `${basePath}?period=all`, label: "全部", current: all },
  ];
  return (
    <nav
      aria-label="统计期间"
      className="inline-flex rounded-md border border-slate-300 bg-white text-sm"
    >
      {opts.map((o, i) => (
        <Link
          key={o.href}
          href={o.href}
          aria-current={o.current ? "page" : undefined}
          className={`px-3 py-1.5 ${i > 0 ? "border-l border-slate-300" : ""} ${o.current ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-50"}`}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
