"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type StudyTab = { href: string; label: string; badge?: number; also?: string[] };

/** The 学习教育 section's tabs; only the most specific match is current. */
export function StudyTabs({ tabs }: { tabs: StudyTab[] }) {
  const path = usePathname();
  const matches = (t: StudyTab) =>
    [t.href, ...(t.also ?? [])].some((h) =>
      h === "/study" ? path === h : path === h || path.startsWith(`${h}/`),
    );
  return (
    <nav aria-label="学习教育" className="no-print mb-4 overflow-x-auto border-b border-slate-200">
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
                    aria-label={`${t.badge} 条待审核`}
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
