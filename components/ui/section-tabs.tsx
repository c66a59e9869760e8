"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type SectionTab = { href: string; label: string; badge?: number; also?: string[] };

/**
 * One row of tabs above each page of a section (学习教育, 检察文化, 履职表现). The
 * section's root tab (`root`) is current only on itself; the others also on
 * their sub-pages.
 */
export function SectionTabs({
  label,
  root,
  tabs,
}: {
  label: string;
  root: string;
  tabs: SectionTab[];
}) {
  const path = usePathname();
  const matches = (t: SectionTab) =>
    [t.href, ...(t.also ?? [])].some((h) =>
      h === root ? path === h : path === h || path.startsWith(`${h}/`),
    );
  return (
    <nav aria-label={label} className="no-print mb-4 overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {tabs.map((t) => {
          const current = matches(t);
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm sm:px-4 ${current ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {t.label}
                {t.badge ? (
                  <span
                    className="rounded-full bg-red-100 px-1.5 text-xs font-medium text-red-700"
                    aria-label={`${t.badge} 条待处理`}
                  >
                    {t.badge}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
